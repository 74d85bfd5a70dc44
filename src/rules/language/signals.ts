// Response-level signals: words by which a writer says what a message asks of its reader.
// fyi: nothing is expected; low: a reply is wanted, with no hurry; blocking: someone is stuck.
// input: a reply is wanted by a stated time. It mostly comes from a reply-by deadline (deadline.ts);
// here only from a team's own phrases ("reply by standup").
import type { Norms } from "../norms.js";
import { normalize, phraseListPattern } from "./phrases.js";

export type SignalLevel = "fyi" | "low" | "input" | "blocking";

export interface SignalMatch {
  level: SignalLevel;
  text: string;
  start: number;
  end: number;
}

const BUILT_IN: Record<SignalLevel, RegExp | null> = {
  input: null,
  fyi: new RegExp(
    [
      "\\bfyi\\b",
      "\\bf\\.y\\.i\\b",
      "\\bfor (?:your )?(?:information|awareness|reference|records|visibility|info)(?: only)?\\b",
      "\\bjust so (?:you|everyone|you all) (?:know|are aware)\\b",
      "\\bheads[- ]up\\b",
      "\\bpsa\\b",
      "\\bno (?:response|reply|action|answer|follow-up)s?(?: is)? (?:needed|required|necessary|expected|needed from you)\\b",
      "\\bno need to (?:reply|respond|answer|do anything|act|take action)\\b",
      "\\bnothing (?:to do|needed|required) (?:on|from) (?:your|you)\\b",
      "\\b(?:for information|informational) only\\b",
      "\\bjust (?:sharing|letting you know|a heads[- ]up|an update|keeping you posted|so you know)\\b",
      "\\bno action (?:on your part|from you)\\b",
      "\\b(?:you )?(?:can|may) (?:safely )?ignore this\\b",
    ].join("|"),
  ),
  low: new RegExp(
    [
      "\\bno (?:rush|hurry|pressure|deadline)\\b",
      "\\bnot (?:urgent|time[- ]sensitive|a priority|pressing)\\b",
      "\\blow[- ]priority\\b",
      "\\bwhenever (?:you (?:can|get|have)|works|is (?:convenient|good|fine)|suits)\\b",
      "\\bwhen(?:ever)? you (?:get|have|find) (?:a|the) (?:chance|moment|minute|sec|second|spare moment)\\b",
      "\\bwhen(?:ever)? you have (?:time|a few minutes)\\b",
      "\\bat your (?:convenience|leisure)\\b",
      "\\bin your own time\\b",
      "\\bany ?time (?:this|next) (?:week|month)\\b",
      "\\bcan wait\\b",
    ].join("|"),
  ),
  blocking: new RegExp(
    [
      "\\burgent(?:ly)?\\b",
      "\\basap\\b",
      "\\bas soon as (?:possible|you can)\\b",
      "\\bimmediately\\b",
      "\\bright (?:away|now)\\b",
      "\\bblock(?:er|ers|ing|ed|s)\\b",
      "\\b(?:i'm|i am|we're|we are|they're|they are|team is|i've been|we've been) stuck\\b",
      "\\bcan(?:'t|not) (?:proceed|continue|move forward|move on|ship|release|deploy|go live|launch|start|finish)\\b",
      "\\bemergency\\b",
      "\\bcritical (?:issue|bug|incident|outage|blocker|failure|problem|fix)\\b",
      "\\b(?:this|it) is (?:critical|time[- ]critical)\\b",
      "\\btime[- ]sensitive\\b",
      "\\b(?:top|high|highest) priority\\b",
      "\\bp[01]\\b",
      "\\bsev ?[12]\\b",
      "\\boutage\\b",
      "\\b(?:is|are|went|has gone|have gone) down(?: for| again| since| across| completely| right now|[.!,;]|$)",
      "\\bon fire\\b",
    ].join("|"),
  ),
};

function toGlobal(pattern: RegExp | null): RegExp | null {
  return pattern && new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : pattern.flags + "g");
}

/** [level, pattern, whether group 1 is a prefix character to skip (team phrases)] */
type Patterns = [SignalLevel, RegExp, boolean][];

function compile(norms: Norms): Patterns {
  const extras: Record<SignalLevel, RegExp | null> = {
    fyi: phraseListPattern(norms.signalPhrases.fyi),
    low: null,
    input: phraseListPattern(norms.signalPhrases.input),
    blocking: phraseListPattern(norms.signalPhrases.blocking),
  };
  const out: Patterns = [];
  for (const level of ["fyi", "low", "input", "blocking"] as const) {
    const builtIn = toGlobal(BUILT_IN[level]);
    const extra = toGlobal(extras[level]);
    if (builtIn) out.push([level, builtIn, false]);
    if (extra) out.push([level, extra, true]);
  }
  return out;
}

const compiled = new WeakMap<Norms, Patterns>();

/** Every signal phrase in the text, in order of appearance. */
export function findSignals(text: string, norms: Norms): SignalMatch[] {
  const normalized = normalize(text);
  let patterns = compiled.get(norms);
  if (!patterns) {
    patterns = compile(norms);
    compiled.set(norms, patterns);
  }
  const matches: SignalMatch[] = [];
  for (const [level, pattern, prefixed] of patterns) {
    for (const m of normalized.matchAll(pattern)) {
      const skip = prefixed ? (m[1]?.length ?? 0) : 0;
      const start = (m.index ?? 0) + skip;
      const end = (m.index ?? 0) + m[0].length;
      // normalize() swaps single characters and lower-cases, so offsets carry over to the text.
      matches.push({ level, text: text.slice(start, end), start, end });
    }
  }
  return matches.sort((a, b) => a.start - b.start);
}
