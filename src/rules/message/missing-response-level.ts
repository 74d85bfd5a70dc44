import { defineMessageRule, shorten } from "../rule.js";

export default defineMessageRule({
  id: "missing-response-level",
  severity: "error",
  check(ctx) {
    const asks = ctx.asks();
    const judgement = ctx.judgement();
    let ask = asks[0];
    let confidence: "high" | "low";
    let score: number | undefined;
    if (judgement) {
      // English: the learned scorer decides, and its probability says how sure it is (model/MODEL.md).
      if (judgement.confidence === null) return [];
      confidence = judgement.confidence;
      score = judgement.flag;
      // It may read an ask where no single sentence passes the ask threshold: quote the likeliest.
      ask ??= ctx.likeliestAsk() ?? undefined;
    } else {
      if (asks.length === 0 || ctx.responseLevel() !== "none") return [];
      // Speak about the clearest ask; the send-time check acts only when one is put plainly to the reader.
      ask = asks.find((a) => a.strong) ?? asks[0];
      confidence = ask?.strong ? "high" : "low";
    }
    if (!ask) return [];
    const replyBy = ctx.suggestedReplyBy();
    // The line is added to the draft, so it is in the draft's language.
    const line = ctx.language.fixLines.replyBy.replace("{day}", ctx.formatDayInDraft(replyBy));
    const words = ctx.say.rules["missing-response-level"];
    return [
      {
        // Below "high" the scorer is unsure: the message says "may", not that the writer asked.
        message: words.message({ ask: ctx.quote(ask.sentence.text), inSubject: ask.inSubject === true, line, unsure: confidence === "low" }),
        ...(ask.inSubject ? {} : { range: { start: ask.sentence.start, end: ask.sentence.end } }),
        quote: shorten(ask.sentence.text, 90),
        fix: { description: words.fix, position: "top", text: line },
        confidence,
        ...(score === undefined ? {} : { score }),
      },
    ];
  },
});
