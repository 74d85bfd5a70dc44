// Words about time in a request: what makes a date a reply-by, and what makes it something else.
// One line a phrase; see ../phrases.ts for the pattern language.

/** Words that make a date a reply-by when they stand just before it: "by Thursday", "due the 12th". */
export const DEADLINE_LEADS = [
  "by",
  "before",
  "until",
  "till",
  "til",
  "no later than",
  "not later than",
  "ahead of",
  "prior to",
  "in time for",
  "due( on| by)?",
  "deadline( is| of)?:?",
  "latest( by)?",
  "on or before",
  "within",
  "(needed|required|wanted|expected)( by| on| before)?",
  "(reply|response|answer|feedback|input|decision|approval|sign-off|comments|rsvp|return|turnaround)( by| on| before)?",
  "(reply|respond|rsvp|get back( to (me|us))?|revert|confirm|answer)( by| on| before)?",
  // "before we publish on Monday", "until the board meets on the 12th".
  "(before|until|till|by the time|ahead of when) (we|you|they|i|it|he|she|the [a-z]+|our [a-z]+|your [a-z]+) [a-z']+( [a-z]+)?( on| at| by)?",
];

/**
 * Leads that tie a date to a hand-in even in a sentence that asks nothing ("They're due on the 9th",
 * "Responses needed by Friday"); a bare "by" or "within" there is news ("they can fill the roles within a month").
 */
export const FIRM_LEADS = [
  "due( on| by)?",
  // "You have until Thursday to upload it."
  "(you|u)('ve| have)( got)? until",
  "deadline( is| of)?:?",
  "no later than",
  "not later than",
  "on or before",
  "(needed|required|wanted|expected)( by| on| before)?",
  "(reply|response|answer|feedback|input|decision|approval|sign-off|comments|rsvp|return|turnaround|responses|replies|submissions)( by| on| before)",
];

/**
 * What in the clause before a date makes a bare "by" firm: an obligation ("we have to confirm by
 * Wednesday") or a reply awaited ("if I don't hear from you by Friday").
 */
export const FIRM_CONTEXTS = [
  "(have|has|need|needs|got) to",
  "must",
  "gotta",
  "(are|is|am) (required|supposed|expected) to",
  "(hear|heard) (back )?from {you}",
  "(receive|get|have|see) (an? |{your} |the |any )?(e-?mail|reply|response|answer|word|confirmation|rsvp|form|sign-off|approval|comments|feedback|input)s?",
];

/** Words without which a sentence that asks nothing cannot set a reply-by: only such sentences are read for dates. */
export const FIRM_CUES = [
  "have to",
  "has to",
  "need to",
  "needs to",
  "got to",
  "must",
  "hear from",
  "heard from",
  "e-?mail",
  "reply",
  "response",
  "answer",
  "confirmation",
  "rsvp",
  "due",
  "deadline",
  "no later",
  "not later",
  "on or before",
  "needed",
  "required",
  "expected",
  "wanted",
  "cut-?off",
  "latest",
  "before (that|then)",
  "by then",
];

/** Words anywhere before a date in its sentence that make it a deadline: "Deadline for comments: Wednesday". */
export const DEADLINE_WORDS = ["deadline", "due", "cut-?off", "no later than", "not later than", "at the latest"];

/** Words just before a bare date that make it something other than a do-by: "the notes from Monday". */
export const NOT_DO_BY = ["from", "since", "after", "of", "about", "regarding", "re", "last", "during", "over", "like", "than", "as of", "through"];

/** Determiners and the like that may stand between a lead and its date: "by the end of", "before our". */
export const LEAD_FILLERS = [
  "the",
  "our",
  "your",
  "my",
  "their",
  "this",
  "next",
  "that",
  "end of",
  "close of",
  "cob",
  "eod",
  "the end of",
  "the close of",
  "at the latest",
];

/** Leads that look back: "the figures from before Monday's migration" names a thing, it sets no reply-by. */
export const HISTORIC_BEFORE_LEAD = ["from", "since", "after", "of", "until recently", "last", "previous", "earlier"];

/** Near times that set a reply window wherever they stand in a request ("can you send it today?"). */
export const NEAR_TIMES = [
  "(later |by )?today",
  "tonight",
  "tomorrow",
  "this (morning|afternoon|evening|week)",
  "next week",
  "(the )?end of (the )?(day|week|month|quarter|year)",
  "eod",
  "cob",
  "eob",
  "eow",
  "eom",
  "eoq",
  "eoy",
  "(in|within) (the next )?\\S+ (business |working |work )?(days?|hours?|weeks?)",
  "first thing",
  "(by |at )?(lunch|lunchtime|noon|midday)",
];

/** Anaphora: "we close the books on the 28th, so ideally before that" points back at the date. */
export const BACK_REFERENCES = ["(before|by|ahead of|prior to|no later than) (that|then|that date|that day|this date|this day|it)"];

/**
 * Verbs that move an event or place it in time: in "can we move the 1:1 to Tuesday?" or "is the
 * deploy still planned for Thursday?" the date is when something happens, not a reply-by.
 */
export const EVENT_VERBS = [
  "move",
  "moved",
  "moving",
  "reschedule",
  "rescheduled",
  "push",
  "pushed",
  "postpone",
  "postponed",
  "shift",
  "shifted",
  "bring forward",
  "going out",
  "go out",
  "goes out",
  "happen",
  "happening",
  "take place",
  "start",
  "starts",
  "planned",
  "scheduled",
  "slated",
  "set for",
  "booked for",
  "going ahead",
  "still on",
  "on track",
  "land",
  "lands",
  "landing",
  "go live",
  "goes live",
  "launching",
  "shipping",
  "releasing",
];

/**
 * Openings by which the writer speaks of their own doing ("I'll circulate the minutes tomorrow",
 * "I'm out Friday"): a time there is a promise or a fact, not a reply-by.
 */
export const WRITER_PROMISES = [
  "(i|we)('ll| will| shall| am going to| are going to|'m going to|'re going to| plan to| intend to| aim to| should be able to| can| could| might| may)",
  "(i|we)('m|'re| am| are) (out|off|away|travelling|traveling|on (leave|vacation|holiday)|in|back|flying|sending|circulating|sharing|planning|hoping to (send|share|finish|have it)|going|meeting|presenting|working)",
  "(i|we)('ve| have| had| already| just| also)? ?(sent|shared|circulated|finished|done|completed|posted|booked|spoken|talked|met|called|moved|published|released|shipped|merged)",
  "(i|we) (was|were|did)",
  "(it|this|that|the [a-z-]+) (was|went|happened|launched|shipped|ran|closed|opened)",
  "(last|yesterday)",
];

/** Verbs in a first-person clause that still ask the reader: "I need it by Friday". */
export const FIRST_PERSON_ASKING = [
  "need",
  "needs",
  "require",
  "want",
  "would like",
  "'d like",
  "'d love",
  "would love",
  "'d appreciate",
  "would appreciate",
  "expect",
  "must have",
  "hope to (get|have|receive|hear)",
];

/** Words that may mark a sentence as holding a date (besides digits): only such sentences go through chrono. */
export const DATE_CUES = [
  "by",
  "before",
  "until",
  "till",
  "due",
  "deadline",
  "latest",
  "ahead",
  "prior",
  "within",
  "today",
  "tonight",
  "tomorrow",
  "this",
  "next",
  "eod",
  "cob",
  "eob",
  "eow",
  "eom",
  "eoq",
  "eoy",
  "end of",
  "close of",
  "first thing",
  "lunch",
  "noon",
  "midday",
  "morning",
  "afternoon",
  "arvo",
  "evening",
  "fortnight",
  "quarter",
  "year",
  "{weekday}",
  "{month}",
  "easter",
  "christmas",
  "xmas",
  "thanksgiving",
  "new year",
  "holiday",
  "labou?r day",
  "memorial day",
  "halloween",
  "valentine",
  "australia day",
  "anzac day",
  "canada day",
  "juneteenth",
  "waitangi day",
  "veterans day",
  "remembrance day",
];

/** Words that make the date after them part of a name: "the Tuesday report", "our final Q2 numbers". */
export const DETERMINERS = ["the", "this", "that", "our", "your", "my", "their", "his", "her", "last", "previous", "yesterday's", "today's", "its"];

/** Words whose "'s" is "is" or "us", not a possessive: "let's", "it's". */
export const CONTRACTIONS_WITH_S = ["let", "it", "that", "what", "there", "here", "he", "she", "who", "where", "how", "when", "why"];

/** Words after a date that keep it a time, not the first word of a name: "the 20th at noon", "Friday please". */
export const TIME_FOLLOWERS = ["at", "by", "and", "or", "if", "so", "to", "please", "pls", "eod", "cob", "latest", "morning", "afternoon", "evening", "noon"];

/** A clause about the past: "if you have recently traded with them (within the week)". */
export const PAST_CUES = [
  "recently",
  "previously",
  "ago",
  "last (week|month|time|year)",
  "(i|you|we|they|he|she|it)('ve|'d| have| has| had)( [a-z]+ly)? [a-z]+(ed|en|wn|ne|ht)",
  // Simple past: "who signed for the delivery this morning?", "did you get the file on Monday?"
  "(who|i|you|we|they|he|she|it|someone|anyone) (?!(need|feed|proceed|exceed|succeed|speed|seed|bleed|breed|shed|bed|wed)\\b)[a-z]+ed",
  "(who|i|you|we|they|he|she|it|someone|anyone) (ran|went|sent|took|gave|got|made|said|saw|met|came|left|told|wrote|spoke|paid|bought|brought|did|had|was|were)",
  "did ({you}|we|they|he|she|i|it|anyone|someone|everyone)",
];

/** Words that say am or pm: an hour with one of them is not read inside working hours. */
export const MERIDIEM = ["am", "pm", "a\\.m", "p\\.m", "noon", "midday", "midnight", "o'clock"];

/** Words that start a new clause inside a sentence. */
export const CLAUSE_CONJUNCTIONS = ["and", "but", "so", "then"];

/**
 * Parts of the day, as the minute of the day they stand for ("start" and "end" are the team's
 * working hours), and until when the part lasts: "this morning" said at 10:30 still means today,
 * by its end.
 */
export const PARTS_OF_DAY: readonly { phrase: string; at: "start" | "end" | number; until?: "end" | number }[] = [
  { phrase: "first thing", at: "start" },
  { phrase: "start of (the )?(business |working )?day", at: "start" },
  { phrase: "(in the )?morning", at: "start", until: 12 * 60 },
  { phrase: "(by |at |before )?(lunch|lunchtime|lunch time)", at: 12 * 60 },
  { phrase: "end of (the )?morning", at: 12 * 60 },
  // "arvo": Australian for the afternoon.
  { phrase: "(in the )?(afternoon|arvo)", at: 15 * 60, until: "end" },
  { phrase: "(in the )?evening", at: 20 * 60, until: 23 * 60 },
  { phrase: "tonight", at: 22 * 60 },
];

/** Holidays by name. Fixed dates as [month, day]; the movable ones are computed (see deadline/holidays.ts). */
export const FIXED_HOLIDAYS: Readonly<Record<string, readonly [number, number]>> = {
  "christmas eve": [12, 24],
  "christmas( day)?": [12, 25],
  xmas: [12, 25],
  "boxing day": [12, 26],
  "new year's eve": [12, 31],
  "new year('s day)?": [1, 1],
  "valentine's( day)?": [2, 14],
  halloween: [10, 31],
  "(independence day|the fourth of july|july 4th|4th of july)": [7, 4],
  "st\\.? patrick's( day)?": [3, 17],
  "australia day": [1, 26],
  "anzac day": [4, 25],
  "canada day": [7, 1],
  juneteenth: [6, 19],
  "waitangi day": [2, 6],
  "(veterans|remembrance|armistice) day": [11, 11],
};

export const MOVABLE_HOLIDAYS = {
  easter: "easter( sunday)?",
  goodFriday: "good friday",
  easterMonday: "easter monday",
  thanksgiving: "thanksgiving( day)?",
  memorialDay: "memorial day",
  laborDay: "labou?r day",
} as const;

/** Words for this very moment: no time to reply by. */
export const NOW_WORDS = ["now", "right now"];

/** "before Thursday", "before we publish on Monday": by the start of that day. */
export const BEFORE_LEADS = ["before", "prior to", "ahead of"];

/** The first person asking, before FIRST_PERSON_ASKING: "I'd really need it by Friday". */
export const FIRST_PERSON_PREFIX = "(i|we)('d| would|'m| am|'re| are)?( really| still| just| also)?";
