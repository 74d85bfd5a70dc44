// El tiempo en una petición: what makes a date in Spanish a reply-by, and what makes it something else.

export const DEADLINE_LEADS = [
  "para( el| la| este| esta| antes del)?",
  "al",
  "a (primera|última) hora( del| de la| de)?",
  "antes (del|de la|de|de que termine|de que acabe)",
  "a más tardar( el| la)?",
  "como (muy tarde|máximo)( el| la)?",
  "hasta( el| la)?",
  "dentro de( las próximas| los próximos)?",
  "en (las próximas|los próximos)",
  "(plazo|fecha límite|vencimiento|deadline)( es| hasta| :| el)?",
  "(respuesta|confirmación|aprobación|visto bueno|feedback|comentarios|entrega)( para| antes del| antes de| el)?",
];

export const FIRM_LEADS = [
  "a más tardar( el| la)?",
  "como (muy tarde|máximo)( el| la)?",
  "(plazo|fecha límite|vencimiento|deadline)( es| hasta| :| el)?",
  "(respuesta|confirmación|aprobación|entrega|respuestas)( para| antes del| antes de| el)",
];

export const FIRM_CONTEXTS = [
  "(debe|deben|debemos|tiene que|tienen que|tenemos que|hay que) ",
  "(necesito|necesitamos|necesitaría) ",
  "(recibir|tener) (tu|su|vuestra) (respuesta|confirmación|aprobación)",
];

export const FIRM_CUES = [
  "debe",
  "deben",
  "tenemos que",
  "hay que",
  "necesito",
  "necesitamos",
  "plazo",
  "fecha límite",
  "a más tardar",
  "vence",
  "respuesta",
  "confirmación",
  "antes de eso",
  "para entonces",
];

export const DEADLINE_WORDS = ["plazo", "fecha límite", "a más tardar", "como muy tarde", "deadline"];

export const NOT_DO_BY = [
  "de",
  "del",
  "desde",
  "después",
  "tras",
  "a partir de",
  "a partir del",
  "sobre",
  "pasado",
  "pasada",
  "durante",
  "el pasado",
  "los",
  "todos los",
  "cada",
];

export const LEAD_FILLERS = ["el", "la", "las", "los", "este", "esta", "próximo", "próxima", "fin de", "final de", "más tardar", "hoy", "mañana"];

export const HISTORIC_BEFORE_LEAD = ["de", "del", "desde", "después de"];

export const NEAR_TIMES = [
  "hoy",
  "(esta|por la) (mañana|tarde)",
  "mañana",
  "pasado mañana",
  "esta semana",
  "la (semana )?próxima( semana)?",
  "(antes del |al |para el )?(final|fin) del (día|mes)",
  "(antes del |al |para el )?(final|fin) de (la )?semana",
  "eod",
  "cob",
  "(en|dentro de) (las próximas |los próximos )?\\S+ (horas|días|días hábiles|días laborables)",
  "(a )?primera hora",
  "(antes del )?mediodía",
];

export const BACK_REFERENCES = ["(antes de|para) (eso|esa fecha|ese momento|entonces)"];

export const EVENT_VERBS = [
  "mover",
  "movemos",
  "cambiar",
  "aplazar",
  "aplazado",
  "posponer",
  "pospuesto",
  "adelantar",
  "será",
  "tendrá lugar",
  "empieza",
  "arranca",
  "previsto",
  "prevista",
  "programado",
  "programada",
  "lanzamiento",
  "vence",
  "caduca",
];

export const WRITER_PROMISES = [
  "(te|le|os|les) (envío|enviaré|mando|mandaré|paso|pasaré|confirmo|confirmaré)",
  "(voy|vamos) a ",
  "(he|hemos) (enviado|mandado|hecho|terminado|recibido|compartido)",
  "(estaré|estaremos|estoy|estamos) (fuera|de vacaciones|de viaje|ausente|de baja)",
  "(ayer|la semana pasada|el mes pasado)",
];

export const FIRST_PERSON_ASKING = ["necesito", "necesitamos", "necesitaría", "quisiera", "me gustaría", "espero", "esperamos"];

export const FIRST_PERSON_PREFIX = "(yo|nosotros)?( realmente| todavía| aún)?";

export const DATE_CUES = [
  "para",
  "antes",
  "a más tardar",
  "hasta",
  "plazo",
  "fecha",
  "hoy",
  "mañana",
  "tarde",
  "semana",
  "mes",
  "final",
  "fin",
  "próximo",
  "próxima",
  "eod",
  "cob",
  "{weekday}",
  "{month}",
  "horas",
  "días",
  "primera hora",
  "mediodía",
  "semana santa",
  "navidad",
];

export const DETERMINERS = ["el", "la", "los", "las", "este", "esta", "nuestro", "nuestra", "su", "tu", "pasado", "pasada"];

export const CONTRACTIONS_WITH_S: string[] = [];

export const TIME_FOLLOWERS = ["a", "antes", "y", "o", "por", "porfa", "mañana", "tarde", "mediodía", "como", "las", "sin"];

export const PAST_CUES = [
  "ayer",
  "anteayer",
  "(la semana|el mes|el año) pasad[oa]",
  "hace (\\d+|un|una|dos|tres) (días|semanas|meses|años)",
  "(he|has|ha|hemos|habéis|han|había) (enviado|recibido|hecho|visto|tenido|podido|dicho|puesto|mandado|firmado|revisado|aprobado|compartido|terminado)",
];

export const MERIDIEM = ["de la mañana", "de la tarde", "de la noche", "mediodía", "medianoche", "h", "hs", "horas"];

export const CLAUSE_CONJUNCTIONS = ["y", "pero", "así que", "entonces", "pues"];

export const PARTS_OF_DAY: readonly { phrase: string; at: "start" | "end" | number; until?: "end" | number }[] = [
  { phrase: "(a )?primera hora", at: "start" },
  { phrase: "(esta|por la|mañana por la) mañana", at: "start", until: 12 * 60 },
  { phrase: "(antes del |al )?mediodía", at: 12 * 60 },
  { phrase: "(esta|por la|mañana por la) tarde", at: 15 * 60, until: "end" },
  { phrase: "(esta|por la) noche", at: 20 * 60, until: 23 * 60 },
];

export const FIXED_HOLIDAYS: Readonly<Record<string, readonly [number, number]>> = {
  nochebuena: [12, 24],
  navidad: [12, 25],
  nochevieja: [12, 31],
  "año nuevo": [1, 1],
  reyes: [1, 6],
};

export const MOVABLE_HOLIDAYS = { easter: "(domingo de )?pascua", goodFriday: "viernes santo" };

export const NOW_WORDS = ["ahora", "ahora mismo", "ya"];

export const BEFORE_LEADS = ["antes del", "antes de la", "antes de", "antes"];
