// Finds the sentences in which the writer asks the reader for something: a question, a request,
// an approval, a decision. Polite formulas ("let me know if you have questions", "please find
// attached") and small talk ("how are you?") are not asks.
import type { Sentence } from "../text/sentences.js";
import { normalize } from "./phrases.js";
import { countWords } from "../text/letters.js";

export type AskKind = "question" | "request" | "need";

export interface Ask {
  sentence: Sentence;
  kind: AskKind;
}

// Words that may open a sentence before the real start: "Hi Ken, can you ...", "Also, please ...".
// Words that may open a sentence before the real start: "Hi Ken, can you ...", "Also, please ...".
// Stripped one at a time (see stripLeadIn): a single bounded pattern stays linear.
const LEAD_IN =
  /^(?:(?:hi|hey|hello|dear|morning|good (?:morning|afternoon|evening))\b[^,!:\n]{0,40}[,!:]|(?:hi|hey|hello|yo|hiya)(?: (?:there|all|team|guys|folks|everyone))?(?= )|(?:also|and|so|btw|by the way|one more thing|quick question|question|ok|okay|oh|then|but|finally|lastly|separately|meanwhile|in the meantime)(?=[,: -])|@[^\s,:]+)[,:\s-]*/;

const POLITE_FORMULA = new RegExp(
  [
    // "Let me know if you have any questions / if anything is unclear / if you need anything."
    "^(?:please\\s+)?(?:do\\s+)?(?:let (?:me|us) know|shout|ping me|reach out|get in touch|give me a shout)(?: here)?,? if (?:you (?:have|need|want|would like|'d like) (?:any|more|further|additional|other)? ?(?:questions?|help|anything|more (?:info|information|details)|clarification|input)|(?:anything|something|any of this|this|it) (?:is|seems|looks) (?:unclear|confusing|missing|wrong|off)|there (?:are|is) (?:any|anything)|(?:i|we) can (?:help|be of (?:any )?help|assist)|anything (?:comes up|changes)|you (?:spot|see|notice|find) (?:anything|any issues?|a problem))",
    "^(?:please )?(?:find|see) (?:attached|enclosed|below|above|the attached|the enclosed|the link|here|it attached)",
    "^attached (?:is|are|please find)",
    "^(?:please )?(?:note|be (?:aware|advised))\\b",
    "^(?:please )?(?:don't|do not) hesitate",
    "^(?:please )?feel free",
    "^if you have (?:any )?(?:questions|concerns)",
    "^any (?:questions|concerns|thoughts)(?:,| or| just| let| feel|$|\\?)",
    "^(?:i )?hope (?:you|all|this|everyone|that|your)",
    "^how (?:are|r) (?:you|u|things|y'all)",
    "^how(?:'s| is| was) (?:it going|your (?:day|week|weekend|holiday|vacation|trip)|everyone|everything|life)",
    "^(?:did you|have you) (?:have|had) a (?:good|nice|great|lovely) ",
    "^(?:thanks|thank you|many thanks|cheers)\\b",
    "^(?:what|how) (?:a|an) ",
    "^who knew",
    // Small talk that only opens a chat ("got a minute?"): greeting-only speaks to it.
    "^(?:(?:got|have you got|do you have|you got) (?:a |one )?(?:minute|min|moment|sec|second)|(?:are|r) (?:you|u) (?:there|around|free|online)|(?:a )?quick question)[?!.]*$",
    "^why not\\b",
    "^guess what",
    "^(?:sounds good|makes sense|got it|noted|great|perfect|awesome)\\b[^?]*$",
    // Closers that check understanding rather than ask for something.
    "^(?:does|did) (?:that|this|it|all that|all of that) (?:make sense|help|answer your question)",
    "^(?:hope|hopefully) (?:that|this) (?:helps|makes sense|clarifies)",
  ].join("|"),
);

// Requests phrased as questions: "can you", "could someone", "would you mind", "any chance you".
const MODAL_REQUEST =
  /^(?:please\s+)?(?:(?:can|could|would|will|wouldn't|won't|can't|couldn't)\s+(?:you|u|someone|somebody|anyone|anybody|one of you|either of you|y'all|we|i get|i ask|i have|i get you to)|would you mind|do you mind|mind (?:sending|sharing|checking|taking)|any chance|is there any (?:chance|way)|is it possible|would it be (?:possible|ok|okay|alright|feasible)|is it (?:ok|okay|alright|fine) (?:if|to)|mind if|is (?:anyone|anybody|someone|somebody) (?:able|free|around|available|up for|willing)|are you (?:able|available|free|ok|okay|happy|willing)|does (?:anyone|anybody|someone|somebody)|do (?:you|we|they) (?:know|have|need|want|think|agree|prefer)|anyone (?:know|have|got|able|free|around|seen|tried)|anybody (?:know|have|got|able|seen|tried)|who (?:can|could|will|would|wants|is able|has|knows|owns)|thoughts on|opinions on|any (?:thoughts|objections|feedback|ideas|update|news|updates|idea|word|luck|progress|objection))\b/;

const ITEM_NEEDED =
  /\b(?:approval|sign-off|signoff|review|input|feedback|decision|answer|response|reply|confirmation|go-ahead|action) (?:is )?(?:needed|required|requested|wanted)\b/;

// Questions typed without a question mark, as chat often is: "how do I reset the VPN token".
const WH_QUESTION =
  /^(?:(?:how|what|when|where|which|who|whom|whose|why)|(?:which|what|whose) [a-z-]+)(?:'s| is| are| was| were| do| does| did| can| could| should| would| will| shall| has| have)\b(?! (?:been|going on|happening|new)\b)/;

// Imperatives that ask for an action or reply ("please sign", "review the deck", "let me know what").
const REQUEST_VERB =
  "(?:review|approve|sign(?: off)?|send|share|confirm|check|verify|update|fill (?:in|out)|complete|submit|provide|reply|respond|answer|decide|choose|pick|vote|comment|add|remove|forward|look (?:at|into|over)|take a (?:look|stab|pass)|have a look|read|test|schedule|book|prepare|rsvp|accept|follow up|fix|merge|deploy|upload|install|call|ring|email|e-mail|ping|message|contact|reach out|get back|weigh in|chime in|advise|tell|give|grant|assign|approve|double-check|proofread|sanity-check|edit|draft|write|put together|set up|arrange|organi[sz]e|order|pay|process|sort out|handle|own|escalate|raise|file|log|open|close|resolve|investigate|clarify|explain|summari[sz]e|circulate|distribute|publish|print|scan|bring|join me|join us on|help|let (?:me|us) know)";

// A bare leading verb is a request only when an object follows ("Review the deck", not "Call notes
// are in the doc"): many of these verbs are nouns too.
const OBJECT_START =
  "(?:me|us|him|her|them|it|this|that|these|those|the|a|an|my|our|your|his|their|its|out|in|up|over|through|on|off|back|to|with|by|for|all|any|some|both|each|every|asap|today|tomorrow|now|when|what|whether|which|how|who|before|once|if)";
const IMPERATIVE = new RegExp(`^(?:(?:please|pls|plz|kindly)\\s+)?(?:just\\s+|quickly\\s+)?${REQUEST_VERB}\\s+${OBJECT_START}\\b`);
const PLEASE_ANYWHERE = new RegExp(`\\b(?:please|pls|plz|kindly)\\s+(?:do\\s+)?${REQUEST_VERB}\\b`);
const LET_ME_KNOW_WHAT =
  /\b(?:let (?:me|us) know|get back to me|keep me posted)\b(?!,? (?:if|in case|should) (?:you (?:have|need|want|spot|see)|anything|there (?:is|are)|i can|we can|any))/;

// Statements of need addressed to the reader: "I'd appreciate your feedback", "we need someone".
const NEED_STATEMENT = new RegExp(
  [
    "^(?:i )?would (?:really )?(?:love|like|appreciate|value) (?:your|you to|to (?:hear|get|know|see|have)|some|a (?:quick|second))",
    "^need (?:your|you|someone|somebody|a |an |the |some |help|input|feedback|approval)",
    "\\b(?:i|we) (?:was|were|am|are|'m|'re) (?:just )?(?:wondering|hoping) (?:if|whether|you|someone|anyone)",
    "\\bwonder(?:ing)? (?:if|whether) (?:you|someone|anyone|somebody|anybody)",
    "\\blooking forward to (?:your|hearing|getting)",
    "\\brequest(?:ing)? (?:access|approval|your|a review|permission|sign-off)",
    "\\b(?:i|we)(?:'d| would) (?:really |much |greatly )?(?:appreciate|value|welcome|love|like) (?:your|you to|it if|to (?:get|have|hear|know|see)|some|a (?:quick|second|review)|an? (?:answer|reply|response|update|decision))",
    "\\b(?:i|we) (?:really |urgently |still )?(?:need|require|want) (?:you|your|someone|somebody|a (?:decision|volunteer|reviewer|review|reply|response|answer|sign-off|go-ahead|yes|no)|an (?:answer|owner|approval|update)|help|input|feedback|approval|sign-off|confirmation|an? ok)",
    "\\bneed (?:someone|somebody|a volunteer|an owner|help|a hand|eyes|your)\\b",
    "\\bwould be (?:great|helpful|good|nice|ideal|appreciated) if (?:you|someone|somebody|anyone|we could)",
    "\\b(?:it'd|it would) (?:be great|help|be helpful) if\\b",
    "\\b(?:i'm|i am|we're|we are) (?:looking for|waiting (?:on|for)|hoping (?:you|for|someone|to get)|counting on you)",
    "\\blooking for (?:a volunteer|volunteers|an owner|someone|feedback|input|reviewers?|your)",
    "\\byour (?:thoughts|input|feedback|approval|review|sign-off|comments|answer|decision|help|go-ahead) (?:is|are|would be|will be) (?:welcome|appreciated|needed|required|helpful)",
    "\\b(?:you need to|you'll need to|you must|make sure (?:to|you)|remember to|don't forget to|do not forget to)\\b",
    "\\b(?:waiting (?:on|for) (?:you|your))\\b",
  ].join("|"),
);

const URL_ADDRESS = /\b(?:https?:\/\/|www\.)[^\s<>"')\]]+/g;

function stripLeadIn(text: string): string {
  let rest = text.replace(/^[\s"'(*\-•>]+/, "");
  for (let i = 0; i < 4; i++) {
    const next = rest.replace(LEAD_IN, "");
    if (next === rest) break;
    rest = next;
  }
  return rest;
}

/** Classifies one sentence; null when it asks nothing. */
export function classifyAsk(sentenceText: string): AskKind | null {
  // An address's "?" (a query string) is not a question mark.
  let full = normalize(sentenceText).replace(URL_ADDRESS, " ");
  // E-mail addresses go by token: a pattern like "[\w.]+@" rescans long words from every start.
  if (full.includes("@")) full = full.split(/\s+/).filter((token) => !token.includes("@")).join(" ");
  full = full.trim();
  const text = stripLeadIn(full);
  const words = countWords(text);
  if (words === 0) return null;
  if (POLITE_FORMULA.test(text)) return null;
  const isQuestion = full.includes("?");
  if (isQuestion && words >= 2) return "question";
  if (MODAL_REQUEST.test(text)) return words >= 3 ? "question" : null;
  if (WH_QUESTION.test(text) && words >= 4) return "question";
  if (IMPERATIVE.test(text)) return "request";
  if (PLEASE_ANYWHERE.test(text)) return "request";
  if (LET_ME_KNOW_WHAT.test(text)) return "request";
  if (NEED_STATEMENT.test(text)) return "need";
  const needed = ITEM_NEEDED.exec(text);
  // "approval needed" is an ask; "no action needed" is the opposite.
  if (needed && !/\b(?:no|not|without) $/.test(text.slice(Math.max(0, needed.index - 8), needed.index))) return "need";
  return null;
}

export function findAsks(sentences: readonly Sentence[]): Ask[] {
  const asks: Ask[] = [];
  for (const sentence of sentences) {
    const kind = classifyAsk(sentence.text);
    if (kind) asks.push({ sentence, kind });
  }
  return asks;
}
