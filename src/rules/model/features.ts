// The features the learned scorer reads. Per sentence: the cues of the phrase lists (language/asks.ts)
// and the rule's own reading, grammar cues, where the sentence stands, the signals in it, and its
// words (unigrams and bigrams). Per message: how strongly its sentences ask, what the subject says,
// and which levels, deadlines and vague timings it states. A feature is a name, with the value 1
// unless it says otherwise; the weights (weights.json) give each name its say.
import type { AskReading, NoAskReason } from "../language/asks.js";
import type { SignalMatch } from "../language/signals.js";
import type { Sentence } from "../text/sentences.js";
import { grammarCues, tokens } from "./grammar.js";

export type Feature = string | readonly [name: string, value: number];

export interface SentenceView {
  sentence: Sentence;
  index: number;
  /** How many sentences the new text has (as read: at most the first 150). */
  count: number;
  /** The sentence as the ask cues read it: plain, lead-ins off. */
  plainText: string;
  cues: readonly string[];
  /** The phrase rules' reading of it (language/asks.ts classifyAsk); null when they read no ask. */
  reading: AskReading | null;
  /** Why they read none: the veto they reached, or "unread". */
  noAsk: NoAskReason | null;
  signals: readonly SignalMatch[];
  /** The sentence starts a line of its own (not a continuation of the one before). */
  startsLine: boolean;
  /** The sentence before it asked a question. */
  previousQuestion: boolean;
  /** A question the writer answers in the next sentence ("Did we ship on time? We did."). */
  answered: boolean;
  /** The subject line, read as a sentence of its own. */
  subject?: boolean;
}

const bucket = (n: number, edges: readonly number[]): string => {
  for (const edge of edges) if (n <= edge) return String(edge);
  return `${edges[edges.length - 1]}+`;
};

// Sentence features are hashed (as fastText and Vowpal Wabbit do): a feature is a 32-bit number, and
// the model keeps one weight per hash bucket. No word of the training mail is written in the model,
// and a feature costs a multiplication, not a string.

/** FNV-1a of a string, from a seed that keeps feature families apart. */
export function hashOf(text: string, seed = 0x811c9dc5): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Two features as one (a pair of cues, a bigram). */
export function pairOf(a: number, b: number): number {
  let h = Math.imul(a ^ ((b << 17) | (b >>> 15)), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const WORD_SEED = 0x9747b28c;
const CONDITION_SEED = 0x5bd1e995;
const families = new Map<string, Map<string, number>>();
/** The id of a named feature ("c" and "closer" is c:closer): a fixed vocabulary, hashed once. */
function idOf(family: string, name: string): number {
  let ids = families.get(family);
  if (!ids) families.set(family, (ids = new Map<string, number>()));
  let id = ids.get(name);
  if (id === undefined) ids.set(name, (id = hashOf(`${family}:${name}`)));
  return id;
}

/** Where a debugging caller wants the names behind the ids. */
export type FeatureNames = Map<number, string>;

const CONDITION_WORDS = new Set(["if", "unless", "whenever", "case", "should"]);

const INDEX_EDGES = [0, 1, 2, 4];

/** Where a sentence's feature ids are written: one buffer, reused, so scoring a draft builds no lists. */
let buffer = new Uint32Array(4096);
let filled = 0;
function emit(id: number): void {
  if (filled === buffer.length) {
    const bigger = new Uint32Array(buffer.length * 2);
    bigger.set(buffer);
    buffer = bigger;
  }
  buffer[filled++] = id;
}

/** The named features of a sentence: its cues, the rules' reading, its grammar, its signals and where it stands. */
function namedFeatures(view: SentenceView, words: readonly string[]): [family: string, name: string][] {
  const out: [string, string][] = view.cues.map((cue) => ["c", cue]);
  const rule = view.reading;
  out.push(["r", rule ? `${rule.kind}:${rule.strong ? "strong" : "weak"}` : `none:${view.noAsk ?? "unread"}`]);
  for (const cue of grammarCues(words, view.plainText)) out.push(["g", cue]);
  for (const signal of view.signals) out.push(["s", signal.kind ? `${signal.level}:${signal.kind}` : signal.level]);
  if (view.subject) {
    out.push(["p", "subject"]);
    return out;
  }
  // Counted from the top only: an unrecognised signature or disclaimer below would move every count from the end.
  out.push(["p", `index:${bucket(view.index, INDEX_EDGES)}`]);
  if (view.startsLine) out.push(["p", "starts-line"]);
  if (view.previousQuestion) out.push(["p", "after-question"]);
  if (view.answered) out.push(["p", "answered"]);
  return out;
}

/** A sentence's feature ids, in a shared buffer that the next call overwrites: read them at once. */
export function writeSentenceFeatures(view: SentenceView): Uint32Array {
  filled = 0;
  const words = tokens(view.plainText);
  for (const [family, name] of namedFeatures(view, words)) emit(idOf(family, name));
  // Words and bigrams, with ^ and $ at the sentence's ends.
  let previous = START;
  for (const word of words) {
    const w = hashOf(word, WORD_SEED);
    emit(w);
    emit(pairOf(previous, w));
    previous = w;
  }
  emit(pairOf(previous, END));
  // The words of a condition ("… if you have any questions") tell a closer from a real ask.
  for (let i = 0; i < words.length; i++) {
    if (!CONDITION_WORDS.has(words[i]!) || (words[i] === "case" && words[i - 1] !== "in")) continue;
    for (let k = i + 1; k < Math.min(words.length, i + 5); k++) emit(hashOf(words[k]!, CONDITION_SEED));
  }
  return buffer.subarray(0, filled);
}

/** A sentence's feature ids as a list of its own, with their names when a debugging caller wants them (training). */
export function sentenceFeatures(view: SentenceView, names?: FeatureNames): number[] {
  const ids = Array.from(writeSentenceFeatures(view));
  if (names) nameFeatures(view, tokens(view.plainText), names);
  return ids;
}
const START = hashOf("^", WORD_SEED);
const END = hashOf("$", WORD_SEED);

/** The names behind a sentence's feature ids, for training reports. */
function nameFeatures(view: SentenceView, words: readonly string[], names: FeatureNames): void {
  for (const [family, name] of namedFeatures(view, words)) names.set(idOf(family, name), `${family}:${name}`);
  let previous = "^";
  for (const word of [...words, "$"]) {
    if (word !== "$") names.set(hashOf(word, WORD_SEED), `w:${word}`);
    names.set(pairOf(hashOf(previous, WORD_SEED), hashOf(word, WORD_SEED)), `b:${previous} ${word}`);
    previous = word;
  }
  for (const word of words) names.set(hashOf(word, CONDITION_SEED), `if:${word}`);
}

/** Whether a sentence feature is a word feature (a word, a bigram, a word of a condition): learned only from words several writers use. */
export function isWordFeature(name: string): boolean {
  return /^(?:w|b|if):/.test(name);
}

/** Summaries of the sentences' ask probabilities (the writer's own subject line among them), for the message's own probability that it asks. */
export function askSummary(probabilities: readonly number[]): Feature[] {
  const sorted = [...probabilities].sort((a, b) => b - a);
  const first = sorted[0] ?? 0;
  const second = sorted[1] ?? 0;
  const none = probabilities.reduce((p, q) => p * (1 - q), 1);
  // Bounded: a message with no sentence that asks (an empty body under an asking subject) is not infinitely sure.
  const logit = (p: number) => Math.log(Math.max(p, 0.02) / Math.max(1 - p, 0.02));
  return [
    ["ask:max", first],
    ["ask:max-logit", logit(first)],
    ["ask:second", second],
    ["ask:any", 1 - none],
    ["ask:count", Math.min(probabilities.filter((p) => p >= 0.5).length, 5) / 5],
  ];
}

export interface MessageView {
  probabilities: readonly number[];
  /** The probability that the subject line asks, where it is the writer's own; 0 otherwise. */
  subjectProbability: number;
  /** What the phrase rules read: "strong" when one ask is put plainly to the reader, "weak", or "none". */
  ruleAsks: "strong" | "weak" | "none";
  /** The subject, if it is the writer's own (not a reply's or a forward's), reads as an ask. */
  subjectAsks: boolean;
  subjectQuestion: boolean;
  reply: boolean;
  forward: boolean;
  words: number;
}

export function askMessageFeatures(view: MessageView): Feature[] {
  const out: Feature[] = askSummary(view.subjectProbability > 0 ? [...view.probabilities, view.subjectProbability] : view.probabilities);
  out.push(["ask:subject", view.subjectProbability]);
  out.push(`rule:${view.ruleAsks}`);
  if (view.subjectAsks) out.push("subject:ask");
  if (view.subjectQuestion) out.push("subject:question");
  if (view.reply) out.push("subject:reply");
  if (view.forward) out.push("subject:forward");
  out.push(`words:${bucket(view.words, [0, 5, 15, 40, 100, 250])}`);
  out.push(`sentences:${bucket(view.probabilities.length, [0, 1, 2, 4, 8, 16])}`);
  return out;
}

export interface LevelView {
  /** The level the phrase rules read (language/signals.ts, deadline/). */
  level: string;
  /** Each signal, with the ask probability of the sentence it stands in (0 for the subject's). */
  signals: readonly { level: string; kind?: string | undefined; negated?: boolean | undefined; askProbability: number; inSubject: boolean }[];
  /** The reply-by deadline: where it stands and how it is tied to the reply. */
  deadline: { askProbability: number; cue: string; firm: boolean; inSubject: boolean; isPast: boolean } | null;
  /** Dates in the text that are not reply-by moments (a meeting's day, the writer's own plans). */
  otherDates: number;
  /** Every date read, with the ask probability of the sentence it stands in: "Maybe we can meet Monday?" */
  dates: readonly DateView[];
  /** Vague timing: "soon", "at some point". */
  vague: boolean;
}

export interface DateView {
  askProbability: number;
  cue: string;
  firm: boolean;
  notReplyBy: boolean;
  isPast: boolean;
  /** Days from the start of the writer's today to the date (0: today). */
  days: number;
}

/** Per kind of date, the likeliest ask it stands in: a date counts as much as its sentence asks. */
function dateFeatures(dates: readonly DateView[]): Feature[] {
  const strongest = new Map<string, number>();
  const keep = (name: string, p: number) => strongest.set(name, Math.max(strongest.get(name) ?? 0, p));
  for (const d of dates) {
    const kind = d.isPast ? "past" : d.notReplyBy ? "own" : `${d.cue}${d.firm ? ":firm" : ""}`;
    keep(`date:${kind}`, d.askProbability);
    if (!d.isPast && !d.notReplyBy) keep(`date:within:${bucket(d.days, [0, 1, 5, 20])}`, d.askProbability);
  }
  return [...strongest].map(([name, p]) => [name, p] as const);
}

export function levelFeatures(view: LevelView): Feature[] {
  const out: Feature[] = [`level:${view.level}`];
  for (const s of view.signals) {
    const name = `signal:${s.level}${s.kind ? `:${s.kind}` : ""}${s.negated ? ":negated" : ""}`;
    out.push(name, [`${name}:in-ask`, s.askProbability]);
    if (s.inSubject) out.push(`${name}:subject`);
  }
  const d = view.deadline;
  if (d) {
    out.push(`deadline:${d.cue}${d.firm ? ":firm" : ""}`, ["deadline:in-ask", d.askProbability]);
    if (d.inSubject) out.push("deadline:subject");
    if (d.isPast) out.push("deadline:past");
  }
  if (view.otherDates > 0) out.push(`dates:${bucket(view.otherDates, [1, 2])}`);
  if (view.vague) out.push("timing:vague");
  out.push(...dateFeatures(view.dates));
  return out;
}
