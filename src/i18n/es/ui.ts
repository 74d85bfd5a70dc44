// The words of the task pane, the bot's cards and the norms tab, in Spanish.
import type { UiWords } from "../en/ui.js";
import type { Moment, ResponseLevelName, SeverityName } from "../shared.js";

const plural = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;

export const ui: UiWords = {
  /** Dates and times on cards and in the pane. */
  locale: "es-ES",
  /** The label beside a finding; "unsure" for a headline finding the rule is not sure of. */
  severity: { error: "Corregir", warning: "Revisar", info: "Nota", unsure: "Quizá" } satisfies Record<SeverityName | "unsure", string>,
  level: {
    none: "Aún sin nivel de respuesta",
    fyi: "Para tu información: no hace falta responder",
    low: "Urgencia baja",
    input: "Respuesta necesaria antes de una fecha",
    blocking: "Urgente: frena el trabajo",
  } satisfies Record<ResponseLevelName, string>,
  /** Short level words, inside a sentence. */
  levelInline: {
    none: "sin nivel de respuesta",
    fyi: "para tu información (no hace falta responder)",
    low: "urgencia baja",
    input: "respuesta necesaria antes de una fecha",
    blocking: "urgente (frena el trabajo)",
  } satisfies Record<ResponseLevelName, string>,
  meetingCost: (p: { personHours: number; people: number }) =>
    `Coste de la reunión: ${plural(p.personHours, "hora-persona", "horas-persona")} (${plural(p.people, "persona", "personas")}).`,
  notAMeeting: (p: { reason: string }) => `No se evalúa como reunión: ${p.reason}.`,

  pane: {
    empty: "Aún no hay nada que revisar. Escribe tu mensaje y lo revisaré mientras escribes.",
    good: "Listo para enviar: no falta nada.",
    listLabel: "Qué añadir antes de enviar",
    notChecked: (p: { language: string }) => `Sin revisar: parece que está en ${p.language}.`,
    levelBy: (p: { level: string; deadline: string }) => `${p.level}: «${p.deadline}».`,
    level: (p: { level: string }) => `${p.level}.`,
    intro: "Las comprobaciones se hacen en este dispositivo; tu borrador nunca se envía a ningún sitio.",
    checking: "Revisando…",
    resultsLabel: "Resultados de la revisión",
    unreadable: (p: { error: string }) => `Async Coach no ha podido leer este elemento: ${p.error}`,
    notAdded: (p: { error: string }) => `No se ha podido añadir la línea: ${p.error}`,
  },

  card: {
    nothingToCheck: "Nada que revisar",
    notChecked: "Sin revisar",
    good: { draft: "Listo para enviar", sent: "No falta nada" } satisfies Record<Moment, string>,
    toLookAt: {
      draft: (n: number) => `${plural(n, "cosa", "cosas")} que revisar antes de enviar`,
      sent: (n: number) => `${plural(n, "cosa", "cosas")} que este mensaje podría haber dicho`,
    } satisfies Record<Moment, (n: number) => string>,
    noWords: {
      draft: "El borrador aún no tiene texto. Escribe o pega el mensaje que quieres enviar.",
      sent: "Este mensaje no tiene texto que revisar.",
    } satisfies Record<Moment, string>,
    notRead: (p: { language: string }) =>
      `Parece que está en ${p.language}; Async Coach entiende inglés, alemán, francés y español, así que aquí no dice nada sobre niveles de respuesta.`,
    detected: (p: { level: string; deadline: string | null }) => (p.deadline ? `Leído como: ${p.level} («${p.deadline}»).` : `Leído como: ${p.level}.`),
    improved: { draft: "Borrador mejorado, listo para copiar:", sent: "La próxima vez, podría decir:" } satisfies Record<Moment, string>,
    linesToAdd: {
      draft: "Su borrador es demasiado largo para mostrarlo aquí. Añada después del saludo:",
      sent: "La próxima vez, añada después del saludo:",
    } satisfies Record<Moment, string>,
    pasteDraft: "Pega tu borrador",
    draft: "Borrador",
    check: "Revisar",
    checkAgain: "Volver a revisar",
    insertImproved: "Insertar borrador mejorado",
    insert: "Insertar borrador",
    insertNote:
      "Insertar pone el borrador en el cuadro de redacción como una tarjeta, que ahí no se puede editar. Para editarlo antes de enviarlo, copia el texto de arriba.",
  },
};
