// What makes an invite's body a pre-read: an agenda (a list of topics, or a heading with content),
// a decision or goal to reach, or questions to settle. Vague intent ("let's talk about Q2") is not.
import type { Sentence } from "../text/sentences.js";
import { classifyAsk } from "./asks.js";
import { normalize } from "./phrases.js";
import { countWords } from "../text/letters.js";

const LIST_ITEM = /^(?:[-*•‣▪◦–·+]|\d{1,2}[.)]|[a-h][.)]|\(\d{1,2}\)|\[[ x]?\])\s*(\S.*)$/i;
const HEADING =
  /^(?:agenda|topics?|discussion(?: points| topics)?|to discuss|talking points|items?|outline|schedule|objectives?|goals?|aims?|purpose|outcomes?|desired outcomes?|expected outcomes?|decisions?(?: needed| to make| to take)?|questions?(?: to answer| to decide)?|open (?:questions|points|issues)|what we(?:'ll| will) (?:cover|discuss|decide)|pre-?read|prep(?:aration)?|before the (?:meeting|call))\s*[:\-–]\s*(.*)/i;
const GOAL_HEADING = /^(?:objectives?|goals?|aims?|purpose|outcomes?|desired outcomes?|expected outcomes?|decisions?(?: needed| to make| to take)?)\b/i;
const DECISION =
  /\b(?:decide|decision|agree (?:on|to|which|whether|how)|align on|choose|pick (?:a|the|one|between)|select (?:a|the|one)|approve|sign off|finali[sz]e|prioriti[sz]e|go through|walk (?:through|you through)|brainstorm|define|resolve|settle|plan (?:the|our|for|next)|estimate|scope (?:the|out)|review (?:the|our|and|each|open|progress on)|retrospective|go\/no-go|triage)\b/;
const SUBJECT_DECISION = /^(?:decision|decide|approve|approval|go\/no-go|vote)\b/;
// Content that promises an agenda without giving one: "Agenda: to be shared", "1. TBD".
const PLACEHOLDER =
  /^(?:(?:tbd|tbc|tba|n\/a|none|to (?:follow|come|be (?:shared|confirmed|determined|decided|sent|added|announced))|(?:will|to) (?:follow|be shared)|coming soon|see (?:below|above)|later)[.!…]{0,3}|[-.…]{1,10})$/i;
// A pleasantry under an empty heading is not its content: "Agenda:\nSee you there!"
const PLEASANTRY = /^(?:see you|looking forward|thanks|thank you|cheers|talk soon|have a|hope|regards|best)\b/i;

const isContent = (text: string, minWords: number) =>
  wordCount(text) >= minWords && !PLACEHOLDER.test(text.trim()) && !PLEASANTRY.test(text.trim());

const wordCount = countWords;

export interface AgendaFindings {
  agenda: boolean;
  decision: boolean;
  questions: string[];
  listItems: string[];
}



export function findAgenda(text: string, sentences: readonly Sentence[], subject: string): AgendaFindings {
  const lines = text.split("\n").map((l) => l.trim());
  const listItems: string[] = [];
  let headingWithContent = false;
  let goal = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const item = LIST_ITEM.exec(line);
    if (item && isContent(item[1] ?? "", 1)) listItems.push(item[1] ?? "");
    const heading = HEADING.exec(line);
    if (heading) {
      const inline = heading[1] ?? "";
      const next = lines[i + 1] ?? "";
      const nextItem = LIST_ITEM.exec(next);
      const nextIsContent = nextItem ? isContent(nextItem[1] ?? "", 1) : isContent(next, 2) && !HEADING.test(next);
      const content = isContent(inline, 2) || (inline.trim() === "" && nextIsContent);
      if (content) {
        headingWithContent = true;
        if (GOAL_HEADING.test(line)) goal = true;
      }
    }
  }
  const questions: string[] = [];
  let decision = goal || SUBJECT_DECISION.test(normalize(subject).trim());
  for (const sentence of sentences) {
    const s = normalize(sentence.text);
    if (wordCount(s) >= 4 && DECISION.test(s)) decision = true;
    if (s.includes("?") && wordCount(s) >= 4 && classifyAsk(sentence.text) === "question") questions.push(sentence.text);
  }
  const substantialList = listItems.length >= 2 || listItems.some((i) => wordCount(i) >= 3);
  return {
    agenda: substantialList || headingWithContent || questions.length > 0,
    decision,
    questions,
    listItems,
  };
}
