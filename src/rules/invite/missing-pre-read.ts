import { defineInviteRule } from "../rule.js";
import { countWords } from "../text/letters.js";

export const AGENDA_TEMPLATE = [
  "Goal: <the decision or outcome we need>",
  "Agenda:",
  "1. <topic>",
  "2. <topic>",
  "Pre-read: <link to the document>",
].join("\n");

/** Past this many words of its own, a body may hold a pre-read in words we do not read: say so softly. */
const SURE_BELOW_WORDS = 25;

export default defineInviteRule({
  id: "missing-pre-read",
  title: "No pre-read",
  severity: "error",
  summary: "A meeting invite carries a pre-read: an agenda, the decision to take, a linked document or an attachment.",
  check(ctx) {
    if (!ctx.isMeeting() || ctx.hasPreRead()) return [];
    const join = ctx.prepared().hasJoinInfo ? " (a join link is not a pre-read)" : "";
    return [
      {
        message:
          `Nobody can prepare for this meeting: it has no agenda, no decision to take, no linked document and no attachment${join}. ` +
          "Add the goal and two or three topics, or link the document to read first.",
        fix: { description: "Add an agenda template at the top", position: "top", text: AGENDA_TEMPLATE },
        confidence: countWords(ctx.text()) < SURE_BELOW_WORDS ? "high" : "low",
      },
    ];
  },
});
