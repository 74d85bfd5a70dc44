// Turns a language's phrase inventories (a folder like en/) into the matchers the rules use,
// once. A list a language leaves out matches nothing. Phrases and the text they are matched
// against are both folded (lower case, accents off: "réponse" matches "reponse" too), so the
// data is written as the language is spelt.
import type { Chrono } from "chrono-node";
import { compilePhrases, fold, unaccent, type PhraseOptions, type Vocabulary } from "./phrases.js";
import type * as EnAsks from "./en/asks.js";
import type * as EnMail from "./en/mail.js";
import type * as EnMeetings from "./en/meetings.js";
import type * as EnSignals from "./en/signals.js";
import type * as EnTime from "./en/time.js";
import type * as EnTone from "./en/tone.js";

type Lists<M> = { [K in keyof M]: M[K] extends readonly string[] ? readonly string[] : M[K] extends string ? string : M[K] };

/** What a language folder provides: the same names as en/, each a list of phrases. */
export interface LanguageData {
  /** ISO 639-1 code. */
  id: string;
  /** BCP 47 locale for dates in fix lines: "en-GB", "de-DE". */
  locale: string;
  vocabulary: Vocabulary;
  spellings: Readonly<Record<string, string>>;
  asks: Partial<Lists<typeof EnAsks>>;
  signals: Partial<Lists<typeof EnSignals>>;
  time: Partial<Omit<Lists<typeof EnTime>, "MOVABLE_HOLIDAYS">> & { MOVABLE_HOLIDAYS?: Partial<Record<keyof typeof EnTime.MOVABLE_HOLIDAYS, string>> };
  mail: Partial<MailData>;
  meetings: Partial<Lists<typeof EnMeetings>>;
  tone: Partial<Lists<typeof EnTone>>;
  /** Patterns that are grammar more than phrases. */
  grammar: {
    /** A question by its opening words, without a question mark ("what is the plan for …"). */
    whQuestion: RegExp;
    /** Nouns are written with a capital (German): a lower-case word after a date is no noun. */
    nounsCapitalised?: boolean;
  };
  /** Words chrono-node's locale for this language misses (deadline/parser.ts); English has its own parsers. */
  dates?: DateWords;
  /** Lines a fix adds, with "{day}" for the reply-by day in the language's own date form. */
  /** Lines a fix adds to the draft, so in the draft's language: the reply-by line ({day} is filled in), the FYI line, the agenda template. */
  fixLines: { replyBy: string; fyi: string; agenda: string };
}

/** Date words of a language, written with their accents (text without them matches too). */
export interface DateWords {
  /** chrono-node's casual parser for the language, imported from its own path ("chrono-node/de"). */
  chrono: Chrono;
  today: readonly string[];
  tomorrow: readonly string[];
  /** Weekday names and abbreviations, Monday 1 to Sunday 7. */
  weekdays: Readonly<Record<string, number>>;
  /** End of the working day: "Feierabend", "fin de journée". */
  endOfDay: readonly string[];
  /** End of this week and of next week. */
  endOfWeek: readonly string[];
  endOfNextWeek: readonly string[];
  endOfMonth: readonly string[];
  /** Calendar week, before its number: "KW 12". */
  calendarWeek: readonly string[];
  /** "innerhalb von 3 Tagen", "sous 48 h": the lead, the number, the unit. */
  within: readonly string[];
  units: Readonly<Record<string, "hour" | "day" | "workday" | "week">>;
  numbers: Readonly<Record<string, number>>;
  /** The day after tomorrow: "übermorgen", "pasado mañana". */
  dayAfterTomorrow?: readonly string[];
  /** Noon: "d'ici midi", "antes del mediodía". */
  noon?: readonly string[];
  /** Day and month with dots and no year: "bis 12.03.". */
  dottedDayMonth?: boolean;
  /** End of the quarter and of the year: "Quartalsende", "fin d'année". */
  endOfQuarter?: readonly string[];
  endOfYear?: readonly string[];
  /** Month names, January 1 to December 12, and the words before one that mean its end: "Ende Oktober", "fin de octubre". */
  months?: Readonly<Record<string, number>>;
  endOfNamedMonth?: readonly string[];
  /** Words before a bare day of the month: "bis zum 20.", "d'ici le 15", "el día 20". */
  dayOfMonth?: readonly string[];
  /** Whether the day needs a dot after it, as German ordinals have ("zum 20."). */
  dayOfMonthDot?: boolean;
  /**
   * Clock times in words: {h} is the hour (digits or a word of `hourWords`), {m} minutes in digits;
   * `minute` when the words fix them, `hourBefore` when the hour named is the next one ("Viertel vor
   * fünf" is 4:45, "halb vier" 3:30), `pm` or `am` when they say afternoon or morning ("las 3 de la
   * tarde", "huit heures du matin"); an hour in words is otherwise read inside working hours.
   * `wordsOnly`: the hour only in words ("um elf", never "um 10 Minuten").
   */
  /** Words the date parser misreads, hidden from it (regular expression sources): Spanish "como muy tarde" is no afternoon. */
  notDates?: readonly string[];
  /** "At the same time" after a day: "morgen um die gleiche Zeit", "demain à la même heure", "mañana a esta misma hora". */
  sameTime?: readonly string[];
  /** A week from today, before or after `sameTime`: "nächste Woche um die gleiche Zeit", "à la même heure la semaine prochaine". */
  aWeekFromNow?: readonly string[];
  /** Words after a day that count days on from it: "vendredi en huit" (7), "Freitag in einer Woche" (7), "de hoy en ocho" (7). */
  daysOnFrom?: Readonly<Record<string, number>>;
  /** A word that may stand before such a day and belongs to the phrase: Spanish "de" in "de hoy en ocho". */
  daysOnFromLead?: readonly string[];
  /** Words before a weekday that mean the one after the coming one: "übernächsten Montag". */
  afterNext?: readonly string[];
  /** Parts of the day written onto a weekday, with their minutes: German "Donnerstagmittag" (12:00). */
  weekdayParts?: Readonly<Record<string, number>>;
  /** A weekday of next week: the words before it ("nächste Woche Dienstag") and after it ("jeudi de la semaine prochaine"). */
  nextWeek?: { before: readonly string[]; after: readonly string[] };
  clockWords?: readonly { words: string; minute?: number; hourBefore?: boolean; pm?: boolean; am?: boolean; wordsOnly?: boolean }[];
  hourWords?: Readonly<Record<string, number>>;
}

export type MailData = Omit<Lists<typeof EnMail>, "ONE_LINE_HEADER" | "FOOTER_SEPARATOR_MIN"> & {
  /** Outlook's From, Sent and To field names, in that order. */
  ONE_LINE_HEADER: readonly [readonly string[], readonly string[], readonly string[]];
  FOOTER_SEPARATOR_MIN: number;
};

const EMPTY: readonly string[] = [];
/** A list of phrases as one alternation; a list that is empty or left out matches nothing. */
const alt = (list: readonly string[] | undefined) => (list && list.length > 0 ? list.join("|") : "(?!)");
/** A word in plain text: folded, so German's ß is its only letter outside a-z. */
const WORD = "[a-zß']+";

/** The lists of several languages as one: quote headers, sign-offs and join blocks of any of them are recognised in all. */
export function mergeMail(all: readonly Partial<MailData>[]): MailData {
  const lists = (key: Exclude<keyof MailData, "ONE_LINE_HEADER" | "FOOTER_SEPARATOR_MIN">) => all.flatMap((m) => m[key] ?? EMPTY);
  return {
    REPLY_HEADERS: lists("REPLY_HEADERS"),
    REPLY_HEADER_STARTS: lists("REPLY_HEADER_STARTS"),
    HEADER_HINTS: lists("HEADER_HINTS"),
    HEADER_FIELDS: lists("HEADER_FIELDS"),
    SIGN_OFFS: lists("SIGN_OFFS"),
    SENT_FROM: lists("SENT_FROM"),
    DISCLAIMER_CUES: lists("DISCLAIMER_CUES"),
    ONE_LINE_HEADER: [0, 1, 2].map((i) => all.flatMap((m) => m.ONE_LINE_HEADER?.[i] ?? EMPTY)) as unknown as MailData["ONE_LINE_HEADER"],
    FOOTER_SEPARATOR_MIN: Math.max(...all.map((m) => m.FOOTER_SEPARATOR_MIN ?? 0)),
  };
}

/** The plain words a phrase always starts with (at least four letters), or "" when it starts with a choice. */
function literalStart(phrase: string): string {
  const run = /^[a-zß' ]+/.exec(phrase)?.[0] ?? "";
  // A letter made optional by what follows it ("e-?mail", "colou?r") is not always there.
  const literal = /^[?*{]/.test(phrase.slice(run.length)) ? run.slice(0, -1) : run;
  return literal.trim().length >= 4 ? literal : "";
}

/** Quote headers, sign-offs and footers. */
export function buildMail(data: Partial<MailData>, vocabulary: Vocabulary = {}) {
  const mail = mergeMail([data]);
  const phrases = (list: readonly string[], options: Omit<PhraseOptions, "vocabulary"> = {}) => compilePhrases(list, { ...options, vocabulary });
  const starts = (list: readonly string[]) => phrases(list, { anchored: true });
  return {
    /** One pattern per header form: together in one expression they would backtrack over each other. */
    replyHeaders: [...mail.REPLY_HEADERS.map((h) => phrases([h], { anchored: true, whole: true })), ...mail.REPLY_HEADER_STARTS.map((h) => starts([h]))],
    headerHint: new RegExp(alt(mail.HEADER_HINTS.map(unaccent))),
    oneLineHeader: mail.ONE_LINE_HEADER.map((names, i) => new RegExp(`${i === 0 ? "^" : " "}(?:${alt(names.map(unaccent))}) ?:`)),
    headerField: new RegExp(`^(?:${alt(mail.HEADER_FIELDS.map(unaccent))}) ?:`),
    fromField: new RegExp(`^(?:${alt(mail.ONE_LINE_HEADER[0].map(unaccent))}) ?: ?\\S`),
    signOff: `(?:${alt(mail.SIGN_OFFS.map(unaccent))})`,
    sentFrom: starts(mail.SENT_FROM),
    /**
     * Each cue with the plain words it starts with, when it starts with a word ("strictly prohibited" →
     * "strictly"): a quick includes() skips the expression for the many paragraphs without that word.
     */
    disclaimerCues: mail.DISCLAIMER_CUES.map((cue) => ({ pattern: phrases([cue]), starts: literalStart(unaccent(cue)) })),
    /** Any of the cues: most paragraphs have none, and one pass tells. */
    anyDisclaimerCue: phrases(mail.DISCLAIMER_CUES),
    footerSeparatorMin: mail.FOOTER_SEPARATOR_MIN,
  };
}

export function buildLanguage(data: LanguageData) {
  const phrases = (list: readonly string[] | undefined, options: Omit<PhraseOptions, "vocabulary"> = {}) =>
    compilePhrases(list ?? EMPTY, { ...options, vocabulary: data.vocabulary });
  const starts = (list: readonly string[] | undefined) => phrases(list, { anchored: true });
  const anywhere = (list: readonly string[] | undefined) => phrases(list, { global: true });
  const { asks, signals, time, meetings, tone } = data;
  const REQUEST_VERB = `(?:${alt(asks.REQUEST_VERBS)})`;
  const OBJECT_START = `(?:${alt(asks.OBJECT_STARTS)})`;
  return {
    id: data.id,
    locale: data.locale,
    dates: data.dates ?? null,
    nounsCapitalised: data.grammar.nounsCapitalised ?? false,
    vocabulary: data.vocabulary,
    spellings: data.spellings,
    fixLines: data.fixLines,
    signals: {
      fyi: anywhere(signals.FYI),
      low: anywhere([...(signals.NO_RUSH ?? EMPTY), ...(signals.LEISURELY_TIMING ?? EMPTY)]),
      urgency: anywhere(signals.URGENCY),
      blocked: anywhere(signals.BLOCKED),
      /** A time for the reply named by an event: "before the client call", "ahead of Friday's board". */
      beforeEvent: anywhere(signals.BEFORE_EVENT ?? EMPTY),
      /** Words that make such an event a time in the past: "the logs from before Tuesday's deploy". */
      pastEventBefore: phrases([`(${alt(signals.PAST_EVENT_LEADS ?? EMPTY)})`], { anchored: true, whole: true }),
      /** A negator and up to four words, ending just before a signal: try with endsWithPhrase. */
      negatedBefore: phrases([`(${alt(signals.NEGATORS)})( ${WORD}){0,4}`], { anchored: true, whole: true }),
      /** A condition anywhere in the clause before a signal. */
      conditionBefore: phrases(signals.CONDITIONS),
      /** The writer's own promise anywhere in the clause before an urgency word. */
      promiseBefore: phrases(signals.PROMISES),
      genericAfter: phrases([`(${alt(signals.GENERIC_AFTER)})`], { anchored: true }),
      urgencyReasons: phrases(signals.URGENCY_REASONS),
    },
    timing: {
      vague: anywhere([...(signals.LEISURELY_TIMING ?? EMPTY), ...(signals.SOON ?? EMPTY)]),
    },
    asks: {
      leadIn: starts(asks.LEAD_INS),
      pleasantry: starts(asks.PLEASANTRIES),
      smallTalk: phrases(asks.SMALL_TALK, { anchored: true, whole: true }),
      greeting: phrases(asks.GREETINGS, { anchored: true }),
      closer: starts(asks.CLOSERS),
      contact: starts([`({please} )?(just |do |simply )?(${alt(asks.CONTACT)})`]),
      /** What follows "if", "in case", …: see hasCloserCondition. */
      closerConditionWord: phrases(asks.CLOSER_CONDITION_WORDS, { global: true }),
      closerCondition: starts(asks.CLOSER_CONDITIONS),
      modalRequest: starts(asks.MODAL_REQUESTS),
      imperative: starts([`(({please}) )?(just |quickly |also |then )?${REQUEST_VERB} ${OBJECT_START}`]),
      please: phrases([`{please},? (?!(${alt(asks.PLEASE_NOT_ASKING)})\\b)(do )?[a-z]+`]),
      /** "By Thursday please.", "Two copies, pls": the last word asks. */
      pleaseWords: new Set((asks.PLEASE_WORDS ?? EMPTY).map(fold)),
      letMeKnow: phrases(asks.LET_ME_KNOW),
      need: phrases(asks.NEEDS),
      writerNeed: starts(asks.WRITER_NEEDS),
      suggestion: starts(asks.SUGGESTIONS),
      obligation: starts(asks.DIRECT_OBLIGATIONS),
      thirdPerson: phrases(asks.THIRD_PERSON_REQUESTS),
      itemNeeded: phrases(asks.ITEMS_NEEDED),
      notBeforeItem: phrases([`(${alt(asks.NEGATIVE_WORDS)})( ${WORD})?`], { anchored: true, whole: true }),
      rhetorical: phrases(asks.RHETORICAL),
      selfAnswer: starts(asks.SELF_ANSWERS),
      interjection: phrases(asks.INTERJECTIONS, { anchored: true, whole: true }),
      conditionOpener: starts(asks.CONDITION_OPENERS),
      mainClauseStart: phrases(asks.MAIN_CLAUSE_STARTS),
      standingCondition: starts(asks.STANDING_CONDITIONS),
      hypothetical: starts(asks.HYPOTHETICAL_CONDITIONS),
      replyToWriter: starts(asks.REPLY_TO_WRITER),
      notAName: new Set((asks.NOT_NAMES ?? EMPTY).map(fold)),
      continuation: starts(asks.CONTINUATIONS),
      nextStep: starts(asks.NEXT_STEPS),
      secondPerson: phrases(asks.SECOND_PERSON),
      whQuestion: data.grammar.whQuestion, //(?:(?:how|what|when|where|which|who|whom|whose|why)|(?:which|what|whose) [a-z-]+)(?:'s| is| are| was| were| do| does| did| can| could| should| would| will| shall| has| have)\b(?! (?:been|going on|happening|new)\b)/,
    },
    subject: {
      /** "RE: FW: [EXT] …": prefixes and tags before the subject proper. */
      prefixes: new RegExp(`^(?:\\s*(?:\\[[^\\]\\s]{1,20}\\]|(?:${alt(asks.REPLY_PREFIXES)})(?:\\[\\d+\\])?\\s*:))+\\s*`, "i"),
      /** A reply's or a forward's subject: its words are the earlier writer's. */
      replyOrForward: new RegExp(`^(?:\\s*\\[[^\\]\\s]{1,20}\\])*\\s*(?:${alt(asks.REPLY_PREFIXES)})(?:\\[\\d+\\])?\\s*:`, "i"),
      /** A forward's subject: "Fwd: URGENT - …" is the earlier writer's urgency. */
      forward: new RegExp(`^(?:\\s*\\[[^\\]\\s]{1,20}\\])*\\s*(?:${alt(asks.FORWARD_PREFIXES)})(?:\\[\\d+\\])?\\s*:`, "i"),
      autoReply: starts(asks.AUTO_REPLY_SUBJECTS),
    },
    autoReplyOpening: starts(asks.AUTO_REPLY_OPENINGS),
    time: {
      /** A deadline word and up to two fillers, ending just before a date: try with endsWithPhrase. */
      lead: phrases([`(${alt(time.DEADLINE_LEADS)})( (${alt(time.LEAD_FILLERS)})){0,2}`], { anchored: true, whole: true }),
      /** The date's own words begin with a lead: "by 2 tomorrow", "within a fortnight". */
      leadInside: starts(time.DEADLINE_LEADS),
      /** "before Thursday", "before we publish on Monday": by the start of that day. */
      now: phrases(time.NOW_WORDS, { anchored: true, whole: true }),
      beforeLead: phrases([`(${alt(time.BEFORE_LEADS)})( ${WORD}){0,4}`], { anchored: true, whole: true }),
      deadlineWord: phrases(time.DEADLINE_WORDS),
      firmLead: phrases([`(${alt(time.FIRM_LEADS)})( (${alt(time.LEAD_FILLERS)})){0,2}`], { anchored: true, whole: true }),
      firmCue: phrases(time.FIRM_CUES),
      firmContext: phrases(time.FIRM_CONTEXTS),
      dateCue: phrases(time.DATE_CUES),
      // A determiner or a possessive ("Mr Adeyemi's Thursday list"), not a contraction ("let's").
      determinerBefore: phrases([`(${alt(time.DETERMINERS)}|(?!(${alt(time.CONTRACTIONS_WITH_S)})'s)[a-z]+'s)( ${WORD})?`], { anchored: true, whole: true }),
      timeFollower: starts(time.TIME_FOLLOWERS),
      past: phrases(time.PAST_CUES),
      meridiem: phrases(time.MERIDIEM),
      clauseBreak: new RegExp(`(?:[,;:]\\s|\\s[-–—]\\s|\\b(?:${alt(time.CLAUSE_CONJUNCTIONS)})\\s)`, "g"),
      notDoBy: phrases([`(${alt(time.NOT_DO_BY)})( the| our| your| my| their| this| that)?`], { anchored: true, whole: true }),
      /** "from" and its kin right before a time: "the notes from this morning" names a past moment. */
      historicFrom: phrases([`(${alt(time.HISTORIC_BEFORE_LEAD)})`], { anchored: true, whole: true }),
      historic: phrases([`(${alt(time.HISTORIC_BEFORE_LEAD)}) (before|ahead of|prior to)( (${alt(time.LEAD_FILLERS)})){0,2}`], { anchored: true, whole: true }),
      near: starts(time.NEAR_TIMES),
      backReference: anywhere(time.BACK_REFERENCES),
      eventVerb: phrases(time.EVENT_VERBS),
      promise: starts(time.WRITER_PROMISES),
      firstPersonAsking: phrases([`${time.FIRST_PERSON_PREFIX} (${alt(time.FIRST_PERSON_ASKING)})`]),
      partsOfDay: (time.PARTS_OF_DAY ?? []).map((p) => ({ pattern: phrases([p.phrase]), at: p.at, until: p.until })),
      fixedHolidays: Object.entries(time.FIXED_HOLIDAYS ?? {}).map(([name, date]) => ({ name, date })),
      movableHolidays: time.MOVABLE_HOLIDAYS ?? {},
    },
    mail: buildMail(data.mail, data.vocabulary),
    meetings: {
      heading: phrases([`(${alt(meetings.AGENDA_HEADINGS)})( [a-z'/-]+){0,4} ?[:\\-–]`], { anchored: true }),
      logisticsHeading: phrases([`(${alt(meetings.LOGISTICS_HEADINGS)})( [a-z'/-]+){0,2} ?[:\\-–]`], { anchored: true }),
      goalHeading: starts(meetings.GOAL_HEADINGS),
      decision: phrases(meetings.DECISION_WORDS),
      titleDecision: phrases(meetings.TITLE_DECISION_WORDS),
      titleTopic: starts(meetings.TITLE_TOPIC_VERBS ?? EMPTY),
      placeholder: phrases([`(${alt(meetings.PLACEHOLDERS)})[.!…]{0,3}`, "[-.…]{1,10}"], { anchored: true, whole: true }),
      pleasantry: starts(meetings.INVITE_PLEASANTRIES),
      status: phrases(meetings.STATUS_WORDS),
      attachmentMention: anywhere(meetings.ATTACHMENT_MENTIONS),
      genericTitle: phrases(meetings.GENERIC_TITLES, { anchored: true, whole: true }),
      logisticsQuestion: phrases(meetings.LOGISTICS_QUESTIONS),
      // "…the one about the Elm St noise complaints, can you cover for me?": a topic named beside it.
      topicLead: phrases([`(${alt(meetings.TOPIC_LEADS ?? EMPTY)}) [a-z0-9][^ ]* [a-z0-9][^ ]* [a-z0-9][^ ]*`]),
      bookingPrompt: phrases(meetings.BOOKING_PROMPTS ?? EMPTY),
      cancelledSubject: starts([`(${alt(meetings.CANCELLED_PREFIXES)}) ?:`]),
      streetWord: phrases(meetings.STREET_WORDS),
      titleFiller: anywhere(meetings.TITLE_FILLERS),
      joinDomains: meetings.JOIN_DOMAINS ?? EMPTY,
      joinPhrase: phrases(meetings.JOIN_PHRASES),
      joinEcho: starts((meetings.JOIN_ECHO_FIELDS ?? EMPTY).map((f) => `${f} ?:`)),
    },
    tone: {
      heated: anywhere(tone.HEATED),
      acronyms: new Set(tone.ACRONYMS ?? EMPTY),
    },
  };
}

export type Language = ReturnType<typeof buildLanguage>;
