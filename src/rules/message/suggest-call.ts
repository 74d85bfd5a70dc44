import { normalize } from "../language/phrases.js";
import { defineMessageRule } from "../rule.js";

// Wording that signals conflict or frustration: text makes it worse, a call defuses it.
const HEATED =
  /\b(?:unacceptable|ridiculous|absurd|outrageous|furious|fed up|sick of|incompetent|useless|pathetic|disgraceful|what were you thinking|what the (?:hell|heck)|wtf|not my (?:fault|problem|job)|your fault|(?:i|we) (?:already|have already|had already) (?:told|asked|said|explained)|as i (?:said|mentioned|explained) (?:before|already|earlier|twice)|for the (?:second|third|fourth|fifth|last|umpteenth|nth) time|why (?:didn't|did not|haven't|have not|wouldn't|won't|can't|couldn't|isn't|wasn't|aren't) (?:you|anyone|this|it)|you (?:always|never) |how many times|seriously\?|i'm (?:so |really |very )?(?:frustrated|annoyed|disappointed|upset|angry)|(?:very|extremely|deeply|really) (?:disappointed|frustrated|annoyed|upset)|this is (?:a joke|a mess|insane|not ok|not okay))/g;

const SHOUTED_WORD = /\b[A-Z]{4,}\b/g;
const ACRONYM_OK = /^(?:ASAP|FYI|EOD|COB|EOW|NOTE|TODO|HTTP|HTTPS|JSON|HTML|UTC|GMT|AWS|API|SOW|NDA|VPN|SSO|CRM|ERP|QBR|OKR|OKRS|KPI|KPIS|PDF|DOCX|XLSX|PPTX|URL|SLA|SLAS|CEST|PST|PDT|EST|EDT|CET)$/;

/** Threads this long with questions still open are better settled in a call. */
const LONG_THREAD_REPLIES = 4;

export default defineMessageRule({
  id: "suggest-call",
  severity: "info",
  summary: "Conflict and long back-and-forth are settled in a call, not in text.",
  check(ctx) {
    const text = ctx.text();
    const heated = [...normalize(text).matchAll(HEATED)];
    const shouted = (text.match(SHOUTED_WORD) ?? []).filter((w) => !ACRONYM_OK.test(w));
    const exclaims = (text.match(/[!?]{3,}/g) ?? []).length;
    const heat = heated.length * 2 + (shouted.length >= 3 ? 2 : 0) + (exclaims > 0 ? 1 : 0);
    if (heat >= 2) {
      const first = heated[0];
      return [
        {
          message:
            "This reads as heated. Tension grows in text and shrinks in a call: offer a short call, and send the facts in writing afterwards.",
          ...(first ? { range: { start: first.index ?? 0, end: (first.index ?? 0) + first[0].length } } : {}),
        },
      ];
    }
    if (ctx.prepared().replyHeaders >= LONG_THREAD_REPLIES && ctx.asks().length > 0) {
      return [
        {
          message: `This thread has gone back and forth ${ctx.prepared().replyHeaders + 1} times and still has open questions. A 15-minute call may settle it; post the outcome here afterwards.`,
        },
      ];
    }
    return [];
  },
});
