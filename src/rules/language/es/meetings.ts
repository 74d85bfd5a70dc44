// Reuniones: what makes an invite's text a pre-read, and what is join boilerplate.

export const GOAL_HEADINGS = ["objetivos?", "propósito", "finalidad", "resultados? esperados?", "decisión(es)?( a tomar| necesarias?)?"];

export const AGENDA_HEADINGS = [
  "agenda",
  "orden del día",
  "temas?( a tratar)?",
  "puntos?( a tratar)?",
  "asuntos?( a tratar)?",
  "programa",
  "contenido",
  "a tratar",
  "preguntas?( abiertas)?",
  "puntos abiertos",
  "preparación",
  "lectura previa",
  "para leer antes",
  "contexto",
  "antecedentes",
  "documentación",
  ...GOAL_HEADINGS,
];

/** Words that name what a meeting is about, beside a question about the meeting itself. */
export const TOPIC_LEADS = ["sobre", "acerca de", "respecto a", "en relación con"];

export const LOGISTICS_QUESTIONS = [
  "(os|les|te|le) (va bien|viene bien|encaja) (este|el|la) (horario|hora|día|fecha)",
  "(podéis|pueden|puedes|puede) (asistir|venir|conectaros|conectarse)",
  // About the meeting itself: whether to talk, who goes.
  "hablamos (un momento|un rato|luego|ahora|mañana|esta tarde)",
  "(puedes|podrías|puede|podría) (cubrirme|sustituirme|ir en mi lugar|asistir por mí)",
];

export const LOGISTICS_HEADINGS = [
  "asistentes",
  "participantes",
  "invitados",
  "lugar",
  "sala",
  "dónde",
  "cuándo",
  "hora",
  "fecha",
  "dirección",
  "organizador",
  "organizadora",
];

export const CANCELLED_PREFIXES = ["cancelado", "cancelada", "cancelación", "anulado", "anulada"];

export const STREET_WORDS = ["calle", "c/", "avenida", "avda", "av", "plaza", "paseo", "planta", "piso", "edificio", "oficina"];

export const DECISION_WORDS = [
  "decidir",
  "decisión",
  "aprobar",
  "aprobación",
  "validar",
  "acordar",
  "elegir",
  "escoger",
  "priorizar",
  "definir",
  "cerrar",
  "go/no-go",
  "seleccionar",
  "planificar",
  "revisar (el|la|los|las)",
  "votar",
  "estimar",
];

export const TITLE_DECISION_WORDS = ["decisión", "aprobación", "validación", "go/no-go", "selección", "elección"];

export const PLACEHOLDERS = ["por definir", "pendiente", "tbd", "por confirmar", "se enviará", "a continuación", "más adelante", "próximamente"];

export const INVITE_PLEASANTRIES = ["nos vemos", "gracias", "saludos", "un saludo", "hasta pronto"];

export const STATUS_WORDS = ["seguimiento", "estado", "status", "actualización", "puesta al día", "reunión semanal", "stand-?up", "ronda", "repaso"];

export const ATTACHMENT_MENTIONS = ["adjunto", "adjunta", "en el adjunto", "te adjunto", "os adjunto", "anexo"];

export const GENERIC_TITLES = [
  "reunión",
  "llamada",
  "call",
  "sync",
  "seguimiento",
  "charla",
  "conversación",
  "encuentro",
  "meeting",
  "1:1",
  "catch-up",
  "punto",
  "videollamada",
  "hablamos",
];

export const TITLE_FILLERS = [
  "breve",
  "rápida",
  "rápido",
  "corta",
  "semanal",
  "mensual",
  "equipo",
  "nuestra",
  "la",
  "el",
  "de",
  "del",
  "con",
  "y",
  "\\d+ ?min",
  "\\d+",
];

export const JOIN_PHRASES = [
  "reunión de microsoft teams",
  "(unirse|únase|únete) (a la reunión|ahora)",
  "unirse a la reunión ahora",
  "id de (la )?reunión",
  "código de acceso",
  "(unirse|marcar) por teléfono",
  "buscar un número local",
  "opciones de (la )?reunión",
  "restablecer (el )?pin",
  "(unirse a la )?reunión (de )?zoom",
  "unirse con google meet",
  "unirse a la videollamada",
  "(o )?(marque|marcar|llamar al)",
  "reunión (de )?webex",
  "número de (la )?reunión",
  "(para|para los) organizadores",
  "(unirse|únase) desde (un|una) (sistema|sala|dispositivo) de video(conferencia)?",
  "¿necesita ayuda\\?",
  "más información",
  "marcación rápida",
  "no (elimine|borre) ni (cambie|modifique)",
  "contraseña( de la reunión)?",
  "(unirse|entrar|únase) (desde|por|mediante) (un|una|el|teléfono)",
  "(números|número) de (acceso|llamada) (global|internacional)",
];

export const JOIN_ECHO_FIELDS = ["tema", "hora", "id de reunión", "código de acceso"];
