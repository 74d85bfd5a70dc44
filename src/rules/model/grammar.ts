// Grammar cues of an English sentence, read off its words without a tagger: the mood (a question by
// word order, an imperative shape, a modal request), the person of the subject, a condition, the
// writer's own plans. A tagger (compromise, wink-nlp) would give these too, but costs more bytes in
// the send handler and more time per draft than the whole check does today.

const AUXILIARIES = new Set([
  "can",
  "could",
  "would",
  "will",
  "do",
  "does",
  "did",
  "is",
  "are",
  "was",
  "were",
  "have",
  "has",
  "had",
  "should",
  "shall",
  "may",
  "might",
  "must",
  "am",
  "won't",
  "can't",
  "couldn't",
  "wouldn't",
  "don't",
  "doesn't",
  "didn't",
  "isn't",
  "aren't",
  "shouldn't",
  "haven't",
  "hasn't",
]);
const MODALS = new Set(["can", "could", "would", "will", "won't", "can't", "couldn't", "wouldn't"]);
const WH_WORDS = new Set(["what", "when", "where", "which", "who", "whom", "whose", "why", "how"]);
const PERSON: Readonly<Record<string, string>> = {
  i: "1",
  "i'm": "1",
  "i've": "1",
  "i'll": "1",
  "i'd": "1",
  we: "1p",
  "we're": "1p",
  "we've": "1p",
  "we'll": "1p",
  "we'd": "1p",
  you: "2",
  "you're": "2",
  "you've": "2",
  "you'll": "2",
  "you'd": "2",
  u: "2",
  he: "3",
  she: "3",
  they: "3",
  it: "3",
  "it's": "3",
  "he's": "3",
  "she's": "3",
  "they're": "3",
  this: "3",
  that: "3",
  "that's": "3",
  there: "3",
  "there's": "3",
  someone: "any",
  anyone: "any",
  somebody: "any",
  anybody: "any",
  everyone: "any",
};
const CONDITION_WORDS = new Set(["if", "unless", "when", "whenever", "once", "should", "assuming", "provided"]);
const OBJECT_WORDS = new Set([
  "the",
  "a",
  "an",
  "me",
  "us",
  "it",
  "this",
  "that",
  "these",
  "those",
  "your",
  "my",
  "our",
  "him",
  "her",
  "them",
  "all",
  "any",
  "some",
]);
/** Words that may open a sentence but are no verb: an imperative shape starts with none of them. */
const NOT_VERBS = new Set([
  ...Object.keys(PERSON),
  ...AUXILIARIES,
  ...WH_WORDS,
  ...CONDITION_WORDS,
  ...OBJECT_WORDS,
  "and",
  "but",
  "or",
  "so",
  "also",
  "just",
  "thanks",
  "thank",
  "no",
  "not",
  "yes",
  "ok",
  "okay",
  "here",
  "attached",
  "per",
  "as",
  "in",
  "on",
  "at",
  "for",
  "with",
  "from",
  "to",
  "of",
  "by",
  "about",
  "after",
  "before",
  "what's",
  "how's",
  "his",
  "its",
  "their",
]);
const YOU = new Set(["you", "your", "yours", "yourself", "u", "ur"]);
const WRITER = new Set(["i", "we"]);
const NEED_VERBS = new Set(["need", "want", "require", "expect", "appreciate", "like", "welcome"]);
const PLAN_CONTRACTIONS = new Set(["i'll", "we'll"]);
const PAST_VERBS = new Set(["sent", "forwarded", "talked", "spoke", "called", "met", "left", "attached", "received", "got", "heard", "asked", "told"]);
const NEGATIONS = new Set(["not", "no", "never", "nothing", "none"]);
const CONDITIONS_INSIDE = new Set(["if", "unless", "whenever"]);
const PLEASE = new Set(["please", "pls", "plz", "kindly"]);
/** Where the writer speaks of themselves: the only words the checks below start from. */
const WRITER_WORDS = new Set(["i", "we", "i'd", "we'd", "i'll", "we'll", "i'm", "we're"]);

/** Tokens of a plain sentence: words (numbers as "#") and question marks. */
export function tokens(plainText: string): string[] {
  return (plainText.match(/[a-z0-9'&]+|\?/g) ?? []).map((t) => (t.charCodeAt(0) >= 48 && t.charCodeAt(0) <= 57 ? "#" : t));
}

/** A question mark after the last word ("… by Friday?)" too): scanned from the end, in linear time. */
function endsWithQuestion(text: string): boolean {
  for (let i = text.length - 1; i >= 0; i--) {
    const ch = text[i]!;
    if (ch === "?") return true;
    if (/\w/.test(ch)) return false;
  }
  return false;
}

/** "I need", "we'd like", "I would appreciate": the writer wants something. */
function writerWants(words: readonly string[], i: number): boolean {
  const w = words[i]!;
  let k = i + 1;
  if (w === "i'd" || w === "we'd") k = i + 1;
  else if (!WRITER.has(w)) return false;
  else if (words[k] === "would") k++;
  return NEED_VERBS.has(words[k] ?? "") || (words[k] === "would" && words[k + 1] === "like");
}

/** "I'll", "we will", "I am going to", "we plan to": the writer's own plans. */
function writerPlans(words: readonly string[], i: number): boolean {
  const w = words[i]!;
  if (PLAN_CONTRACTIONS.has(w)) return true;
  const next = words[i + 1];
  if (w === "i'm" || w === "we're") return next === "going" || next === "planning" || next === "sending" || next === "attaching" || next === "forwarding";
  if (!WRITER.has(w)) return false;
  if (next === "will" || next === "shall") return true;
  if ((next === "am" || next === "are") && words[i + 2] === "going" && words[i + 3] === "to") return true;
  return (next === "plan" || next === "intend") && words[i + 2] === "to";
}

/** "I sent", "we have talked", "I just heard": what the writer has done. */
function writerDid(words: readonly string[], i: number): boolean {
  if (!WRITER.has(words[i]!)) return false;
  let k = i + 1;
  if (words[k] === "have" || words[k] === "had" || words[k] === "just") k++;
  return PAST_VERBS.has(words[k] ?? "");
}

export function grammarCues(words: readonly string[], plainText: string): string[] {
  const cues: string[] = [];
  const first = words[0] ?? "";
  const second = words[1] ?? "";
  const question = plainText.indexOf("?");
  if (question >= 0) cues.push(endsWithQuestion(plainText) ? "question-mark-end" : "question-mark-inside");
  if (plainText.includes("!")) cues.push("exclamation");
  if (AUXILIARIES.has(first)) {
    const who = PERSON[second];
    cues.push(`inverted:${who ?? "other"}`);
    if (MODALS.has(first) && who === "2") cues.push("modal-you");
  } else if (WH_WORDS.has(first)) cues.push("wh-first");
  else if (CONDITION_WORDS.has(first)) cues.push("condition-first");
  else if (first !== "" && first !== "?" && !NOT_VERBS.has(first) && !/(?:ed|ing|ly)$/.test(first)) {
    // A bare word first, then an object: "send me the deck", "review this".
    cues.push(OBJECT_WORDS.has(second) ? "imperative-shape" : "bare-first");
  }
  let subject = "none";
  for (let i = 0; i < Math.min(words.length, 4); i++) {
    const person = PERSON[words[i]!];
    if (person !== undefined) {
      subject = person;
      break;
    }
  }
  cues.push(`subject:${subject}`);
  let you = false;
  let wants = false;
  let plans = false;
  let did = false;
  let negation = false;
  let condition = false;
  let please = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    you ||= YOU.has(w);
    negation ||= NEGATIONS.has(w) || w.endsWith("n't");
    condition ||= CONDITIONS_INSIDE.has(w) || (w === "in" && words[i + 1] === "case");
    please ||= PLEASE.has(w);
    if (WRITER_WORDS.has(w)) {
      wants ||= writerWants(words, i);
      plans ||= writerPlans(words, i);
      did ||= writerDid(words, i);
    }
  }
  if (you) cues.push("you");
  if (wants) cues.push(you ? "writer-need-you" : "writer-need");
  if (plans) cues.push("writer-plan");
  if (did) cues.push("writer-past");
  if (negation) cues.push("negation");
  if (condition) cues.push("condition-inside");
  if (please) cues.push("please-word");
  const n = words.length;
  cues.push(`words:${n <= 1 ? "1" : n <= 2 ? "2" : n <= 5 ? "3-5" : n <= 10 ? "6-10" : n <= 20 ? "11-20" : n <= 40 ? "21-40" : "41+"}`);
  return cues;
}
