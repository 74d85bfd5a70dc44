// What the user asked the bot for, matched forgivingly: "Help", "/help", "hlep", "show norms",
// "change norms", "watch my meetings", "stop watching", "check: <draft>", or a pasted draft on its own.

export type Command =
  | { kind: "help" }
  | { kind: "norms" }
  | { kind: "settings" }
  | { kind: "watch" }
  | { kind: "unwatch" }
  | { kind: "watchTeam" }
  | { kind: "unwatchTeam" }
  | { kind: "check"; text: string }
  | { kind: "empty" }
  | { kind: "talk"; reply: "greeting" | "thanks" | "ack" | "whatIsLevel" | "turnOff" };

/**
 * Talk to the bot, not a draft to check: a greeting, thanks, "ok", and the questions a new user asks
 * first, in the four languages. Anything longer, or any other sentence, is a draft.
 */
const TALK: [RegExp, Extract<Command, { kind: "talk" }>["reply"]][] = [
  [
    /^(?:hi+|hey+|hello+|hiya|good (?:morning|afternoon|evening)|hallo|moin|servus|guten (?:morgen|tag|abend)|bonjour|bonsoir|salut|coucou|hola|buenos días|buenas(?: tardes| noches)?)(?: (?:there|async coach|coach|zusammen|à tous|a todos))?$/,
    "greeting",
  ],
  [
    /^(?:thanks?(?: a lot| so much)?|thank you(?: very much)?|thx|ty|cheers|danke(?: schön| dir| sehr)?|vielen dank|merci(?: beaucoup)?|gracias|muchas gracias)$/,
    "thanks",
  ],
  [/^(?:ok(?:ay)?|k|cool|great|nice|got it|sure|perfect|alles klar|gut|super|d'accord|parfait|très bien|vale|perfecto|de acuerdo|genial)$/, "ack"],
  [
    /^(?:what(?:'s| is) (?:a |the )?response level|what does response level mean|was ist ein antwortbedarf|qu'est-ce qu'un niveau de réponse|qué es un nivel de respuesta)$/,
    "whatIsLevel",
  ],
  [
    /^(?:how (?:do|can) i (?:turn|switch) off .{1,60}|how (?:do|can) i (?:disable|stop) .{1,60}|wie schalte ich .{1,60} aus|comment désactiver .{1,60}|cómo (?:desactivo|apago) .{1,60})$/,
    "turnOff",
  ],
];

const ALIASES: Record<string, Command["kind"]> = {
  help: "help",
  hilfe: "help",
  aide: "help",
  ayuda: "help",
  "?": "help",
  normen: "norms",
  normes: "norms",
  normas: "norms",
  einstellungen: "settings",
  paramètres: "settings",
  parametres: "settings",
  configuración: "settings",
  configuracion: "settings",
  "what can you do": "help",
  commands: "help",
  "how does this work": "help",
  norms: "norms",
  "show norms": "norms",
  "team norms": "norms",
  "our norms": "norms",
  "my norms": "norms",
  rules: "norms",
  "watch my meetings": "watch",
  "watch meetings": "watch",
  "watch my calendar": "watch",
  "start watching": "watch",
  watch: "watch",
  "remind me about pre-reads": "watch",
  "turn on pre-read reminders": "watch",
  "stop watching": "unwatch",
  "stop watching my meetings": "unwatch",
  unwatch: "unwatch",
  "stop reminders": "unwatch",
  "turn off pre-read reminders": "unwatch",
  "watch team meetings": "watchTeam",
  "watch our meetings": "watchTeam",
  "watch this team's meetings": "watchTeam",
  "watch the team's meetings": "watchTeam",
  "stop watching team meetings": "unwatchTeam",
  "stop watching our meetings": "unwatchTeam",
  "stop watching this team's meetings": "unwatchTeam",
  settings: "settings",
  "change norms": "settings",
  "edit norms": "settings",
  configure: "settings",
  setup: "settings",
  preferences: "settings",
};

/**
 * Removes Teams @mentions ("<at>Async Coach</at>"), keeping the writer's lines: runs of spaces
 * become one, line breaks stay (a draft's greeting, paragraphs and sign-off are its own).
 */
export function stripMentions(text: string): string {
  return text
    .replace(/<at>[^<]{0,200}<\/at>/gi, " ")
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.replace(/[ \t\u00a0]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else if (a[i + 1] === b[j] && a[i] === b[j + 1]) {
      i += 2; // a swap of two letters ("hlep") is one slip
      j += 2;
    } else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

function trimEndPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && ".!?".includes(text[end - 1] ?? "")) end--;
  return text.slice(0, end);
}

export function parseCommand(raw: string): Command {
  const text = stripMentions(raw);
  if (text === "") return { kind: "empty" };
  if (/^\/?check\b/i.test(text)) {
    const rest = text.replace(/^\/?check\b/i, "").replace(/^[:\s-]+/, "");
    return rest ? { kind: "check", text: rest } : { kind: "help" };
  }
  const key = trimEndPunctuation(text.toLowerCase().replace(/\s+/g, " ").replace(/^\//, "")).trim();
  const alias = ALIASES[key] ?? ALIASES[key.replace(/^(?:please|show me|show)\s+/, "")];
  if (alias) return { kind: alias } as Command;
  const talk = TALK.find(([pattern]) => pattern.test(key));
  if (talk) return { kind: "talk", reply: talk[1] };
  // One-word commands survive a typo: "hlep", "norm", "setting".
  if (!key.includes(" ") && key.length >= 4) {
    for (const word of ["help", "norms", "settings"]) {
      if (editDistanceAtMostOne(key, word)) return { kind: ALIASES[word]! } as Command;
    }
  }
  return { kind: "check", text };
}
