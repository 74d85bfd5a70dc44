// Team norms in plain words, in Spanish: the norms card, the norms tab, and "who changed what".
import type { NormsWords } from "../en/norms.js";
import { titleIn, type WeekdayKey } from "../shared.js";
import { findings } from "./findings.js";

const settingName = (setting: string): string =>
  (({ error: "Corregir", warning: "Revisar", info: "Nota", off: "Desactivada" }) as Record<string, string | undefined>)[setting] ?? setting;

const plural = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;
const days = (n: number) => plural(n, "día laborable", "días laborables");

export const norms: NormsWords = {
  weekdays: { mon: "lunes", tue: "martes", wed: "miércoles", thu: "jueves", fri: "viernes", sat: "sábado", sun: "domingo" } satisfies Record<
    WeekdayKey,
    string
  >,
  /** "de lunes a viernes". */
  dayRange: (p: { first: string; last: string }) => `de ${p.first} a ${p.last}`,
  /** "lunes, miércoles y viernes". */
  dayList: (days: string[]) => (days.length < 2 ? days.join("") : `${days.slice(0, -1).join(", ")} y ${days[days.length - 1]}`),
  workingDays: (p: { days: string; start: string; end: string; timeZone: string }) => `Días laborables: ${p.days}, ${p.start}–${p.end} (${p.timeZone}).`,
  reply: (p: { channel: "chat" | "email" | "blocking"; days: number }) => {
    const who = { chat: "Chat", email: "Correo electrónico", blocking: "Peticiones bloqueantes" }[p.channel];
    return p.days === 0 ? `${who}: respuesta el mismo día laborable.` : `${who}: respuesta en un plazo de ${days(p.days)}.`;
  },
  focus: (p: { start: string; end: string }) => `Tiempo de concentración: ${p.start}–${p.end}, sin reuniones.`,
  noFocus: "Sin tiempo de concentración protegido.",
  preReadNotice: (p: { hours: number }) => `El material previo de las reuniones se envía con al menos ${plural(p.hours, "hora", "horas")} de antelación.`,
  language: (p: { language: string }) => `Los borradores demasiado cortos para detectar su idioma se leen como si estuvieran en ${p.language}.`,
  /** A check by its name, not its id. */
  checkName: (id: string) => titleIn(findings.rules, id),
  checksOff: (p: { checks: readonly string[] }) => `Comprobaciones desactivadas: ${p.checks.join(", ")}.`,
  phraseKinds: { fyi: "para tu información", input: "petición de respuesta", blocking: "bloqueante" },
  phrasesAdded: (p: { kind: string; phrases: string }) => `Frases añadidas (${p.kind}): ${p.phrases}.`,
  phrasesRemoved: (p: { kind: string; phrases: string }) => `Frases eliminadas (${p.kind}): ${p.phrases}.`,
  longMessage: (p: { words: number }) =>
    `Los mensajes de más de ${plural(p.words, "palabra", "palabras")} que no piden nada deben indicar «Para tu información».`,
  check: (p: { check: string; setting: string | null }) => `Comprobación «${p.check}»: ${p.setting ? settingName(p.setting) : "ajuste predeterminado"}.`,
  quote: (text: string) => `«${text}»`,
};
