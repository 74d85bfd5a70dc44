import { normalize } from "../language/phrases.js";
import { defineMessageRule, quote } from "../rule.js";

const URGENT =
  /\b(?:urgent(?:ly)?|asap|as soon as possible|immediately|right away|right now|emergency|top priority|high priority|highest priority|time[- ]sensitive)\b|!{3,}/;

// Words that say what is at stake: what is blocked, what depends on it, or what happens otherwise.
const REASON =
  /\b(?:because|since|as (?:the|we|our|it|they|i)|so (?:that|we|i|the|they)|due to|otherwise|or (?:else|we|the|it)|block(?:ed|ing|er|s)|stuck|waiting (?:on|for)|depends? on|until|deadline|due (?:today|tomorrow|by|on)|down\b|outage|incident|broken|failing|failed|fails|crash\w*|error|customer|client|release|launch|demo|production|prod\b|audit|legal|compliance|regulator|board|expir\w+|overdue|penalt\w+|p[0-3]\b|sev ?[0-3]|the (?:call|meeting|review) (?:at|on|is))/;

export default defineMessageRule({
  id: "unexplained-urgency",
  severity: "warning",
  summary: "Urgent wording says what is blocked or at stake.",
  check(ctx) {
    const text = normalize(ctx.text());
    const match = URGENT.exec(text);
    if (!match || REASON.test(text)) return [];
    const start = match.index;
    return [
      {
        message: `${quote(ctx.text().slice(start, start + match[0].length))} with no reason makes every request look the same. Say what is blocked or what happens if it waits ("the release is blocked until ...").`,
        range: { start, end: start + match[0].length },
      },
    ];
  },
});
