// English: the phrase inventories of this folder, compiled once into the matchers the rules use.
// A new language is a folder like this one with the same exports.
import { compilePhrases, type PhraseOptions } from "../phrases.js";
import * as asks from "./asks.js";
import * as mail from "./mail.js";
import * as meetings from "./meetings.js";
import * as signals from "./signals.js";
import * as time from "./time.js";
import * as tone from "./tone.js";
import { SPELLINGS, VOCABULARY } from "./vocabulary.js";

const phrases = (list: readonly string[], options: Omit<PhraseOptions, "vocabulary"> = {}) =>
  compilePhrases(list, { ...options, vocabulary: VOCABULARY });
const starts = (list: readonly string[]) => phrases(list, { anchored: true });
const anywhere = (list: readonly string[]) => phrases(list, { global: true });

const REQUEST_VERB = `(?:${asks.REQUEST_VERBS.join("|")})`;
const OBJECT_START = `(?:${asks.OBJECT_STARTS.join("|")})`;

export const en = {
  id: "en",
  vocabulary: VOCABULARY,
  spellings: SPELLINGS,
  signals: {
    fyi: anywhere(signals.FYI),
    low: anywhere([...signals.NO_RUSH, ...signals.LEISURELY_TIMING]),
    urgency: anywhere(signals.URGENCY),
    blocked: anywhere(signals.BLOCKED),
    /** A negator and up to four words, ending just before a signal: try with endsWithPhrase. */
    negatedBefore: phrases([`(${signals.NEGATORS.join("|")})( [a-z']+){0,4}`], { anchored: true, whole: true }),
    /** A condition anywhere in the clause before a signal. */
    conditionBefore: phrases(signals.CONDITIONS),
    genericAfter: phrases([`(${signals.GENERIC_AFTER.join("|")})`], { anchored: true }),
    urgencyReasons: phrases(signals.URGENCY_REASONS),
  },
  timing: {
    vague: anywhere([...signals.LEISURELY_TIMING, ...signals.SOON]),
  },
  asks: {
    leadIn: starts(asks.LEAD_INS),
    pleasantry: starts(asks.PLEASANTRIES),
    smallTalk: phrases(asks.SMALL_TALK, { anchored: true, whole: true }),
    greeting: phrases(asks.GREETINGS, { anchored: true }),
    closer: starts(asks.CLOSERS),
    contact: starts([`({please} )?(just |do |simply )?(${asks.CONTACT.join("|")})`]),
    /** What follows "if", "in case", …: see hasCloserCondition. */
    closerConditionWord: phrases(["if", "in case", "should", "whenever", "when"], { global: true }),
    closerCondition: starts(asks.CLOSER_CONDITIONS),
    modalRequest: starts(asks.MODAL_REQUESTS),
    imperative: starts([`(({please}) )?(just |quickly |also |then )?${REQUEST_VERB} ${OBJECT_START}`]),
    please: phrases([`{please} (?!(${asks.PLEASE_NOT_ASKING.join("|")})\\b)(do )?[a-z]+`]),
    /** "By Thursday please.", "Two copies, pls": the last word asks. */
    pleaseWords: new Set(["please", "pls", "plz", "pleeease", "plsss"]),
    letMeKnow: phrases(["let (me|us) know", "lmk", "get back to (me|us)", "tell (me|us)"]),
    need: phrases(asks.NEEDS),
    writerNeed: starts(asks.WRITER_NEEDS),
    suggestion: starts(asks.SUGGESTIONS),
    obligation: starts(asks.DIRECT_OBLIGATIONS),
    thirdPerson: phrases(asks.THIRD_PERSON_REQUESTS),
    itemNeeded: phrases(asks.ITEMS_NEEDED),
    notBeforeItem: phrases(["(no|not|without|nothing)( [a-z]+)?"], { anchored: true, whole: true }),
    rhetorical: phrases(asks.RHETORICAL),
    selfAnswer: starts(asks.SELF_ANSWERS),
    interjection: phrases(asks.INTERJECTIONS, { anchored: true, whole: true }),
    conditionOpener: starts(asks.CONDITION_OPENERS),
    mainClauseStart: phrases(asks.MAIN_CLAUSE_STARTS),
    standingCondition: starts(asks.STANDING_CONDITIONS),
    hypothetical: starts(asks.HYPOTHETICAL_CONDITIONS),
    replyToWriter: starts(asks.REPLY_TO_WRITER),
    notAName: new Set(asks.NOT_NAMES),
    continuation: starts(asks.CONTINUATIONS),
    nextStep: starts(asks.NEXT_STEPS),
    secondPerson: phrases(asks.SECOND_PERSON),
    whQuestion: /^(?:(?:how|what|when|where|which|who|whom|whose|why)|(?:which|what|whose) [a-z-]+)(?:'s| is| are| was| were| do| does| did| can| could| should| would| will| shall| has| have)\b(?! (?:been|going on|happening|new)\b)/,
  },
  subject: {
    /** "RE: FW: [EXT] …": prefixes and tags before the subject proper. */
    prefixes: new RegExp(`^(?:\\s*(?:\\[[^\\]\\s]{1,20}\\]|(?:${asks.REPLY_PREFIXES.join("|")})(?:\\[\\d+\\])?\\s*:))+\\s*`, "i"),
    /** A reply's or a forward's subject: its words are the earlier writer's. */
    replyOrForward: new RegExp(`^(?:\\s*\\[[^\\]\\s]{1,20}\\])*\\s*(?:${asks.REPLY_PREFIXES.join("|")})(?:\\[\\d+\\])?\\s*:`, "i"),
    autoReply: starts(asks.AUTO_REPLY_SUBJECTS),
  },
  autoReplyOpening: starts(asks.AUTO_REPLY_OPENINGS),
  time: {
    /** A deadline word and up to two fillers, ending just before a date: try with endsWithPhrase. */
    lead: phrases([`(${time.DEADLINE_LEADS.join("|")})( (${time.LEAD_FILLERS.join("|")})){0,2}`], { anchored: true, whole: true }),
    /** The date's own words begin with a lead: "by 2 tomorrow", "within a fortnight". */
    leadInside: starts(time.DEADLINE_LEADS),
    /** "before Thursday", "before we publish on Monday": by the start of that day. */
    beforeLead: phrases(["(before|prior to|ahead of)( [a-z']+){0,4}"], { anchored: true, whole: true }),
    deadlineWord: phrases(time.DEADLINE_WORDS),
    firmLead: phrases([`(${time.FIRM_LEADS.join("|")})( (${time.LEAD_FILLERS.join("|")})){0,2}`], { anchored: true, whole: true }),
    firmCue: phrases(time.FIRM_CUES),
    firmContext: phrases(time.FIRM_CONTEXTS),
    dateCue: phrases(time.DATE_CUES),
    // A determiner or a possessive ("Mr Adeyemi's Thursday list"), not a contraction ("let's").
    determinerBefore: phrases([`(${time.DETERMINERS.join("|")}|(?!(${time.CONTRACTIONS_WITH_S.join("|")})'s)[a-z]+'s)( [a-z-]+)?`], { anchored: true, whole: true }),
    timeFollower: starts(time.TIME_FOLLOWERS),
    past: phrases(time.PAST_CUES),
    meridiem: phrases(time.MERIDIEM),
    clauseBreak: new RegExp(`(?:[,;:]\\s|\\s[-–—]\\s|\\b(?:${time.CLAUSE_CONJUNCTIONS.join("|")})\\s)`, "g"),
    notDoBy: phrases([`(${time.NOT_DO_BY.join("|")})( the| our| your| my| their| this| that)?`], { anchored: true, whole: true }),
    historic: phrases([`(${time.HISTORIC_BEFORE_LEAD.join("|")}) (before|ahead of|prior to)( (${time.LEAD_FILLERS.join("|")})){0,2}`], { anchored: true, whole: true }),
    near: starts(time.NEAR_TIMES),
    backReference: anywhere(time.BACK_REFERENCES),
    eventVerb: phrases(time.EVENT_VERBS),
    promise: starts(time.WRITER_PROMISES),
    firstPersonAsking: phrases([`(i|we)('d| would|'m| am|'re| are)?( really| still| just| also)? (${time.FIRST_PERSON_ASKING.join("|")})`]),
    partsOfDay: time.PARTS_OF_DAY.map((p) => ({ pattern: phrases([p.phrase]), at: p.at, until: p.until })),
    fixedHolidays: Object.entries(time.FIXED_HOLIDAYS).map(([name, date]) => ({ name, date })),
    movableHolidays: time.MOVABLE_HOLIDAYS,
  },
  mail: {
    /** One pattern per header form: together in one expression they would backtrack over each other. */
    replyHeaders: [
      ...mail.REPLY_HEADERS.map((h) => phrases([h], { anchored: true, whole: true })),
      ...mail.REPLY_HEADER_STARTS.map((h) => starts([h])),
    ],
    headerHint: new RegExp(mail.HEADER_HINTS.join("|"), "i"),
    oneLineHeader: mail.ONE_LINE_HEADER.map((names, i) => new RegExp(`${i === 0 ? "^" : " "}(?:${names.join("|")}):`)),
    headerField: new RegExp(`^(?:${mail.HEADER_FIELDS.join("|")})\\s*:`, "i"),
    fromField: /^(?:from|von|de)\s*:\s*\S/i,
    signOff: `(?:${mail.SIGN_OFFS.join("|")})`,
    sentFrom: starts(mail.SENT_FROM),
    disclaimerCues: mail.DISCLAIMER_CUES.map((cue) => phrases([cue])),
    footerSeparatorMin: mail.FOOTER_SEPARATOR_MIN,
  },
  meetings: {
    heading: phrases([`(${meetings.AGENDA_HEADINGS.join("|")})( [a-z'/-]+){0,4} ?[:\\-–]`], { anchored: true }),
    logisticsHeading: phrases([`(${meetings.LOGISTICS_HEADINGS.join("|")})( [a-z'/-]+){0,2} ?[:\\-–]`], { anchored: true }),
    goalHeading: starts(meetings.GOAL_HEADINGS),
    decision: phrases(meetings.DECISION_WORDS),
    titleDecision: phrases(meetings.TITLE_DECISION_WORDS),
    placeholder: phrases([`(${meetings.PLACEHOLDERS.join("|")})[.!…]{0,3}`, "[-.…]{1,10}"], { anchored: true, whole: true }),
    pleasantry: starts(meetings.INVITE_PLEASANTRIES),
    status: phrases(meetings.STATUS_WORDS),
    attachmentMention: anywhere(meetings.ATTACHMENT_MENTIONS),
    genericTitle: phrases(meetings.GENERIC_TITLES, { anchored: true, whole: true }),
    logisticsQuestion: phrases(meetings.LOGISTICS_QUESTIONS),
    cancelledSubject: starts([`(${meetings.CANCELLED_PREFIXES.join("|")}) ?:`]),
    streetWord: phrases(meetings.STREET_WORDS),
    titleFiller: anywhere(meetings.TITLE_FILLERS),
    joinDomains: meetings.JOIN_DOMAINS,
    joinPhrase: phrases(meetings.JOIN_PHRASES),
    joinEcho: starts(meetings.JOIN_ECHO_FIELDS.map((f) => `${f} ?:`)),
  },
  tone: {
    heated: anywhere(tone.HEATED),
    acronyms: new Set(tone.ACRONYMS),
  },
};

export type Language = typeof en;
