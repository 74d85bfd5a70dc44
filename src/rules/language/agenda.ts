// What makes an invite's body a pre-read: an agenda (a list of topics, topics under a heading, a
// table of them), a decision or goal to reach, or questions to settle. Vague intent ("let's talk
// about Q2") is not, and neither are lists of people, rooms, phone numbers or addresses.
import { countWords } from "../text/letters.js";
import type { Sentence } from "../text/sentences.js";
import { classifyAsk } from "./asks.js";
import { en } from "./en/index.js";
import type { Language } from "./build.js";
import { plain } from "./phrases.js";

const LIST_ITEM = /^(?:[-*•‣▪◦–·+]|\d{1,2}[.)]|[a-h][.)]|\(\d{1,2}\)|\[[ x]?\])\s*(\S.*)$/i;
// A row of a timed agenda: "10:00 Intro", "9.30–9.45 Pricing", "14:00 - 14:30 | Risks | Ana".
const TIMED_ITEM = /^\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?(?: ?[-–—] ?\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?)?[\s|:–—-]+([^\s|:–—-].*)$/i;
// Table cells come out of HTML as "a | b | c" (text/html.ts).
const TABLE_ROW = /^[^|]{1,200}(?:\s\|\s[^|]{0,200}){1,8}$/;
// Not a topic: a link, an e-mail address, a phone number, a street address.
const LINK_ONLY = /^(?:https?:\/\/|www\.|mailto:|tel:)\S+$/i;
const EMAIL_ONLY = /^[^\s@]+@[^\s@]+$/;
const PHONE_ONLY = /^\+?[\d\s().-]{7,}$/;
const STREET = /^\d{1,5} [A-Z]/i;
// A dial-in address ("192.0.2.86 (US West)") or a zone label ("(UTC-06:00) Central Time (US & Canada)").
const DIAL_OR_ZONE = /^(?:\d{1,3}(?:\.\d{1,3}){3}\b|\(?(?:UTC|GMT)\s?[+\-−]\s?\d)/i;
const notATopic = (text: string, language: Language) =>
  LINK_ONLY.test(text) ||
  EMAIL_ONLY.test(text) ||
  PHONE_ONLY.test(text) ||
  DIAL_OR_ZONE.test(text) ||
  (STREET.test(text) && language.meetings.streetWord.test(plain(text)));

const wordCount = countWords;

// A placeholder left in a template: "<topic>", "[add agenda here]", "{decision}", ours included
// ("Goal: <the decision or outcome we need>"). Not content. An address in brackets is kept.
const BRACKETED = /<[^<>\n]{1,80}>|\[[^[\]\n]{1,80}\]|\{[^{}\n]{1,80}\}/g;
const ADDRESS = /:\/\/|@|^.mailto:/i;
const withoutPlaceholders = (text: string): string => text.replace(BRACKETED, (span) => (ADDRESS.test(span) ? span : " "));

export interface AgendaFindings {
  agenda: boolean;
  decision: boolean;
  questions: string[];
  listItems: string[];
}

function isContent(text: string, minWords: number, language: Language): boolean {
  const trimmed = text.trim();
  // "(no answer)", "(TBD)": a placeholder in brackets is still one.
  const bracketed = /^[([{]/.test(trimmed) && /[)\]}]$/.test(trimmed);
  const normalized = plain(bracketed ? trimmed.slice(1, -1).trim() : trimmed);
  return (
    wordCount(trimmed) >= minWords &&
    !notATopic(trimmed, language) &&
    !language.meetings.placeholder.test(normalized) &&
    !language.meetings.pleasantry.test(normalized)
  );
}

// The fields of a booking tool's confirmation (Calendly, Bookings, HubSpot, Acuity).
const BOOKING_FORM = /^(?:invitee(?: email)?|event name|customer (?:name|email)|booked by|powered by calendly)\b/im;
// A form's field with its value: "Company: Halvorsen Dental", "How many open roles?: 2-5".
const FORM_FIELD = /^[^:?]{1,40}\??:\s*\S/;
// Topics numbered on one line: "Agenda: 1) yield drop 2) release the recipe 3) maintenance window".
const ENUMERATOR_AHEAD = /(?:^|\s)(?=[1-9][.)]\s)/;
const NUMBERED = /^([1-9])[.)]\s+(\S.*)$/;
/** The topics of "1) … 2) … 3) …" on one line, numbered from 1; none for any other line. */
function inlineList(line: string): string[] {
  const topics: string[] = [];
  for (const part of line.split(ENUMERATOR_AHEAD)) {
    const m = NUMBERED.exec(part.trim());
    if (m && Number(m[1]) === topics.length + 1) topics.push((m[2] ?? "").trim());
  }
  return topics.length >= 2 ? topics : [];
}
const isTableRow = (line: string | undefined) => line !== undefined && line.includes(" | ") && TABLE_ROW.test(line);
// A signature laid out as a table: "Samir Haddad | Director", "Parks & Recreation | City of Port Halden".
const SIGNATURE_CELL =
  /\b(?:director|manager|officer|head of|coordinator|engineer|analyst|assistant|associate|president|vp|ceo|cfo|cto|coo|founder|partner|consultant|specialist|administrator|advis[eo]r|counsel|attorney|professor|lecturer|city of|department|dept|university|council|inc|ltd|llc|gmbh|plc|tel|phone|mobile|fax|leiter(?:in)?|geschäftsführer(?:in)?|directeur|directrice|directora|gerente|responsable)\b/i;

/**
 * The topic of a list line, a timed row or a table row; null for any other line. A lone row is no
 * table: "IT Manager | City of Port Halden" is a signature line.
 */
function itemOf(line: string, previous?: string, next?: string, further?: string): string | null {
  const item = LIST_ITEM.exec(line) ?? TIMED_ITEM.exec(line);
  if (item) return (item[1] ?? "").replace(/\s\|\s/g, " ");
  if (isTableRow(line) && (isTableRow(previous) || isTableRow(next))) {
    // Two rows naming a person's title or organisation are a signature, not an agenda.
    const twoRows = !(isTableRow(previous) && isTableRow(next)) && !isTableRow(isTableRow(next) ? further : undefined);
    if (twoRows && SIGNATURE_CELL.test(line)) return null;
    const cells = line
      .split(/\s\|\s/)
      .map((c) => c.trim())
      .filter((c) => c !== "" && !/^[\d:.\s–—-]+(?:[ap]m)?$/i.test(c));
    return cells.length > 0 ? cells.join(" ") : null;
  }
  return null;
}

/** After a question, what makes it a form's field: a colon, maybe after a note in brackets ("(optional):"). */
const FIELD_AFTER = /^[ \t]*(?:\([^()\n]{1,15}\)[ \t]*)?:/;

export function findAgenda(text: string, sentences: readonly Sentence[], subject: string, language: Language = en): AgendaFindings {
  const { meetings } = language;
  const lines = withoutPlaceholders(text)
    .split("\n")
    .map((l) => l.trim());
  const listItems: string[] = [];
  // A booking tool's confirmation: its "Questions:" and "Notes:" sections are the form's, and only
  // an answer to a question about the meeting's topic is one.
  const bookingForm = BOOKING_FORM.test(text);
  let headingWithContent = false;
  let goal = false;
  let underLogistics = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const normalized = plain(line);
    if (line === "") {
      underLogistics = false;
      continue;
    }
    const item = itemOf(line, lines[i - 1], lines[i + 1], isTableRow(lines[i - 1]) ? lines[i - 2] : lines[i + 2]);
    if (meetings.logisticsHeading.test(normalized)) {
      underLogistics = true;
      continue;
    }
    if (item !== null) {
      if (!underLogistics && isContent(item, 1, language)) listItems.push(item);
      continue;
    }
    if (!underLogistics) for (const topic of inlineList(line)) if (isContent(topic, 1, language)) listItems.push(topic);
    underLogistics = false;
    // A booking tool's question: its answer, after it on the line or on the next one, may be a topic.
    const prompt = meetings.bookingPrompt.exec(normalized);
    if (prompt) {
      // "What would you like to discuss?:" with nothing after it: the answer, if any, is on the next line.
      const answer = line.slice(line.search(/[?:]\s*\S/) + 1).replace(/^[?:\s]+/, "");
      const inlineAnswer = /[?:]\s*\S/.test(line) && answer !== "";
      const next = lines[i + 1] ?? "";
      const nextNormalized = plain(next);
      // With its answer on its own line ("…?: -"), the next line is the form's next field.
      const nextIsAnswer =
        !inlineAnswer &&
        !FORM_FIELD.test(next) &&
        isContent(next, 2, language) &&
        !meetings.heading.test(nextNormalized) &&
        !meetings.bookingPrompt.test(nextNormalized) &&
        !meetings.logisticsQuestion.test(nextNormalized);
      if ((inlineAnswer && isContent(answer, 2, language)) || nextIsAnswer) headingWithContent = true;
      continue;
    }
    const heading = bookingForm ? null : meetings.heading.exec(normalized);
    if (heading) {
      const inline = line.slice(heading[0].length);
      const next = lines[i + 1] ?? "";
      const nextItem = itemOf(next, line, lines[i + 2]);
      const nextIsContent = nextItem !== null ? isContent(nextItem, 1, language) : isContent(next, 2, language) && !meetings.heading.test(plain(next));
      // "Goal:  Agenda:" (a heading whose placeholder was removed, joined to the next by unwrapping) is no goal.
      const inlineIsHeading = meetings.heading.test(plain(inline.trim()));
      if ((isContent(inline, 2, language) && !inlineIsHeading) || ((inline.trim() === "" || inlineIsHeading) && nextIsContent)) {
        headingWithContent = true;
        if (meetings.goalHeading.test(normalized)) goal = true;
      }
    }
  }
  const questions: string[] = [];
  // A title that asks the question to settle ("Should we move the gala to October?") or names what
  // will be done to what ("Review Q3 hiring plan"): the title is the pre-read.
  const title = plain(withoutPlaceholders(subject).trim());
  const titleQuestion = /\?$/.test(title) && wordCount(title) >= 4 && classifyAsk(subject, language)?.kind === "question";
  const titleTopic = meetings.titleTopic.test(title) && wordCount(title) >= 4 && !meetings.genericTitle.test(title);
  let decision = goal || titleQuestion || meetings.titleDecision.test(title);
  for (const sentence of sentences) {
    const said = withoutPlaceholders(sentence.text);
    const question = said.includes("?");
    if (decision && !question) continue;
    const s = plain(said);
    if (!decision && meetings.decision.test(s) && wordCount(s) >= 4) decision = true;
    // A form's field with its answer ("How many open roles?: 2-5") is no question to settle, and
    // nor is one left blank ("What are you researching? (optional):").
    // "Anything we should know before the call?:" with its answer left blank is a field too.
    const answered =
      /^\?[\s:]*[^\s:]/.test(said.slice(said.indexOf("?"))) || /\?\s*:\s*$/.test(said) || FIELD_AFTER.test(text.slice(sentence.end, sentence.end + 24));
    if (
      question &&
      !answered &&
      wordCount(s) >= 4 &&
      (!meetings.logisticsQuestion.test(s) || meetings.topicLead.test(s)) &&
      !meetings.bookingPrompt.test(s) &&
      classifyAsk(said, language)?.kind === "question"
    ) {
      questions.push(said);
    }
  }
  const substantialList = listItems.length >= 2 || listItems.some((i) => wordCount(i) >= 3);
  return {
    agenda: substantialList || headingWithContent || questions.length > 0 || titleTopic,
    decision,
    questions,
    listItems,
  };
}
