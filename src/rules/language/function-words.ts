// The commonest words of the languages business mail is most often written in: articles, pronouns,
// prepositions, auxiliaries. On a short business text they say more about its language than a
// statistical model does (language/identify.ts). A word that is everyday in English and in another
// of these languages is in neither list ("a", "in", "me", "no", "do", "to", "we", "on", "is",
// "was", "of", "as", "po"): a short text must not change language on it. The other languages may
// share words; the best share wins and the model breaks close ties.
export const FUNCTION_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: [
    "the", "and", "or", "but", "if", "than", "then",
    "to", "of", "at", "for", "with", "from", "by", "about", "into", "after", "before",
    "are", "were", "be", "been", "it", "its", "this", "that", "these", "those", "there", "here",
    "i", "you", "they", "he", "she", "us", "them", "him", "my", "your", "our", "their",
    "can", "could", "would", "should", "shall", "may", "might", "must",
    "does", "did", "done", "have", "has", "had", "not", "yes",
    "please", "thanks", "thank", "just", "what", "when", "where", "which", "who", "how", "why",
    "all", "any", "some", "get", "got", "let", "know", "need", "like", "out", "up",
  ],
  de: [
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "und", "oder", "aber",
    "ist", "sind", "war", "wird", "werden", "hat", "haben", "kann", "können", "könnten", "kannst", "muss", "soll",
    "ich", "du", "er", "sie", "wir", "ihr", "mir", "mich", "dir", "dich", "uns", "euch", "ihnen",
    "nicht", "kein", "keine", "auch", "noch", "schon", "nur", "bitte", "danke", "mit", "für", "auf", "aus",
    "bei", "von", "zu", "zum", "zur", "bis", "nach", "über", "wie", "wann", "wer", "warum", "ob", "dass",
    "hallo", "zusammen", "anbei", "gerne", "gruß", "grüße",
  ],
  fr: [
    "le", "la", "les", "un", "une", "des", "du", "de", "et", "ou", "mais", "est", "sont", "était", "sera",
    "je", "tu", "il", "elle", "nous", "vous", "ils", "elles", "te", "se", "leur", "votre", "vos", "notre", "nos",
    "pas", "ne", "pour", "avec", "sur", "dans", "par", "chez", "sans", "avant", "après",
    "que", "qui", "quoi", "quand", "comment", "pourquoi", "ce", "cette", "ces", "merci", "bonjour", "svp",
    "peux", "pouvez", "pourriez", "faut", "ça", "aux", "au", "trouverez", "ci-joint",
  ],
  es: [
    "el", "la", "los", "las", "un", "una", "unos", "unas", "y", "o", "pero", "es", "está", "están", "era",
    "yo", "tú", "él", "ella", "nosotros", "usted", "ustedes", "te", "se", "nos", "le", "les", "su", "sus",
    "para", "por", "con", "sin", "sobre", "entre", "hasta", "desde", "del", "al", "de", "en",
    "que", "qué", "quién", "cuándo", "cómo", "porque", "este", "esta", "estos", "gracias", "hola", "favor",
    "puedes", "puede", "podemos", "podrías", "ya", "muy", "adjunto",
    "tus", "mis", "antes", "después", "cuando", "donde", "también", "necesito", "hoy", "mañana",
  ],
  it: [
    "il", "lo", "la", "gli", "le", "un", "una", "uno", "e", "o", "ma", "è", "sono", "era", "sarà",
    "io", "tu", "lui", "lei", "noi", "voi", "loro", "mi", "ti", "ci", "vi", "si", "suo", "tuo", "nostro",
    "non", "per", "con", "su", "tra", "fra", "del", "della", "dei", "delle", "al", "alla", "di", "da",
    "che", "chi", "quando", "perché", "questo", "questa", "grazie", "ciao", "tutti", "allegato",
    "puoi", "può", "possiamo", "potresti",
  ],
  nl: [
    "de", "het", "een", "en", "maar", "zijn", "wordt", "heeft", "hebben", "kan", "kunnen", "kun", "moet",
    "ik", "je", "jij", "hij", "zij", "wij", "jullie", "mij", "ons", "hun", "jouw", "uw",
    "niet", "geen", "ook", "nog", "al", "voor", "met", "op", "aan", "naar", "bij", "tot", "uit",
    "dat", "die", "wat", "wie", "wanneer", "hoe", "waarom", "dit", "deze", "bedankt", "hoi", "graag", "bijlage",
  ],
  pt: [
    "o", "os", "uma", "e", "ou", "mas", "é", "são", "está", "estão", "era", "foi",
    "eu", "tu", "você", "vocês", "ele", "ela", "nós", "te", "se", "nos", "lhe", "seu", "sua",
    "não", "para", "por", "com", "sem", "sobre", "até", "da", "dos", "das", "na", "ao", "de", "em",
    "que", "quem", "quando", "como", "porque", "este", "esta", "isso", "obrigado", "obrigada", "olá", "segue", "anexo",
    "pode", "podemos", "podes",
  ],
  pl: [
    "ale", "lub", "jest", "są", "był", "była", "będzie", "ta", "te",
    "ja", "ty", "ona", "wy", "oni", "mnie", "mi", "ci", "nas", "się",
    "nie", "tak", "dla", "z", "ze", "w", "na", "od", "przez", "przy", "o",
    "że", "co", "kto", "kiedy", "jak", "dlaczego", "czy", "dziękuję", "dzięki", "cześć", "proszę", "możesz", "możemy",
  ],
};
