import { normalize } from "../language/phrases.js";
import { defineInviteRule, quote } from "../rule.js";
import { countWords, WORD_CHAR_RANGES } from "../text/letters.js";

const NOT_WORDISH = new RegExp(`[^${WORD_CHAR_RANGES}:\\s/-]+`, "g");

// Titles that name a kind of meeting but not what it is for: "Sync", "Quick catch-up", "Chat".
const FILLER = /\b(?:quick|short|brief|small|weekly|daily|monthly|biweekly|bi-weekly|our|the|a|an|team|re|fw|fwd|quick-ish|30 ?min|15 ?min|1 ?h(?:our)?|\d+ ?mins?|with|and|me|you|us|\d+)\b/g;
const GENERIC =
  /^(?:sync(?: up)?|sync-up|syncup|catch ?up|catch-up|chat|call|meeting|meet|touch ?base|touchbase|check ?in|check-in|connect|huddle|follow ?up|follow-up|discussion|discuss|talk|1:1|1-1|1on1|one on one|one-on-one|hold|placeholder|tbd|tbc|misc|various|update|session|conversation|meetup|get together|time)?$/;

/** Fewer words than this in the body say nothing about the purpose. */
const MIN_PURPOSE_WORDS = 6;

export default defineInviteRule({
  id: "no-stated-purpose",
  severity: "warning",
  summary: "A meeting's title or description says what it is for.",
  check(ctx) {
    if (!ctx.isMeeting() || ctx.hasPreRead()) return [];
    const subject = ctx.invite.subject.trim();
    const core = normalize(subject)
      .replace(/\b1\s*(?::|-|on)\s*1\b/g, "one on one")
      .replace(NOT_WORDISH, " ").replace(FILLER, " ").replace(/\s+/g, " ").trim();
    if (!GENERIC.test(core)) return [];
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
