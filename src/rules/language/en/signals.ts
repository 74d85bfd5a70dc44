// Response-level signals: the words by which a writer says what a message asks of its reader.
// One line a phrase; see ../phrases.ts for the pattern language.

/** Nothing is expected of the reader. */
export const FYI = [
  "fyi",
  "f\\.y\\.i\\.?",
  "for (your )?(information|awareness|reference|records|visibility|info)( only| purposes)?",
  "(for information|informational) (only|purposes)",
  "just so ({you}|everyone) (know|are aware)",
  "heads[- ]?up",
  "psa",
  "no (response|reply|action|answer|follow-up|follow up|input)s?( is| are)? (needed|required|necessary|expected|requested)( from {you})?",
  "no action (on {your} part|from {you})",
  "no need to (reply|respond|answer|do anything|act|take action|get back)",
  "nothing (to do|needed|required) (on|from) ({your}|{you})",
  "just (sharing|letting {you} know|a heads[- ]?up|an update|keeping {you} posted|so {you} know)",
  "keeping {you} (in the loop|posted)",
  "({you} )?(can|may) (safely )?ignore this",
];

/** A reply is wanted, with no hurry. */
export const NO_RUSH = [
  "no (rush|hurry|pressure|deadline|urgency)",
  "(there's|there is) no (rush|hurry)",
  "not in (a|any) (rush|hurry)",
  "low[- ]priority",
  "can wait",
  "take {your} time",
  "in {your} own time",
  "at {your} (leisure|convenience)",
];

/**
 * Timing that leaves the date open. It is a "no rush" signal and, when a date would help, a vague
 * deadline: both rules read this one list.
 */
export const LEISURELY_TIMING = [
  "whenever ({you} (can|get|have)|works|is (convenient|good|fine)|suits|{you}'re ready)",
  "(when(ever)?|as soon as) {you} (get|have|find) (a|the|some) (chance|moment|minute|min|sec|second|spare (moment|minute)|free (moment|minute)|bit of time)",
  // A courtesy that opens the ask: "If you have a minute, will you look at this term sheet?"
  "if {you} (have|get|find) (a|some) (chance|moment|minute|min|sec|second|spare (moment|minute)|free (moment|minute))",
  "when(ever)? {you} have (time|a few (minutes|mins)|(some|a bit of|a little|more) time)",
  "when(ever)? ({you}'re|{you} are) (free|less busy)",
  "any ?time (this|next) (week|month)",
];

/** Timing words that name no date and say nothing about urgency. */
export const SOON = [
  "soon",
  "soonish",
  "shortly",
  "at some point",
  "some ?time",
  "in the near future",
  "in due course",
  "when possible",
  "at {your} earliest convenience",
  "in a bit",
  "later (this|next) (week|month)",
  "one of these days",
  "down the line",
  "eventually",
];

/** Urgency: the reader should act now. Negated ("not urgent") it means the opposite. */
export const URGENCY = [
  "urgent(ly)?",
  "asap",
  "a\\.s\\.a\\.p\\.?",
  "as soon as (possible|{you} can|{you}'re able)",
  "immediately(?! (after|before|following|afterwards|prior|preceding|adjacent|next))",
  "right (away|now)(?! (we|i|it|the|we're|i'm|it's|there|they|our|my|this|that|is|are)\\b)",
  "emergency(?! (contact|exit|number|procedures?|drill|services|kit|plan|room|brake|lighting|fund|work|response team))",
  "time[- ]critical",
  "time[- ]sensitive",
  "(top|high|highest|urgent) priority",
  "pressing",
  "critical (issue|bug|incident|outage|blocker|failure|problem|fix)",
  "(this|it) is (critical|time[- ]critical)",
  "p[01]",
  "sev ?[12]",
  "on fire",
  "without delay",
  "(need|want) (it|this|that|them|these|those) (right )?now",
];

/** Someone is stuck until the reader answers. */
export const BLOCKED = [
  "block(er|ers|ing|ed|s)",
  "(i'm|i am|we're|we are|they're|they are|team is|i've been|we've been|everyone is|everyone's) (still )?stuck",
  "can('t|not) (proceed|continue|move forward|move on|ship|release|deploy|go live|launch|start|finish|progress)",
  "held up (on|by|until)",
  "holding (up|us up|things up|everything up)",
  "(is|are|went|has gone|have gone) down (for|again|since|across|completely|right now)",
  "(is|are|went|has gone|have gone) down([.!,;]|$)",
  // An outage now, not the name of a report or one that is over: "there's an outage", "outage in EU-West".
  "(there's|there is|we have|we've got|major|ongoing|current|active|total|partial|full|an) outage( (in|on|at|of|affecting))?(?! (report|schedule|window|plan|notice|summary|review|log|last|yesterday))",
  "outage (in progress|ongoing|right now|now)",
];

/** Words that turn the signal after them into its opposite: "not urgent", "none of this is pressing". */
export const NEGATORS = [
  "not",
  "no",
  "none",
  "nothing",
  "never",
  "without",
  "hardly",
  "nor",
  "nobody",
  "isn't",
  "aren't",
  "wasn't",
  "weren't",
  "doesn't",
  "don't",
  "didn't",
  "won't",
  "shouldn't",
  "neither",
  "nowhere near",
];

/** Words that put the signal after them in a condition or a generic case, not this message's own level. */
export const CONDITIONS = [
  "if",
  "in case( of)?",
  "in the event( of)?",
  "unless",
  "whenever",
  "for any(thing)?",
  "for (urgent|emergency|time[- ]critical|time[- ]sensitive)",
];

/** The writer's own commitment before an urgency word ("we'll get back to you asap"): a promise, not what the reader is asked for. */
export const PROMISES = [
  "(i|we)('ll| will| shall| am going to| are going to|'m going to|'re going to)(?! (need|require|want|expect|have to|ask|be needing)\\b)",
  "(i'm|we're|i am|we are) (working|on it|looking into|getting)",
];

/** Nouns that make an urgency word generic ("urgent matters should go to ..."). */
export const GENERIC_AFTER = ["matters", "requests", "issues", "queries", "enquiries", "inquiries", "cases", "needs", "situations"];

/** Words that say what urgency is for: what is blocked, what depends on it, what happens otherwise. */
export const URGENCY_REASONS = [
  "because",
  "since",
  "as (the|we|our|it|they|i)",
  "so (that|we|i|the|they)",
  "due to",
  "otherwise",
  "or (else|we|the|it)",
  "waiting (on|for)",
  "depends? on",
  "until",
  "deadline",
  "due (today|tomorrow|by|on)",
  "down",
  "incident",
  "broken",
  "failing",
  "failed",
  "fails",
  "crash(es|ed|ing)?",
  "error",
  "customers?",
  "clients?",
  "release",
  "launch",
  "demo",
  "production",
  "prod",
  "audit",
  "legal",
  "compliance",
  "regulators?",
  "board",
  "expir(es|ed|ing|y)",
  "overdue",
  "penalt(y|ies)",
  "p[0-3]",
  "sev ?[0-3]",
  "the (call|meeting|review) (at|on|is)",
];

/** An event named as the time to reply by: "before the client call", "ahead of Friday's board meeting". */
export const BEFORE_EVENT = [
  "(before|ahead of|in time for) (the|our|my|your|this|next|tomorrow's|today's|(monday|tuesday|wednesday|thursday|friday)'s|next week's)( [a-z-]+){0,2} (call|meeting|review|stand-?up|demo|presentation|board( meeting)?|off-?site|interview|launch|release|deploy(ment)?|cutover|workshop|kick-?off|session|briefing|pitch|audit|webinar|all-hands|town ?hall|go-live|sync|retro)",
];
/** Before such an event, a time that has passed: "the error logs from before Tuesday's deploy". */
export const PAST_EVENT_LEADS = ["from", "since"];
