// Small helpers for matching phrases in normalised text.
import { WORD_CHAR_RANGES } from "../text/letters.js";

/** Lower-case, straight apostrophes and quotes: what every phrase pattern expects. */
export function normalize(text: string): string {
  return text.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"').toLowerCase();
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * A pattern that finds any of the given phrases as whole words, or null for an empty list. Group 1
 * is the character before the phrase (or nothing at the start): no lookbehind, for old runtimes.
 */
export function phraseListPattern(phrases: readonly string[]): RegExp | null {
  const parts = phrases
    .map((p) => normalize(p).trim())
    .filter((p) => p.length > 0)
    .map((p) => escapeRegExp(p).replace(/\s+/g, "\\s+"));
  if (parts.length === 0) return null;
  return new RegExp(`(^|[^${WORD_CHAR_RANGES}])(?:${parts.join("|")})(?![${WORD_CHAR_RANGES}])`);
}
