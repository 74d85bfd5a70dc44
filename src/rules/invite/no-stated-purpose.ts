import { plain } from "../language/phrases.js";
import { defineInviteRule, quote } from "../rule.js";
import { countWords, WORD_CHAR_RANGES } from "../text/letters.js";

const NOT_WORDISH = new RegExp(`[^${WORD_CHAR_RANGES}:\\s/-]+`, "g");

/** Fewer words than this in the body say nothing about the purpose. */
const MIN_PURPOSE_WORDS = 6;

export default defineInviteRule({
  id: "no-stated-purpose",
  title: "No stated purpose",
  severity: "warning",
  summary: "A meeting's title or description says what it is for.",
  check(ctx) {
    if (!ctx.isMeeting() || ctx.hasPreRead()) return [];
    const subject = ctx.invite.subject.trim();
    const core = plain(subject)
      .replace(/\b1\s*(?::|-|on)\s*1\b/g, "one on one")
      .replace(NOT_WORDISH, " ").replace(ctx.language.meetings.titleFiller, "$1").replace(/\s+/g, " ").trim();
    if (core !== "" && !ctx.language.meetings.genericTitle.test(core)) return [];
    const words = countWords(ctx.text());
    if (words >= MIN_PURPOSE_WORDS) return [];
    const title = subject === "" ? "This invite has no title" : `${quote(subject)} says what kind of meeting this is, not what it is for`;
    return [
      {
        message: `${title}. Name the outcome in the title or the first line, e.g. "Decide the Q3 hiring plan".`,
      },
    ];
  },
});
