// What the rules say, in Spanish: each rule's name and its messages. The rules fill in the
// writer's own words and the dates; the sentences are here, whole, one per case.
import type { FindingWords } from "../en/findings.js";
import type { RecurrenceWords, Reason } from "../shared.js";

const plural = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;
const personHours = (hours: number) => plural(hours, "hora-persona", "horas-persona");
/** "a la 1:00", "a las 10:00". */
const atTime = (time: string) => (/^0?1[:.]/.test(time) ? `a la ${time}` : `a las ${time}`);

const everyUnit = {
  day: ["todos los días", "días"],
  week: ["todas las semanas", "semanas"],
  month: ["todos los meses", "meses"],
  year: ["todos los años", "años"],
} as const;

const recurrence = ({ unit, interval, workingDays }: RecurrenceWords): string => {
  if (workingDays) return "todos los días laborables";
  if (!unit) return "periódicamente";
  const [every, units] = everyUnit[unit];
  return interval === 1 ? every : `cada ${interval} ${units}`;
};

const askTail = (line: string) => `Añade una fecha de respuesta («${line}»), indica qué bloquea o márcalo como «Para tu información, no hace falta responder».`;

// The headline rules' words: the finding's (long) and Outlook's send dialog and hint bar (short). The short
// forms are exported on their own so the send handler carries them and none of the other words.
export const missingResponseLevelShort: FindingWords["rules"]["missing-response-level"]["short"] = {
  /** Outlook's Smart Alerts dialog at send time: at most 500 characters. */
  alert: (p: { line: string; ask: string | null }) =>
    `Pides algo${p.ask ? ` («${p.ask}»)` : ""}, pero no dices para cuándo. Añade una línea como «${p.line}» o márcalo con «Para tu información» para que quien lo lea sepa qué prioridad darle.`,
  /** Outlook's hint bar while composing. */
  hint: "Async Coach: indica para cuándo necesitas respuesta o márcalo con «Para tu información».",
};

const missingResponseLevel: FindingWords["rules"]["missing-response-level"] = {
  title: "Sin nivel de respuesta",
  summary: "Un mensaje que pide algo indica qué urgencia tiene o para cuándo se necesita.",
  message: (p: { ask: string; inSubject: boolean; line: string; unsure: boolean }) =>
    p.unsure
      ? `${p.inSubject ? "Puede que el asunto sea una petición" : "Esto puede ser una petición"}: ${p.ask}. Si necesitas respuesta, di para cuándo («${p.line}») o qué urgencia tiene; si no, márcalo como «Para tu información, no hace falta responder».`
      : p.inSubject
        ? `En el asunto pides ${p.ask}, pero no dices para cuándo lo necesitas ni qué urgencia tiene. ${askTail(p.line)}`
        : `Pides ${p.ask}, pero no dices para cuándo lo necesitas ni qué urgencia tiene. ${askTail(p.line)}`,
  fix: "Añadir una fecha de respuesta al principio",
  short: missingResponseLevelShort,
};

export const missingPreReadShort: FindingWords["rules"]["missing-pre-read"]["short"] = {
  /** Outlook's Smart Alerts dialog at send time: at most 500 characters. */
  alert:
    "Esta convocatoria no tiene material previo: ni orden del día, ni decisión que tomar, ni vínculo a un documento, ni archivo adjunto. Añade el objetivo y dos o tres temas, o vincula lo que hay que leer antes.",
  /** Outlook's hint bar while composing. */
  hint: "Async Coach: añade un orden del día o un documento para leer antes de la reunión.",
};

const missingPreRead: FindingWords["rules"]["missing-pre-read"] = {
  title: "Sin material previo",
  summary: "Una convocatoria de reunión incluye material previo: un orden del día, la decisión que hay que tomar, un documento vinculado o un archivo adjunto.",
  message: (p: { hasJoinInfo: boolean }) =>
    p.hasJoinInfo
      ? "Nadie puede prepararse para esta reunión: no tiene orden del día, decisión que tomar, documento vinculado ni archivo adjunto (un vínculo para unirse no es material previo). Añade el objetivo y dos o tres temas, o vincula el documento que hay que leer antes."
      : "Nadie puede prepararse para esta reunión: no tiene orden del día, decisión que tomar, documento vinculado ni archivo adjunto. Añade el objetivo y dos o tres temas, o vincula el documento que hay que leer antes.",
  fix: "Añadir una plantilla de orden del día al principio",
  short: missingPreReadShort,
};

export const findings: FindingWords = {
  /** The locale dates and weekdays are written in. */
  locale: "es-ES",
  quote: (text: string) => `«${text}»`,
  notAMeeting: {
    cancelled: "se ha cancelado",
    "all-day": "es un evento de todo el día",
    "no-attendees": "no hay más invitados",
  } satisfies Record<Reason, string>,
  rules: {
    "missing-response-level": missingResponseLevel,
    "vague-deadline": {
      title: "Plazo impreciso",
      summary: "Una petición que habla de plazos da una fecha, no «pronto» ni «cuando puedas».",
      message: (p: { words: string; day: string }) =>
        `Con ${p.words}, quien lo lee tiene que adivinar cuándo lo necesitas. Si la fecha importa, indícala: «antes del ${p.day}».`,
    },
    "unworkable-deadline": {
      title: "Plazo imposible",
      summary: "La fecha de respuesta es futura y cae en un día laborable.",
      past: (p: { words: string; when: string }) => `${p.words} (${p.when}) ya ha pasado. Indica una fecha futura.`,
      nonWorkingDay: (p: { words: string; weekday: string; before: string | null; after: string }) =>
        `${p.words} cae en ${p.weekday}, fuera de los días laborables del equipo. Usa el ${p.before ? `${p.before} o el ${p.after}` : p.after}.`,
    },
    "unexplained-urgency": {
      title: "Urgente, pero ¿por qué?",
      summary: "Si algo es urgente, el mensaje dice qué está bloqueado o qué está en juego.",
      message: (p: { words: string }) =>
        `Si escribes ${p.words} sin dar un motivo, todas las peticiones parecen iguales. Di qué está bloqueado o qué pasa si espera («el lanzamiento está bloqueado hasta…»).`,
    },
    "mixed-signals": {
      title: "Señales contradictorias",
      summary: "Un mensaje indica un solo nivel de respuesta, no «para tu información» y «lo necesito hoy» a la vez.",
      message: (p: { fyi: string; other: string }) =>
        `${p.fyi} indica que no hace falta responder, pero ${p.other} pide una respuesta. Deja solo la que corresponda.`,
    },
    "greeting-only": {
      title: "Solo un saludo",
      summary: "Un mensaje de chat lo dice todo, no solo «hola» o «¿tienes un momento?».",
      message: () => "Un saludo sin más deja a la otra persona esperando el mensaje de verdad. Dilo todo en un solo mensaje: qué necesitas y para cuándo.",
    },
    "suggest-call": {
      title: "Mejor en una llamada",
      summary: "Los conflictos y los intercambios largos se resuelven en una llamada, no por escrito.",
      heated: () =>
        "El mensaje suena tenso. Por escrito la tensión crece y en una llamada se reduce: propón una llamada breve y después envía los hechos por escrito.",
      longThread: (p: { times: number; atLeast: boolean }) =>
        p.atLeast
          ? `Este hilo ya lleva más de ${plural(p.times, "intercambio", "intercambios")} y aún quedan preguntas abiertas. Una llamada de 15 minutos puede resolverlo; después, publica aquí el resultado.`
          : `Este hilo ya lleva ${plural(p.times, "intercambio", "intercambios")} y aún quedan preguntas abiertas. Una llamada de 15 minutos puede resolverlo; después, publica aquí el resultado.`,
    },
    "long-message-without-fyi": {
      title: "Largo y sin «Para tu información»",
      summary: "Un mensaje largo que no pide nada lo indica al principio con «Para tu información».",
      message: (p: { words: number }) =>
        `Este mensaje tiene ${plural(p.words, "palabra", "palabras")} y no pide nada a quien lo lee. Empieza con «Para tu información, no hace falta responder» para que sepa qué hacer con él.`,
      fix: "Añadir «Para tu información» al principio",
    },
    "missing-pre-read": missingPreRead,
    "no-stated-purpose": {
      title: "Sin objetivo",
      summary: "El título o la descripción de una reunión dice para qué es.",
      noTitle: () =>
        "Esta convocatoria no tiene título. Indica el resultado que buscas en el título o en la primera línea; por ejemplo: «Decidir el plan de contratación del T3».",
      genericTitle: (p: { title: string }) =>
        `El título ${p.title} dice qué tipo de reunión es, pero no para qué es. Indica el resultado que buscas en el título o en la primera línea; por ejemplo: «Decidir el plan de contratación del T3».`,
    },
    "pre-read-too-late": {
      title: "Poca antelación",
      summary: "Una reunión se envía con antelación suficiente para que se pueda leer el material previo.",
      message: (p: { hours: number; notice: number; day: string; time: string }) =>
        `Esta reunión empieza dentro de ${p.hours < 1 ? plural(Math.round(p.hours * 60), "minuto", "minutos") : plural(Math.round(p.hours), "hora", "horas")}, ` +
        `${p.notice === 1 ? "menos de la hora de antelación que pide el equipo" : `menos de las ${p.notice} horas de antelación que pide el equipo`}: nadie tendrá tiempo de leer nada antes. ` +
        `Muévela al ${p.day}, ${atTime(p.time)} o más tarde, o resuélvelo por escrito.`,
    },
    "could-be-async": {
      title: "Podría ser asincrónica",
      summary: "Las actualizaciones de estado y los anuncios van por escrito; las reuniones son para decidir y debatir.",
      message: (p: { personHours: number; recurring: boolean }) =>
        p.recurring
          ? `Parece que solo hay actualizaciones de estado. Una actualización escrita o grabada ahorra ${personHours(p.personHours)} cada vez; reserva la reunión para lo que requiera una decisión.`
          : `Parece que solo hay actualizaciones de estado. Una actualización escrita o grabada ahorra ${personHours(p.personHours)}; reserva la reunión para lo que requiera una decisión.`,
    },
    "meeting-cost": {
      title: "Coste de la reunión",
      summary: "La convocatoria muestra lo que cuesta la reunión: personas × duración.",
      message: (p: { personHours: number; people: number; minutes: number; recurrence: RecurrenceWords | null; perMonth: number }) =>
        `Esta reunión cuesta ${personHours(p.personHours)} (${plural(p.people, "persona", "personas")} × ${p.minutes % 60 === 0 ? `${p.minutes / 60} h` : `${p.minutes} min`}).` +
        (p.recurrence
          ? ` Se repite ${recurrence(p.recurrence)}: aproximadamente ${personHours(p.perMonth)} al mes. Revísala de vez en cuando: ¿sigue haciendo falta cada repetición?`
          : ""),
    },
    "focus-time-conflict": {
      title: "En tiempo de concentración",
      summary: "Las reuniones no invaden el tiempo de concentración protegido del equipo.",
      message: (p: { weekday: string; start: string; end: string; focusStart: string; focusEnd: string }) =>
        `Esta reunión (${p.weekday}, ${p.start}–${p.end}) coincide con el tiempo de concentración del equipo (${p.focusStart}–${p.focusEnd}, sin reuniones). Muévela ${atTime(p.focusEnd)} o más tarde.`,
    },
    "missing-attachment": {
      title: "Falta el archivo adjunto",
      summary: "Una convocatoria que menciona un archivo adjunto lo incluye.",
      message: (p: { words: string }) => `La convocatoria dice ${p.words}, pero no hay nada adjunto ni vinculado. Adjunta el archivo o añade su vínculo.`,
    },
    "language-not-checked": {
      title: "Idioma no revisado",
      summary: "Un borrador en un idioma que Async Coach aún no entiende no se evalúa, y así se indica.",
      message: (p: { language: string | null; code: string }) =>
        `Sin revisar: parece que está en ${p.language ?? `el idioma «${p.code}»`}, y Async Coach entiende inglés, alemán, francés y español. Por eso aquí no dice nada sobre niveles de respuesta ni material previo.`,
    },
  },
};
