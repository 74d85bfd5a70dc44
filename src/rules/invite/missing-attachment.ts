import { phraseMatches } from "../language/phrases.js";
import { defineInviteRule, quote } from "../rule.js";

export default defineInviteRule({
  id: "missing-attachment",
  title: "Attachment missing",
  severity: "warning",
  summary: "An invite that mentions an attachment has one.",
  check(ctx) {
    if (ctx.attachments().length > 0 || ctx.documentLinks().length > 0) return [];
    const text = ctx.text();
    const [mention] = phraseMatches(ctx.language.meetings.attachmentMention, text);
    if (!mention) return [];
    return [
      {
        message: `The invite says ${quote(mention.text)} but nothing is attached or linked. Attach the file or add its link.`,
        range: { start: mention.start, end: mention.end },
      },
    ];
  },
});
