// Response-level signals: words by which a writer says what a message asks of its reader.
// fyi: nothing is expected; low: a reply is wanted, with no hurry; blocking: someone is stuck or it
// is urgent. input: a reply is wanted by a stated time; it mostly comes from a reply-by deadline
// (deadline/), here from an event named as the time to reply by ("before the client call") and a
// team's own phrases ("reply by standup").
//
// A signal is read in its clause: a negated urgency ("it's really not urgent", "not a blocker") is
// no rush, and urgency in a condition ("for anything time-critical, call …", "if it's urgent") is
// not this message's level at all.
import type { Norms } from "../norms.js";
import { en } from "./en/index.js";
import type { Language } from "./build.js";
import { endsWithPhrase, normalize, phraseListPattern, phraseMatches, plain } from "./phrases.js";

export type SignalLevel = "fyi" | "low" | "input" | "blocking";

export interface SignalMatch {
  level: SignalLevel;
  /** For blocking: urgency words ("ASAP") or words that say what is stuck ("blocked"). */
  kind?: "urgency" | "blocked";
  /** A blocking word under a negation: read as no rush. */
  negated?: boolean;
  text: string;
  start: number;
  end: number;
}

const CLAUSE_END = /[.!?;:\n]|,\s|\s[-–—]\s/g;
// A word written as a name (capital then lower case), and a capitalised word right after it.
const NAME_WORD = /^[A-Z][a-z]/;
const NEXT_NAME_WORD = /^ [A-Z][a-z]/;
/** How far back a negation or a condition may stand from its signal. */
const LOOK_BACK = 60;

function clauseBefore(normalized: string, start: number): string {
  const from = Math.max(0, start - LOOK_BACK);
  const window = normalized.slice(from, start);
  let cut = 0;
  for (const m of window.matchAll(CLAUSE_END)) cut = (m.index ?? 0) + m[0].length;
  return window.slice(cut);
}

/** What a team's own phrases add, compiled once per set of norms. */
const teamPatterns = new WeakMap<Norms, [SignalLevel, RegExp][]>();

function teamPhrases(norms: Norms): [SignalLevel, RegExp][] {
  let patterns = teamPatterns.get(norms);
  if (!patterns) {
    patterns = [];
    for (const level of ["fyi", "input", "blocking"] as const) {
      const pattern = phraseListPattern(norms.signalPhrases[level]);
      if (pattern) patterns.push([level, pattern]);
    }
    teamPatterns.set(norms, patterns);
  }
  return patterns;
}

/** Every signal phrase in the text, in order of appearance. */
export function findSignals(text: string, norms: Norms, language: Language = en): SignalMatch[] {
  const normalized = normalize(text);
  const { signals } = language;
  const found: SignalMatch[] = [];
  for (const m of phraseMatches(signals.fyi, text)) found.push({ level: "fyi", ...m });
  for (const m of phraseMatches(signals.low, text)) found.push({ level: "low", ...m });
  for (const m of phraseMatches(signals.beforeEvent, text)) {
    const before = clauseBefore(normalized, m.start);
    if (before.trim() === "" || !endsWithPhrase(signals.pastEventBefore, before, 1)) found.push({ level: "input", ...m });
  }
  for (const [kind, pattern] of [
    ["urgency", signals.urgency],
    ["blocked", signals.blocked],
  ] as const) {
    for (const m of phraseMatches(pattern, text)) {
      // "the Urgent Care Centre", "Critical Care Unit": a capitalised name, not this message's urgency.
      if (NAME_WORD.test(m.text) && NEXT_NAME_WORD.test(text.slice(m.end, m.end + 40))) continue;
      const before = clauseBefore(normalized, m.start);
      if (signals.conditionBefore.test(plain(before))) continue;
      if (kind === "urgency" && signals.promiseBefore.test(plain(before))) continue;
      if (kind === "urgency" && signals.genericAfter.test(plain(normalized.slice(m.end, m.end + 40)).trimStart())) continue;
      if (endsWithPhrase(signals.negatedBefore, before, 6)) found.push({ level: "low", kind, negated: true, ...m });
      else found.push({ level: "blocking", kind, ...m });
    }
  }
  for (const [level, pattern] of teamPhrases(norms)) {
    for (const m of phraseMatches(pattern, text)) found.push({ level, ...m });
  }
  return found.sort((a, b) => a.start - b.start);
}
