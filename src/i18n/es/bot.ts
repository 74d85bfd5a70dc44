// What the Teams bot says, in Spanish: its cards (welcome, help, norms, settings, pre-read
// reminder) and its replies. Commands stay the English words people type («help», «norms»).
import type { BotWords } from "../en/bot.js";
import type { ScopeName } from "../shared.js";

/** «el equipo Marketing», «este chat», «ti». */
const whose = (scope: ScopeName) =>
  scope.kind === "team" ? (scope.team ? `el equipo ${scope.team}` : "este equipo") : scope.kind === "chat" ? "este chat" : "ti";

const plural = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;
const hours = (n: number) => plural(n, "hora", "horas");

export const bot: BotWords = {
  welcome: {
    title: "Hola, soy Async Coach",
    intro:
      "Pega o reenvía un borrador y te diré qué añadir antes de enviarlo: qué urgencia tiene o para cuándo necesitas respuesta. Las convocatorias de reunión se revisan en Outlook, para que lleven material previo.",
    iDo: "Me encargo de",
    iDoWhat: "revisar los borradores que me envías, aplicar las normas de tu equipo y guardarlas.",
    iNever: "Nunca",
    iNeverWhat: "leo tus otros chats ni canales, ni guardo el texto de ningún mensaje.",
    typeHelp: "Escribe **help** para ver lo que puedo hacer.",
    showNorms: "Ver nuestras normas",
    help: "Ayuda",
  },
  help: {
    title: "Qué puedo hacer",
    check: "Escribe «check» seguido de tu borrador, o simplemente pega el borrador: te diré qué añadir antes de enviarlo.",
    norms: "Muestra las normas que siguen las comprobaciones.",
    settings: "Cambia las normas.",
    watchOn: "Antes de las reuniones que organices, te aviso si la convocatoria no tiene material previo.",
    watchOff:
      "Recordatorios antes de las reuniones que organices que no tengan material previo. Aún no están activados aquí: tu administrador de Teams puede activarlos.",
    stopWatching: "Dejas de recibir recordatorios de material previo.",
    helpItself: "Muestra esta lista.",
    anyChat: "En cualquier chat, usa **Check my draft** en el cuadro de redacción o **Check this message** en el menú ... de un mensaje.",
    showNorms: "Ver nuestras normas",
    changeNorms: "Cambiar las normas",
  },
  norms: {
    title: (p: { scope: ScopeName }) => `Normas para ${whose(p.scope)}`,
    changedBy: (p: { by: string | null; when: string }) => (p.by ? `Última modificación: ${p.when}, por ${p.by}.` : `Última modificación: ${p.when}.`),
    defaults: "Son los valores predeterminados: nadie los ha cambiado todavía.",
    changeNorms: "Cambiar las normas",
  },
  settings: {
    title: (p: { scope: ScopeName }) => `Cambiar las normas para ${whose(p.scope)}`,
    notSaved: "No se ha guardado. Corrige lo siguiente:",
    didYouMean: (p: { zones: string }) => `¿Querías decir ${p.zones}?`,
    timeZone: "Zona horaria (una ciudad como Madrid o un nombre IANA como Europe/Madrid)",
    timeZoneRequired: "La zona horaria es obligatoria",
    workingDays: "Días laborables",
    weekdaysShort: { mon: "lun", tue: "mar", wed: "mié", thu: "jue", fri: "vie", sat: "sáb", sun: "dom" },
    workFrom: "Horario laboral desde",
    to: "hasta",
    focusFrom: "Tiempo de concentración desde (vacío: ninguno)",
    preReadNotice: "Antelación del material previo (horas)",
    replyChat: "Chat: plazo de respuesta (días laborables; 0 = el mismo día)",
    replyEmail: "Correo electrónico: plazo de respuesta (días laborables)",
    save: "Guardar normas",
    /** Field names in error lines: "Zona horaria: …". */
    fields: {
      timeZone: "Zona horaria",
      workingDays: "Días laborables",
      workingHours: "Horario laboral",
      focusWindow: "Tiempo de concentración",
      preReadNoticeHours: "Antelación del material previo",
      chat: "Plazo de respuesta en chat",
      email: "Plazo de respuesta por correo",
    },
  },
  reminder: {
    noPreRead: "Tu reunión aún no tiene material previo",
    couldBeClearer: "La convocatoria de tu reunión podría ser más clara",
    meeting: "Reunión",
    when: "Cuándo",
    atStake: "Coste",
    noSubject: "(sin asunto)",
    cost: (p: { personHours: number; people: number }) =>
      `${plural(p.personHours, "hora-persona", "horas-persona")} (${plural(p.people, "persona", "personas")})`,
    whatToAdd: "Qué añadir antes de que empiece la reunión:",
    open: "Abrir en Outlook",
    dismiss: "No hace falta en esta reunión",
    snooze: "Recordármelo más tarde",
  },
  replies: {
    greeting:
      "¡Hola! Pega un borrador (un correo o un mensaje de chat) y te diré si indica qué necesita del lector y para cuándo. Di «ayuda» para ver todo lo que hago.",
    thanks: "De nada.",
    ack: "Bien. Pega un borrador cuando quieras que lo revise.",
    whatIsLevel:
      "Un nivel de respuesta le dice al lector qué necesitas y para cuándo: «Para tu información, no hace falta responder», «Necesito tu opinión antes del jueves» o «Esto bloquea el lanzamiento, responde hoy, por favor». Lo busco en cada mensaje que pide algo y te propongo la línea que falta.",
    turnOff:
      "Las comprobaciones se activan y desactivan en las normas: en un equipo, la pestaña Normas (propietarios del equipo); para ti, di «configuración» aquí.",
    checkUnavailable: "Ahora mismo no he podido revisar ese borrador porque estoy atendiendo otras peticiones. Vuelve a enviarlo dentro de un momento.",
    preReadOff:
      "Los recordatorios de material previo aún no están disponibles en tu organización: necesitan acceso de lectura a los calendarios, y solo tu administrador de Teams puede dárselo a Async Coach. Avísale si los quieres.",
    preReadOffStop: "Los recordatorios de material previo no están activados en tu organización, así que no hay nada que detener.",
    ownersOnly:
      "Solo los propietarios del equipo pueden cambiar sus normas. Aquí las tienes; si alguna no encaja con tu forma de trabajar, habla con un propietario.",
    notSavedOwnersOnly:
      "No se ha guardado. Solo los propietarios del equipo pueden cambiar sus normas. Aquí las tienes; si alguna no encaja con tu forma de trabajar, habla con un propietario.",
    unknownUser: "No he podido identificarte en Microsoft Entra ID, así que no puedo leer tu calendario.",
    unwatched:
      "Listo: ya no recibirás recordatorios de material previo, tampoco por la configuración de un equipo. Escribe «watch my meetings» para volver a activarlos.",
    watchInPersonalChat: "Los recordatorios llegan en un chat individual conmigo. Abre un chat con Async Coach y escribe allí «watch my meetings».",
    watching: (p: { added: boolean; personal: boolean; notice: number }) => {
      const status = p.added ? "Listo" : "Ya estaba activado";
      const when = `con al menos ${hours(p.notice)} de antelación (o en cuanto la programes, si es con menos antelación)`;
      const first = p.personal
        ? `${status}: antes de cada reunión que organices, te escribiré si la convocatoria no tiene material previo o no cumple las normas, ${when}.`
        : `${status}: antes de cada reunión que organices, te escribiré en nuestro chat individual si la convocatoria no tiene material previo o no cumple las normas, ${when}.`;
      return `${first} Solo leo las convocatorias para evaluarlas y no guardo nada de su texto. Escribe «stop watching» para desactivarlo.`;
    },
    teamInChannel: "Escribe esto en un canal del equipo. Para tus propias reuniones, escribe «watch my meetings».",
    teamOwnersOnly:
      "Solo los propietarios del equipo pueden activar o desactivar la comprobación de material previo para todo el equipo. Para tus propias reuniones, puedes escribir «watch my meetings».",
    teamUnwatched:
      "Listo: la comprobación de material previo para todo el equipo está desactivada. Quienes hayan escrito «watch my meetings» siguen recibiendo sus recordatorios.",
    teamWasNotWatched: "La comprobación de material previo para todo el equipo no estaba activada.",
    teamUnknown:
      "Teams no me ha indicado el grupo ni el inquilino de este equipo, así que no puedo ver sus miembros. Vuelve a intentarlo desde un mensaje en un canal.",
    teamWatching: (p: { added: boolean; team: string | null }) => {
      const status = p.added ? "Listo" : "Ya estaba activado";
      const who = p.team ? `un miembro del equipo ${p.team}` : "un miembro de este equipo";
      return (
        `${status}: antes de cada reunión que organice ${who}, le escribiré en un chat individual si la convocatoria no tiene material previo, ` +
        `con tiempo suficiente para añadirlo. Solo leo las convocatorias para evaluarlas y no guardo nada de su texto. ` +
        `Cualquiera puede escribir «stop watching» para dejar de recibir recordatorios; un propietario puede escribir «stop watching team meetings».`
      );
    },
    reminderGone: "Ya no encuentro ese recordatorio; no ha cambiado nada.",
    dismissed: "De acuerdo: no recibirás más recordatorios sobre esta reunión.",
    snoozed: (p: { at: string }) => `De acuerdo: volveré a revisar esta reunión el ${p.at}, y te avisaré si aún necesita material previo.`,
    formIncomplete: "El formulario estaba incompleto. Vuelve a intentarlo.",
    privateNotes: "Mis notas sobre el mensaje que acabas de publicar. Solo tú las ves.",
    privateSent: "Te he enviado mis notas en un chat 1:1.",
    privateFailed:
      "No he podido abrir un chat 1:1 contigo, así que mis notas siguen siendo privadas. Abre un chat con Async Coach y pega allí tu mensaje para verlas.",
    saved: (p: { scope: "team" | "chat" | "personal" }) =>
      p.scope === "team"
        ? "Guardado. A partir de ahora, las comprobaciones de este equipo siguen estas normas; los miembros que las siguen en Mis normas las tienen también en Outlook y en su chat conmigo."
        : p.scope === "chat"
          ? "Guardado. A partir de ahora, las comprobaciones de este chat siguen estas normas."
          : "Guardado. A partir de ahora, tus comprobaciones aquí y en Outlook siguen estas normas.",
    youFollow: (p: { team: string | null }) =>
      `Sigues las normas de ${p.team ?? "un equipo"}: tus comprobaciones aquí y en Outlook las usan. Para usar las tuyas, elige «Usar mis propias normas» en la pestaña Mis normas, o guarda las tuyas con «configuración».`,
    staleForm: (p: { by: string | null; you: boolean }) =>
      p.you
        ? "No se ha guardado: este formulario estaba desactualizado, porque cambiaste las normas desde otra copia. Aquí lo tienes con las normas actuales; vuelve a hacer tu cambio si aún lo necesitas."
        : `No se ha guardado: este formulario estaba desactualizado, porque ${p.by ?? "alguien"} cambió las normas después de que se abriera. Aquí lo tienes con las normas actuales; vuelve a hacer tu cambio si aún lo necesitas.`,
  },
};
