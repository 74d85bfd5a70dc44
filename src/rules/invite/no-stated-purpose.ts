import { plain } from "../language/phrases.js";
import { defineInviteRule } from "../rule.js";
import { countWords, WORD_CHAR_RANGES } from "../text/letters.js";

const NOT_WORDISH = new RegExp(`[^${WORD_CHAR_RANGES}:\\s/-]+`, "g");

/** Fewer words than this in the body say nothing about the purpose. */
const MIN_PURPOSE_WORDS = 6;

export default defineInviteRule({
  id: "no-stated-purpose",
  severity: "warning",
  check(ctx) {
    if (!ctx.isMeeting() || ctx.hasPreRead()) return [];
    const subject = ctx.invite.subject.trim();
    const core = plain(subject)
      .replace(/\b1\s*(?::|-|on)\s*1\b/g, "one on one")
      .replace(NOT_WORDISH, " ")
      .replace(ctx.language.meetings.titleFiller, "$1")
      .replace(/\s+/g, " ")
      .trim();
    if (core !== "" && !ctx.language.meetings.genericTitle.test(core)) return [];
    const words = countWords(ctx.text());
    if (words >= MIN_PURPOSE_WORDS) return [];
    const say = ctx.say.rules["no-stated-purpose"];
    return [{ message: subject === "" ? say.noTitle() : say.genericTitle({ title: ctx.quote(subject) }) }];
  },
});
