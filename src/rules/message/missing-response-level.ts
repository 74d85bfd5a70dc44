import { defineMessageRule, quote } from "../rule.js";

export default defineMessageRule({
  id: "missing-response-level",
  title: "No response level",
  severity: "error",
  summary: "A message that asks for something says how urgent it is or by when.",
  check(ctx) {
    const asks = ctx.asks();
    if (asks.length === 0 || ctx.responseLevel() !== "none") return [];
    // Speak about the clearest ask; the send-time check acts only when one is put plainly to the reader.
    const ask = asks.find((a) => a.strong) ?? asks[0]!;
    const replyBy = ctx.suggestedReplyBy();
    // The line is added to the draft, so it is in the draft's language.
    const line = ctx.language.fixLines.replyBy.replace("{day}", ctx.formatDayInDraft(replyBy));
    const where = ask.inSubject ? `Your subject asks ${quote(ask.sentence.text)}` : `You ask ${quote(ask.sentence.text)}`;
    return [
      {
        message: `${where} but don't say by when or how urgent it is. Add a reply-by date ("${line}"), say what it blocks, or mark it "FYI, no response needed".`,
        ...(ask.inSubject ? {} : { range: { start: ask.sentence.start, end: ask.sentence.end } }),
        fix: { description: "Add a reply-by date at the top", position: "top", text: line },
        confidence: ask.strong ? "high" : "low",
      },
    ];
  },
});
