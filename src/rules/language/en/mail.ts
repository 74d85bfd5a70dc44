// What mail clients and mail servers add around the writer's own words: quote headers, sign-offs,
// footers, legal disclaimers. One line a phrase; see ../phrases.ts for the pattern language.

/** A line that starts quoted or forwarded material (whole line, lower-cased). */
export const REPLY_HEADERS = [
  // Gmail, Apple Mail, Thunderbird: "On Mon, 2 Mar 2026 at 08:15, Li Wei <li@contoso.com> wrote:"
  "on\\b[^\\n]{0,300}\\b(wrote|writes|said):?",
  "am\\b[^\\n]{0,300}\\bschrieb[^\\n]{0,80}:",
  "le\\b[^\\n]{0,300}\\ba écrit ?:",
  "el\\b[^\\n]{0,300}\\bescribió:",
  "op\\b[^\\n]{0,300}\\bschreef[^\\n]{0,80}:",
  "-{2,} ?(original message|forwarded message|ursprüngliche nachricht|message d'origine|mensaje original|weitergeleitete nachricht|message transféré)( ?-+)?",
  "begin forwarded message:?",
  // Lotus Notes: "From: Mark Taylor@ECT on 10/02/2001 09:15 AM", "Jane Doe@ENRON on 12/01/2000 02:31 PM"
  '[^\\n@/"]{0,80}[@/"][^\\n]{0,80} on \\d{1,2}/\\d{1,2}/\\d{2,4}( \\d{1,2}:\\d{2}(:\\d{2})?( ?[ap]m)?)?',
  "_{5,} ?(original|reply) message( ?_+)?",
];

/** The start of a line that starts quoted or forwarded material, whatever follows on it. */
export const REPLY_HEADER_STARTS = [
  // Lotus Notes: "----- Forwarded by Tana Jones/HOU/ECT on 09/29/2000 07:24 AM -----", even when wrapped.
  "-{3,} ?forwarded by",
  "-{3,} ?(reply|replied) (separator|by)",
];

/** Every reply header has one of these; most lines have none, and are passed over cheaply. */
export const HEADER_HINTS = [
  "wrote",
  "writes",
  "said",
  "schrieb",
  "écrit",
  "escribió",
  "schreef",
  "message",
  "mensaje",
  "original",
  "nachricht",
  "forward",
  "\\d/\\d",
  "sent:",
  "_____",
];

/** Outlook's header flattened on one line: a From field, then a Sent field, then a To field. */
export const ONE_LINE_HEADER = [
  ["from", "von", "de"],
  ["sent", "gesendet", "envoyé", "enviado"],
  ["to", "an", "à", "para"],
] as const;

/** Field names of an Outlook/Lotus header block: "From:", "Sent:", "To:", "cc:", "Subject:". */
export const HEADER_FIELDS = [
  "from",
  "von",
  "de",
  "sent",
  "date",
  "gesendet",
  "envoyé",
  "enviado",
  "to",
  "an",
  "à",
  "para",
  "cc",
  "bcc",
  "subject",
  "betreff",
  "objet",
  "asunto",
  "please respond to",
  "reply-to",
];

/** Sign-offs that end the writer's text: "Thanks,", "Kind regards". */
export const SIGN_OFFS = [
  "(kind|best|warm|warmest|many|with|warm personal) (regards|wishes|thanks)",
  "regards",
  "rgds",
  "thanks( (again|so much|a lot|in advance|a million|all|everyone))?",
  "thank you( (again|so much|all|in advance))?",
  "thx",
  "tks",
  "ta",
  "cheers",
  "best",
  "sincerely",
  "yours( (truly|sincerely|faithfully))?",
  "br",
  "all the best",
  "talk soon",
  "speak soon",
  "take care",
  "love",
  "lots of love",
  "xoxo",
  "hugs",
  "later",
  "ciao",
  "mit freundlichen grüßen",
  "viele grüße",
  "beste grüße",
  "cordialement",
  "saludos",
];

/** Lines a phone or a service appends. */
export const SENT_FROM = [
  "sent from my",
  "get outlook for",
  "sent from outlook",
  "sent via",
  "sent from mail for",
  "download the",
  "get the [a-z]+ app",
  "please consider the environment",
  "think before you print",
  "save a tree",
];

/**
 * Words of legal disclaimers and confidentiality banners. A paragraph with two or more of them (or
 * one that is only a banner) is not the writer's message.
 */
export const DISCLAIMER_CUES = [
  "confidential(ity)?",
  "privileged",
  "intended (only |solely )?for the (use of the )?((named |above[- ]named )?(addressee|recipient|individual|person|entity)s?)",
  "intended recipient",
  "(received|receive) this (e-?mail|message|communication|transmission|information) (in error|by mistake)",
  "notify (the sender|us|me) (immediately|at once|by (return|reply))",
  "(delete|destroy|erase) (this|the|it|all copies)",
  "unauthori[sz]ed",
  "strictly prohibited",
  "(is|are) prohibited",
  "disclaimer",
  "(views|opinions) expressed",
  "(does|do) not (necessarily )?(constitute|create|represent|reflect)",
  "legally binding",
  "virus(es)?",
  "attorney[- ]client",
  "work product",
  "dissemination",
  "anticipation of litigation",
  "(this|the) (e-?mail|message|communication) (and any|may contain|contains|is)",
];

/** Advertising footers of free mail services; everything after their separator line goes. */
export const FOOTER_SEPARATOR_MIN = 10;
