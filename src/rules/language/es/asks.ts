// Lo que en español pide algo al lector, y lo que solo lo parece. One line a phrase; see
// ../phrases.ts (lower case; accented letters match with and without their accents).

export const LEAD_INS = [
  "(hola|buenos días|buenas tardes|buenas noches|buenas|estimad[oa]s?|querid[oa]s?|apreciad[oa]s?|hi|hello)[^,!:\\n]{0,40}[,!:]",
  "(hola|buenas)( (a todos|a todas|equipo|chicos|chicas|de nuevo))?(?= )",
  "(también|y|entonces|bueno|ok|vale|oye|oiga|por cierto|pregunta|una pregunta|otra cosa|además|luego|pues|perdón|disculpa|disculpe|finalmente|por último|mira|mire)(?=[,: -])",
  "@[^\\s,:]+",
  "(según lo (hablado|acordado|conversado)|como (hablamos|acordamos|quedamos|comentamos)|en relación (con|a)|con respecto a|respecto a|tal como)[^,\\n]{0,60},",
  "(gracias|muchas gracias|genial|perfecto|estupendo|vale)( [a-z]+)? ?(-|–|—|,|!|:)",
  // "Para repartirlas de forma justa, indicadme…": a purpose before the ask.
  "(para|con el fin de|a fin de) [^,\\n]{0,60},",
];

export const PLEASANTRIES = [
  "(espero|ojalá) (que )?(estés|esté|estéis|estén|todo|te|le|les|os)",
  "(qué tal|cómo estás|cómo está|cómo están|cómo va|cómo vas|cómo te va)",
  "(gracias|muchas gracias|mil gracias|te agradezco|le agradezco|os agradezco|les agradezco)",
  "(buen|feliz) (fin de semana|finde|día|viaje)",
  "(que tengas|que tenga|que tengáis|que tengan) (un )?(buen|feliz|excelente|lindo|bonito)",
  "(hasta (luego|pronto|mañana|el lunes)|nos vemos|saludos)",
  "(de acuerdo|perfecto|genial|estupendo|vale|entendido|anotado|recibido|felicidades|enhorabuena)",
];

export const SMALL_TALK = [
  "(tienes|tiene|tenés) (un )?(minuto|momento|segundo|rato)",
  "(estás|está|estás por ahí|andas) (ahí|por ahí|disponible|libre|conectad[oa])",
  "(una )?pregunta rápida",
  "(puedo|te puedo) (molestarte|preguntarte algo|hacerte una pregunta)",
  "(qué tal|cómo estás|cómo vas)",
];

export const GREETINGS = ["hola", "buenas", "buenos días", "buenas tardes", "buenas noches", "hola a todos", "hola equipo"];

export const CLOSERS = [
  "(adjunto|te adjunto|le adjunto|os adjunto|les adjunto|adjuntamos|encontrarás adjunto|encontrará adjunto|te envío adjunto|va adjunto|en adjunto)",
  "(cualquier|para cualquier) (duda|pregunta|consulta|cosa|comentario)",
  "(no dudes|no dude|no dudéis|no duden) en",
  "(quedo|quedamos) (a (tu|su|vuestra) disposición|a la espera|atent[oa]s?|pendiente)",
  "(estoy|estamos) a (tu|su|vuestra) (entera )?disposición",
  "si (tienes|tiene|tenéis|tienen) (alguna|cualquier|más) (duda|pregunta|consulta)",
  "(espero|esperamos) que (te|le|os|les) (sirva|ayude|resulte útil)",
  "(a la espera|en espera) de (tu|su|vuestra) (respuesta|confirmación|comentarios)",
  "(te|le|os|les) (informo|informamos|comento|comentamos|comparto|recuerdo|recordamos) que",
];

export const CONTACT = [
  "(avísame|avíseme|avisadme|avísenme|avisame|me avisas|me avisa|me avisáis)",
  "(dime|dígame|decidme|díganme|me dices|me dice|me decís)",
  "(llámame|llámeme|escríbeme|escríbame|contáctame|contácteme|escribidme)",
  "(házmelo|házmelo saber|hágamelo saber|hacédmelo saber|me lo haces saber)",
];

export const CLOSER_CONDITIONS = [
  "(tienes|tiene|tenéis|tienen|surge|surgiera) (alguna|cualquier|más|otra) (duda|pregunta|consulta|problema|comentario)",
  "(necesitas|necesita|necesitáis|necesitan) (algo|ayuda|más información|cualquier cosa)",
  "(algo|el enlace|el archivo|el adjunto) no (funciona|está claro|se abre)",
  "(hay|hubiera) (algún|cualquier) (problema|duda|inconveniente)",
];

export const CLOSER_CONDITION_WORDS = ["si", "en caso de", "por si", "ante"];

export const MODAL_REQUESTS = [
  "(puedes|podrías|podrás|podés|pudieras|sabes|sabrías)",
  "(puede|podría|podrá|pudiera|sabe|sabría) (usted|ud|enviar|mandar|revisar|confirmar|indicar|decir|pasar|ayudar|echar|compartir|firmar|aprobar|validar|confirmarme|enviarme|mandarme|decirme|indicarme|pasarme)",
  "(podéis|podríais|pueden|podrían|sabéis|saben)",
  "(me|nos) (puedes|podrías|puede|podría|podéis|pueden|podrían)",
  "(sería|es) posible",
  "(hay|habría) (alguna )?(novedad|novedades|noticias|actualización)",
  "quién (puede|podría|se encarga|tiene|sabe)",
  "(alguien|alguno) (puede|podría|tiene|sabe)",
  "qué (te|le|os|les) (parece|parecen)",
  "(te|le|os|les) (parece|viene|va|sirve|cuadra)( bien)?",
  "(estás|está|estáis|están) de acuerdo",
  "será que (me|nos) (puede|puedes|podría)",
  "(tienes|tiene|tenéis|tienen) (tiempo|un hueco|disponibilidad)",
];

export const REQUEST_VERBS = [
  "envía",
  "envíame",
  "envíe",
  "envíeme",
  "enviad",
  "manda",
  "mándame",
  "mande",
  "mándeme",
  "revisa",
  "revise",
  "revisad",
  "confirma",
  "confírmame",
  "confirme",
  "confírmeme",
  "confirmad",
  "aprueba",
  "apruebe",
  "firma",
  "firme",
  "completa",
  "complete",
  "rellena",
  "rellene",
  "responde",
  "responda",
  "contesta",
  "conteste",
  "dime",
  "dígame",
  "indica",
  "indícame",
  "indique",
  "indíqueme",
  "comparte",
  "comparta",
  "pasa",
  "pásame",
  "pase",
  "páseme",
  "echa un vistazo",
  "eche un vistazo",
  "mira",
  "mire",
  "reserva",
  "reserve",
  "prepara",
  "prepare",
  "actualiza",
  "actualice",
  "agrega",
  "añade",
  "añada",
  "valida",
  "valide",
  // vosotros: the imperative a Spanish team writes to the whole group.
  "enviadme",
  "mandad",
  "mandadme",
  "entregad",
  "subid",
  "tened",
  "tenedme",
  "confirmadme",
  "decidme",
  "rellenad",
  "completad",
  "preparad",
  "pasad",
  "pasadme",
  "echad un vistazo",
  "mirad",
  "firmad",
  "actualizad",
  "añadid",
  "compartid",
  "responded",
  "contestad",
  "traed",
  "dejad",
  "haced",
  "poned",
  "validad",
  "aprobad",
  "reservad",
  "indicadme",
  "indicad",
];

export const OBJECT_STARTS = [
  "me",
  "nos",
  "le",
  "les",
  "lo",
  "la",
  "los",
  "las",
  "el",
  "un",
  "una",
  "unos",
  "unas",
  "este",
  "esta",
  "estos",
  "estas",
  "ese",
  "esa",
  "mi",
  "mis",
  "tu",
  "tus",
  "su",
  "sus",
  "nuestro",
  "nuestra",
  "todo",
  "todos",
  "si",
  "qué",
  "quién",
  "cuándo",
  "cómo",
  "antes",
  "hoy",
  "mañana",
  "por favor",
  "\\d",
  "cuánto",
  "cuánta",
  "cuántos",
  "cuántas",
  "dónde",
  "cuál",
  "cuáles",
];

export const PLEASE_NOT_ASKING = [
  "tener en cuenta",
  "tenga en cuenta",
  "ten en cuenta",
  "disculpa",
  "disculpe",
  "disculpad",
  "perdona",
  "perdone",
  "ignora",
  "ignore",
  "no dudes",
  "no dude",
  "encuentre adjunto",
  "encuentra adjunto",
];

export const PLEASE_WORDS = ["porfa", "pls", "please", "xfa", "por favor"];

export const LET_ME_KNOW = [
  "(avísame|avíseme|avisadme|avísenme|avisame|me avisas|me avisa|me avisáis|me avisan)",
  "(dime|dígame|decidme|díganme|me dices|me dice|me decís|me comentas|me comenta|coméntame|coménteme)",
  "(házmelo|hágamelo|hacédmelo) saber",
  "(me confirmas|me confirma|confírmame|confírmeme)",
];

export const NEGATIVE_WORDS = ["no", "sin", "ningún", "ninguna", "nada"];

export const NEEDS = [
  "(necesito|necesitamos|necesitaría|necesitaríamos|precisamos|preciso) (tu|su|vuestra|vuestro|sus|tus|que|el|la|los|las|un|una|saber|confirmación|aprobación|ayuda|respuesta|información|datos|acceso)",
  "(quisiera|quisiéramos|me gustaría|nos gustaría) (saber|pedir|tener|conocer|que|tu|su|contar)",
  "(te|le|os|les) (agradecería|agradeceríamos|agradeceré|agradeceremos) (que|si|mucho|me|nos)",
  "(te|le|os|les) (ruego|rogamos|pido|pedimos|solicito|solicitamos) (que|me|nos|tu|su|el|la|los|las|por favor)",
  "(favor de|se ruega|se solicita) ",
  "(tu|su|vuestra|vuestro) (respuesta|opinión|confirmación|aprobación|visto bueno|ayuda|feedback|comentarios) (sería|será|es) (de gran ayuda|muy útil|útil|necesari[oa]|bienvenid[oa]|important[e])",
  "(estoy|estamos|quedo|quedamos) (esperando|a la espera de) (tu|su|vuestra|vuestro|sus|tus) (respuesta|confirmación|aprobación|visto bueno|comentarios|ok)",
  "(sería|seria) (genial|estupendo|ideal|perfecto|bueno|útil) (que|si)",
];

export const WRITER_NEEDS = [
  "(necesito|necesitamos|necesitaría|precisamos) ",
  "(quería|queríamos|quisiera|quisiéramos) (saber|preguntar|consultar|pedir)",
  "(busco|buscamos) (a alguien|alguien|un voluntario|voluntarios|una persona)",
];

export const DIRECT_OBLIGATIONS = [
  "(tienes|tiene|tenéis|tienen|debes|debe|debéis|deben|deberías|debería) que ",
  "(debes|debe|debéis|deben|deberías|debería) ",
  "no (te|se) olvide(s)? de",
  "(recuerda|recuerde|recordad|acordaos de) (que|[a-záéíóúñ]+(ar|er|ir))\\b",
  "acuérdate de",
];

export const THIRD_PERSON_REQUESTS = [
  "(todos|todas|cada)( [a-záéíóúñ-]+){0,2} (debe|deben|deberán|tienen que|tiene que|han de)",
  "(se ruega|se solicita|se pide) (a todos|a todas|a cada|que)",
];

export const ITEMS_NEEDED = [
  "(respuesta|confirmación|aprobación|firma|visto bueno|decisión|feedback) (requerid[oa]|necesari[oa]|pendiente|solicitad[oa])",
  "(se requiere|se necesita) (tu|su|la|el|una|un) ",
];

export const SUGGESTIONS = [
  "(hagamos|veamos|quedemos|hablemos|agendemos|organicemos|revisemos) ",
  "(qué tal si|y si) ",
  "(podemos|podríamos) (vernos|hablar|quedar|agendar|hacer una llamada|revisar)",
];

export const RHETORICAL = [
  "quién (lo |nos |me )?(diría|hubiera dicho|iba a (pensar|decir)|habría dicho|lo iba a decir|iba a imaginar)",
  "(y )?ahora qué",
  "(verdad|no)\\?$",
  "qué más se puede pedir",
  "(no es|no fue) (genial|increíble|estupendo)",
  "por qué no",
];

export const SELF_ANSWERS = [
  "pues (lo|sí|si|claro)",
  "(claro|por supuesto|seguramente|exactamente|desde luego)( que no)?[.!]",
  "(no|para nada|en absoluto)[.!]",
  "quién sabe",
  "no creo",
  "lo dudo",
];

export const INTERJECTIONS = [
  "en serio",
  "de verdad",
  "qué",
  "cómo",
  "sí",
  "si",
  "no",
  "vale",
  "ok",
  "hola",
  "ah",
  "oh",
  "eh",
  "bueno",
  "por qué no",
  "genial",
  "y",
  "ya",
];

export const NOT_NAMES = ["quién", "qué", "cuándo", "dónde", "por qué", "cómo", "cuál", "y", "pero", "entonces", "si", "esto", "eso"];

export const NEXT_STEPS = ["luego", "después", "a continuación", "finalmente", "por último"];

export const CONTINUATIONS = ["y", "o", "pero", "también"];

export const SECOND_PERSON = [
  "tú",
  "tu",
  "tus",
  "te",
  "ti",
  "usted",
  "ustedes",
  "su",
  "sus",
  "le",
  "les",
  "vosotros",
  "vosotras",
  "vuestro",
  "vuestra",
  "os",
  "vos",
];

export const CONDITION_OPENERS = [
  "si",
  "en caso de",
  "por si",
  "cuando (tú|usted|te|le|el|la|se)",
  "en cuanto",
  "una vez que",
  "a menos que",
  "siempre que",
  "ante cualquier",
];

export const STANDING_CONDITIONS = [
  "si (tienes|tiene|tenéis|tienen|ves|ve|encuentras|encuentra|detectas|detecta)( alguna| algún| cualquier)? (duda|dudas|problema|problemas|conflicto|conflictos|incidencia|incidencias|pregunta|preguntas)",
];

export const HYPOTHETICAL_CONDITIONS = ["(si|cuando|en cuanto) (un|una|algún|alguna|alguien|un cliente|una clienta|los clientes) "];

export const REPLY_TO_WRITER = [
  "(avísame|avíseme|avisadme|avísenme|me avisas|me avisa)",
  "(dime|dígame|decidme|me dices|me dice)",
  "(llámame|llámeme|escríbeme|escríbame)",
  "(me confirmas|me confirma|confírmame|confírmeme)",
];

export const MAIN_CLAUSE_STARTS = ["{please}", "(avísame|dime|dígame|avíseme)"];

export const REPLY_PREFIXES = ["re", "rv", "res", "fw", "fwd", "reenv", "enc"];
/** The prefixes of a forward: its subject, levels included, is the earlier writer's. */
export const FORWARD_PREFIXES = ["rv", "fw", "fwd", "reenv", "enc"];

export const AUTO_REPLY_SUBJECTS = ["respuesta automática", "fuera de la oficina", "(estoy )?ausente", "out of office", "mensaje de ausencia"];

export const AUTO_REPLY_OPENINGS = [
  "(estoy|estaré) (actualmente |en este momento )?(fuera de la oficina|ausente|de vacaciones|de viaje|de baja)",
  "(este es un|esta es una) (mensaje|respuesta) automátic[oa]",
];
