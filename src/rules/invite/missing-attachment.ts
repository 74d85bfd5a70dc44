import { phraseMatches } from "../language/phrases.js";
import { defineInviteRule } from "../rule.js";

export default defineInviteRule({
  id: "missing-attachment",
  severity: "warning",
  check(ctx) {
    if (ctx.attachments().length > 0 || ctx.documentLinks().length > 0) return [];
    const text = ctx.text();
    const [mention] = phraseMatches(ctx.language.meetings.attachmentMention, text);
    if (!mention) return [];
    return [
      {
        message: ctx.say.rules["missing-attachment"].message({ words: ctx.quote(mention.text) }),
        range: { start: mention.start, end: mention.end },
      },
    ];
  },
});
