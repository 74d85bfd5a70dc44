// Niveles de respuesta: the words by which a Spanish writer says what a message asks of its reader.

export const FYI = [
  "(solo |sólo |simplemente )?(para|a modo de|como) (tu|su|vuestra) (información|conocimiento)",
  "(solo |sólo )?para (información|info|que (lo sepas|lo sepa|lo sepáis|estés al tanto|esté al tanto|estéis al tanto))",
  "(a modo |a título )?informativo",
  "(no )?(es necesario|hace falta|necesitas|necesita|tienes que|tiene que) (responder|contestar|hacer nada)",
  "(no se requiere|no requiere|sin necesidad de) (respuesta|acción|contestar|responder)",
  "no (hace falta|es necesario|necesitas|necesita) (que )?(respondas|responda|contestes|conteste|hacer nada)",
  "(te|le|os|les) (mantengo|mantendré|mantenemos|mantendremos) (al tanto|informad[oa]s?)",
  "(puedes|puede) ignorar (este|el) (mensaje|correo)",
];

export const NO_RUSH = [
  "(no|sin) (hay )?(prisa|apuro|urgencia)",
  "no (es|corre) (urgente|prisa)",
  "(puede|podrá) esperar",
  "(tómate|tómese|tomaos) (tu|su|vuestro) tiempo",
  "(baja|poca) prioridad",
  "(con|sin) calma",
  "cuando (te|le|os|les) (venga bien|vaya bien|sea posible|convenga)",
];

export const LEISURELY_TIMING = [
  "cuando (tengas|tenga|tengáis|tengan) (un (rato|momento|minuto|hueco)|tiempo|un ratito|oportunidad)",
  "cuando (puedas|pueda|podáis|puedan)",
  "cuando (te|le|os|les) (venga bien|vaya bien|convenga)",
  "a (tu|su) conveniencia",
];

export const SOON = ["pronto", "en breve", "próximamente", "lo antes posible", "a la mayor brevedad", "cuanto antes", "en cuanto puedas", "algún día"];

export const URGENCY = [
  "urgent(e|es)",
  "urgencia",
  "(lo antes posible|cuanto antes|a la mayor brevedad( posible)?|lo más pronto posible|sin demora|de inmediato|inmediatamente|ya mismo|en cuanto antes)",
  "(máxima|alta|toda) prioridad",
  "prioritari[oa]",
  "crític[oa]",
];

export const BLOCKED = [
  "bloquead[oa]s?",
  "bloquea",
  "bloqueante",
  "(estamos|estoy|está|están) (parad[oa]s?|atascad[oa]s?|detenid[oa]s?)",
  "no (podemos|puedo|pueden|puede) (avanzar|continuar|seguir|cerrar|facturar|entregar|lanzar|publicar)",
  "(está|están) (caíd[oa]s?|fuera de servicio|sin servicio)",
  "se ha caído",
];

export const NEGATORS = ["no", "sin", "ningún", "ninguna", "nada", "nunca", "tampoco", "ni"];

export const CONDITIONS = ["si", "en caso de", "por si", "ante cualquier", "para (cualquier|casos|temas|asuntos)"];

/** The writer's own commitment before an urgency word ("we'll get back to you asap"): a promise, not what the reader is asked for. */
export const PROMISES = [
  "(te|le|les|os) (contestaremos|responderemos|escribiremos|llamaremos|contestaré|responderé|escribiré|llamaré|enviaré|enviaremos|diremos|diré|informaremos|informaré)",
  "(me|nos) (pondré|pondremos) en contacto",
  "(lo|la|los|las) (enviaré|enviaremos|resolveremos|resolveré|gestionaremos|gestionaré|revisaremos|revisaré)",
  "(voy|vamos) a(?! necesitar)",
];

export const GENERIC_AFTER = ["casos", "solicitudes", "consultas", "temas", "asuntos", "peticiones"];

export const URGENCY_REASONS = [
  "porque",
  "ya que",
  "puesto que",
  "dado que",
  "de lo contrario",
  "si no",
  "para que",
  "plazo",
  "fecha límite",
  "cliente",
  "clientes",
  "producción",
  "auditoría",
  "dirección",
  "comité",
  "bloquead",
  "caíd",
  "incidencia",
  "error",
  "vence",
  "entrega",
  "lanzamiento",
  "demo",
  "esperando",
  "depende",
];

/** Un evento como plazo: «antes de la reunión con el cliente», «antes de la llamada de mañana». */
export const BEFORE_EVENT = [
  "(antes de|para) (la|el|nuestra|nuestro|mi|tu|su) (reunión|llamada|presentación|comité|revisión|demo|taller|lanzamiento|auditoría|entrevista)",
];
