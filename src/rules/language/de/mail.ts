// Was deutschsprachige Mailprogramme um den Text legen: quote headers, sign-offs, footers.

export const REPLY_HEADERS = [
  // Gmail, Apple Mail, Thunderbird: "Am Mo., 9. März 2026 um 14:12 Uhr schrieb Ana <ana@contoso.de>:"
  "am\\b[^\\n]{0,300}\\bschrieb[^\\n]{0,80}:?",
  "[^\\n]{0,200}\\bschrieb (am|um)\\b[^\\n]{0,200}:",
  "-{2,} ?(ursprüngliche nachricht|weitergeleitete nachricht|originalnachricht|original-nachricht)( ?-+)?",
  "anfang der weitergeleiteten (nachricht|e-?mail):?",
];

export const HEADER_HINTS = ["schrieb", "nachricht", "gesendet", "weitergeleitet"];

export const ONE_LINE_HEADER = [["von"], ["gesendet"], ["an"]] as const;

export const HEADER_FIELDS = ["von", "gesendet", "datum", "an", "cc", "bcc", "betreff", "antwort an"];

export const SIGN_OFFS = [
  "(mit )?(freundlichen|besten|herzlichen|lieben|vielen|sonnigen|kollegialen) grü(ß|ss)en",
  "(viele|beste|liebe|herzliche|sonnige|schöne|freundliche) grü(ß|ss)e",
  "gru(ß|ss)",
  "grü(ß|ss)e",
  "lg",
  "vg",
  "bg",
  "mfg",
  "danke( (dir|ihnen|euch))?( und grü(ß|ss)e)?",
  "(vielen|besten|herzlichen) dank( im voraus| vorab)?",
  "danke (im voraus|vorab)",
  "bis (bald|dann|morgen|später)",
  "schönen tag( noch)?",
  "schönes wochenende",
];

export const SENT_FROM = [
  "von meinem (iphone|ipad|android|smartphone|samsung|mobiltelefon|handy) gesendet",
  "gesendet von (meinem|outlook|mail)",
  "outlook für (ios|android)",
  "diese e-?mail wurde (von|mit)",
];

export const DISCLAIMER_CUES = [
  "vertraulich(e|en)?",
  "(diese|die) (e-?mail|nachricht) (enthält|kann|ist|und (alle|eventuelle|etwaige))",
  "(irrtümlich|fälschlicherweise|versehentlich|irrtümlicherweise) erhalten",
  "nicht der (richtige|beabsichtigte|vorgesehene) (adressat|empfänger)",
  "(unbefugte|unerlaubte|unberechtigte) (weitergabe|nutzung|kopie|verwendung)",
  "(informieren|benachrichtigen) sie (bitte )?(sofort|umgehend|unverzüglich) den absender",
  "(löschen|vernichten) sie (bitte )?(diese|die) (e-?mail|nachricht)",
  "(sitz der gesellschaft|registergericht|amtsgericht|handelsregister|hrb \\d|ust-?id|geschäftsführer(in)?:)",
  "(ist|sind) (nicht gestattet|untersagt)",
];

export const FOOTER_SEPARATOR_MIN = 10;
