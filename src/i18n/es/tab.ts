// The norms tab's words, in Spanish: the page, the form, the preview and the reminder switch.
import type { TabWords } from "../en/tab.js";
import type { WeekdayKey } from "../shared.js";

export const tab: TabWords = {
  /** Dates on the page ("Última modificación: …"). */
  locale: "es-ES",
  loading: "Cargando…",
  outside: {
    title: "Normas de Async Coach",
    notice: "Esta página se abre dentro de Microsoft Teams o de Outlook. Abre allí la pestaña Normas del equipo para ver y cambiar las normas de tu equipo.",
    defaultsTitle: "Valores predeterminados",
    defaultsIntro: "Mientras un equipo no las cambie, todas las comprobaciones siguen estas normas:",
  },
  config: {
    title: "Añadir la pestaña Normas del equipo",
    intro:
      "Todos los miembros verán las normas que siguen las comprobaciones de Async Coach: plazos de respuesta, horario laboral, tiempo de concentración y antelación del material previo. Los propietarios del equipo pueden cambiarlas.",
    save: "Selecciona Guardar para añadir la pestaña.",
    tabName: "Normas del equipo",
  },
  scope: {
    team: (p: { team: string | null }) => (p.team ? `Normas del equipo ${p.team}` : "Normas del equipo"),
    chat: "Normas de este chat",
    personal: "Mis normas",
    ownersOnly: "Solo los propietarios del equipo pueden cambiar sus normas. Si alguna no encaja con tu forma de trabajar, habla con un propietario.",
    readOnly: "Puedes leer estas normas, pero no cambiarlas.",
  },
  page: {
    tryAgain: "Volver a intentarlo",
    notLoaded: (p: { error: string }) => `No se han podido cargar las normas: ${p.error}`,
    changedBy: (p: { by: string; when: string }) => `Última modificación: ${p.when}, por ${p.by}.`,
    defaults: "Nadie las ha cambiado todavía: son los valores predeterminados de Async Coach.",
    history: "Quién ha cambiado qué",
    savedWithoutChanges: "guardado sin cambios.",
    inForce: "Normas en vigor",
    change: "Cambiar las normas",
    save: "Guardar normas",
    notSavedYet: "Aún no se ha guardado:",
    fixFields: "No se ha guardado: corrige los campos marcados en rojo.",
    saving: "Guardando…",
    saved: (p: { scope: "team" | "chat" | "personal" }) =>
      p.scope === "team"
        ? "Guardado. A partir de ahora, las comprobaciones de este equipo siguen estas normas, y también las de Outlook y del chat 1:1 de los miembros que las siguen."
        : p.scope === "chat"
          ? "Guardado. A partir de ahora, las comprobaciones de este chat siguen estas normas."
          : "Guardado. A partir de ahora, tus comprobaciones en Outlook y en tu chat con Async Coach siguen estas normas.",
    reload: "Volver a cargar las normas",
    conflict:
      "No se ha guardado: alguien ha cambiado las normas después de que las abrieras. Vuelve a cargarlas para ver su cambio y luego repite el tuyo (lo que has escrito sigue en el formulario hasta que vuelvas a cargar). ",
    notSaved: (p: { reason: string }) => `No se ha guardado: ${p.reason}`,
    signedOut: "No se ha guardado: tu sesión ha caducado. Vuelve a abrir la pestaña e inténtalo de nuevo.",
    offline: (p: { error: string }) => `No se ha guardado: ${p.error}. Comprueba la conexión e inténtalo de nuevo.`,
  },
  follow: {
    title: "Tus propias comprobaciones",
    following: "Tus comprobaciones en Outlook y en tu chat con Async Coach siguen las normas de este equipo.",
    notFollowing: "Tus comprobaciones en Outlook y en tu chat con Async Coach siguen tus propias normas (Mis normas), no las de este equipo.",
    follow: "Seguir las normas de este equipo",
    unfollow: "Usar mis propias normas",
    youFollow: (p: { team: string | null }) =>
      `Sigues las normas de ${p.team ?? "un equipo"}: tus comprobaciones en Outlook y en tu chat con Async Coach las usan, y los propietarios del equipo las cambian.`,
    failed: (p: { error: string }) => `No ha cambiado nada: ${p.error}`,
  },
  form: {
    label: "Cambiar las normas",
    weekdays: { mon: "lunes", tue: "martes", wed: "miércoles", thu: "jueves", fri: "viernes", sat: "sábado", sun: "domingo" } satisfies Record<
      WeekdayKey,
      string
    >,
    phrases: {
      fyi: "Frases que indican «no hace falta responder»",
      input: "Frases que piden una respuesta",
      blocking: "Frases que indican «esto me bloquea»",
    },
    phrasesHint: "Una por línea, además de las integradas.",
    settings: { error: "Corregir", warning: "Revisar", info: "Nota", off: "Desactivado" },
    defaultSetting: (p: { setting: string }) => `Predeterminado (${p.setting})`,
    focusSwitch: "Proteger cada día un tiempo de concentración sin reuniones",
    timeZone: "Zona horaria",
    timeZoneSearch: "Escribe para buscar; por ejemplo, Madrid",
    timeZoneHint: "Escribe una ciudad, el nombre de una zona, una abreviatura o un desfase: Madrid, hora de Europa central, CET, +5:30.",
    workingTime: "Horario laboral",
    workingDays: "Días laborables",
    workStart: "Inicio de la jornada",
    workEnd: "Fin de la jornada",
    focusTime: "Tiempo de concentración",
    focusStart: "Inicio del tiempo de concentración",
    focusEnd: "Fin del tiempo de concentración",
    replies: "Respuestas y material previo",
    replyChat: "Chat: plazo de respuesta (días laborables)",
    replyChatHint: "0 significa el mismo día laborable.",
    replyEmail: "Correo electrónico: plazo de respuesta (días laborables)",
    replyBlocking: "Peticiones bloqueantes: plazo de respuesta (días laborables)",
    preReadNotice: "Antelación mínima del material previo (horas antes de la reunión)",
    longMessage: "Mensajes que no piden nada: sugerir «Para tu información» si superan (palabras)",
    language: "Idioma de los borradores demasiado cortos para detectarlo",
    languageHint: "Los borradores más largos se leen en el idioma en que están escritos.",
    signalPhrases: "Frases indicadoras",
    checks: "Comprobaciones",
    checksHint: "Qué busca cada comprobación y con qué intensidad avisa. «Desactivado» la desactiva para todas las personas a las que se aplican estas normas.",
    enterNumber: "Escribe un número.",
  },
  preview: {
    title: "Vista previa",
    hint: "Pega un borrador de ejemplo para ver qué dicen las comprobaciones con las normas del formulario. El texto no sale de esta página.",
    sentAs: "Enviado como",
    chat: "Chat de Teams",
    email: "Correo electrónico",
    draft: "Borrador de ejemplo",
    placeholder: "¿Puedes revisar el plan de lanzamiento?",
    appearHere: "Los resultados aparecen aquí mientras escribes.",
    fixFirst: "Corrige los campos marcados arriba para ver la vista previa.",
    noWords: "Nada que revisar: el borrador no tiene texto.",
    good: "Nada que añadir: este borrador está listo para enviar.",
    listLabel: "Qué dicen las comprobaciones",
  },
  reminders: {
    title: "Recordatorios de material previo",
    notLoaded: "No se ha podido cargar la configuración de recordatorios. Escribe «watch my meetings» al bot de Async Coach.",
    notSwitchedOn: "Los recordatorios antes de las reuniones aún no están activados en tu organización.",
    switch: "Avisarme de las reuniones que organizo sin material previo",
    saving: "Guardando…",
    on: "Activado: el bot de Async Coach te escribirá antes de las reuniones que organices sin material previo.",
    off: "Desactivado: sin recordatorios de material previo.",
    notChanged: (p: { error: string }) => `No se ha cambiado: ${p.error}.`,
    hint: "Antes de cada reunión que organices, el bot de Async Coach te escribe una vez si la convocatoria no tiene material previo, con al menos la antelación que fijan tus normas.",
  },
};
