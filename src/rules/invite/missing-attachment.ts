import { normalize } from "../language/phrases.js";
import { defineInviteRule, quote } from "../rule.js";

const MENTION =
  /\b(?:attached|enclosed|see (?:the )?attachments?|in the attachments?|i(?:'ve| have) attached|attaching|find (?:the )?attachment)\b/g;

export default defineInviteRule({
  id: "missing-attachment",
  severity: "warning",
  summary: "An invite that mentions an attachment has one.",
  check(ctx) {
    if (ctx.attachments().length > 0 || ctx.documentLinks().length > 0) return [];
    const text = ctx.text();
    for (const m of normalize(text).matchAll(MENTION)) {
      const start = m.index ?? 0;
      return [
        {
          message: `The invite says ${quote(text.slice(start, start + m[0].length))} but nothing is attached or linked. Attach the file or add its link.`,
          range: { start, end: start + m[0].length },
        },
      ];
    }
    return [];
  },
});
