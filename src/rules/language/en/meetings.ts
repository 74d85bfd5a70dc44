// Words of meeting invites: what makes a body a pre-read, and what is join boilerplate.
// One line a phrase; see ../phrases.ts for the pattern language.

/** Headings that state a goal or decision: content under them is a decision to take. */
export const GOAL_HEADINGS = [
  "objectives?",
  "goals?",
  "aims?",
  "purpose",
  "outcomes?",
  "(desired|expected|intended) outcomes?",
  "decisions?( needed| to make| to take| required)?",
];

/** Headings under which topics follow: "Agenda:", "Items to cover:", "What we'll decide:", and the goal headings. */
export const AGENDA_HEADINGS = [
  "agenda",
  "topics?",
  "discussion( points| topics| items)?",
  "to discuss",
  "talking points",
  "items?",
  "points",
  "outline",
  "schedule",
  "run of show",
  "plan",
  ...GOAL_HEADINGS,
  "questions?( to answer| to decide| for the group)?",
  "open (questions|points|issues|items)",
  "what we('ll| will) (cover|discuss|decide|review|go through|talk about)",
  "we('ll| will) (cover|discuss|decide|review|go through|talk about)",
  "(things|stuff) to (cover|discuss|decide|review|go through|talk about)",
  "pre-?read(ing)?",
  "prep(aration)?",
  "homework",
  "before the (meeting|call|session)",
  "context",
  "background",
  "why",
  "focus",
  "scope",
];

/** Questions about the meeting itself, not topics: "Does this time work for everyone?" */
/** Words that name what a meeting is about, beside a question about the meeting itself. */
export const TOPIC_LEADS = ["about", "regarding", "re:", "on the subject of", "concerning"];

export const LOGISTICS_QUESTIONS = [
  "(does|do|would|will|is|can) (this|that|the) (time|slot|date|day|room|place|venue|length) (work|suit|be (ok|okay|fine|alright))",
  "(can|could|will) (everyone|you all|you both|you|all of you|people) (make it|attend|join|come|be there|dial in)",
  "(is|are) ({you}|everyone|people|all of you) (free|available|ok|okay|fine) (then|at that time|with (this|that|the) time)",
  "(shall|should) (we|i) (move|push|reschedule|shift)",
  "(any )?(conflicts|clashes)",
  // A booking tool's or a video service's own lines.
  "need to make (a |any )?changes?",
  "need to (reschedule|cancel|change|move)( or (reschedule|cancel|change|move))?",
  "(can't|cannot|can not|unable to) (make it|attend|come)",
  "(want|like) to test your (video|audio|connection|computer|device|setup)",
  // About the meeting itself, not its topic: who goes, and whether to meet at all.
  // "Can you cover the Q3 numbers?" names a topic; "can you cover for me?" does not.
  "(can|could|would|will) {you} (cover|sit in|stand in|fill in) for",
  "(can|could|would|will) {you} (cover|take) (this|that|it)( one| meeting| call| session)? for me",
  // Asking for time, not saying what for: "Have you got 15 mins Thursday?", "can we grab 20 mins?".
  "(can|could|shall) we (find|grab|get|have|book) ([0-9]+|a few|a couple of|five|ten|fifteen|twenty|thirty|half an hour|an hour) ?(mins?|minutes)?(?! (to|about|on|re|regarding|for|so) )",
  "(have|has|do|does) (you|anyone|everyone) (got|have) ([0-9]+|a few|five|ten|fifteen|twenty|thirty) ?(mins?|minutes)(?! (to|about|on|re|regarding|for|so) )",
  // "Shall we have a call about the budget?" names one; "hop on a huddle at 3?" does not.
  "(hop|jump) on (a|the) (quick )?(call|huddle)(?! (about|on|to|re|regarding|around|over)\\b)",
  "(shall|should|can|could) we (have|do|grab|set up|book) (a|our) (quick |short |brief )?(catch[- ]?up|chat|call|sync|huddle|coffee)(?! (about|on|to|re|regarding|around|over)\\b)",
];

/**
 * A booking tool's question to the person who booked (Calendly, HubSpot, SavvyCal, Bookings): not a
 * question of the organiser's, but its answer, beside it or on the next line, may be a topic.
 */
export const BOOKING_PROMPTS = [
  "please share anything that will help prepare for (our|the|this) (meeting|call|session)",
  "anything (you'd|you would) like",
  "what would you like to (discuss|cover|talk about)",
  "what (would you like|do you need|can we) (help|support|assistance|advice)( you)? with",
  "(is there )?anything (specific |in particular |particular )?(you'd|you would) (particularly |especially |specifically )?like to (discuss|cover|ask( us| me)?( about)?|talk about|go over)",
  "what (are|were) you looking for",
  "anything (we|i) should know( about| before)?",
  "is there anything (you'd|you would) like (us|me) to (prepare|know|cover)",
  "what is (the|this|your) (event|meeting|call|session|appointment|booking) (about|for)",
  "reason for (your |the |this )?(visit|appointment|meeting|call|booking)",
  "(purpose|topic) of (your |the |this )?(visit|appointment|meeting|call|booking)",
  "(additional|any) notes",
  "notes",
];

/** Headings whose lists are people, places or logistics, never topics. */
export const LOGISTICS_HEADINGS = [
  "attendees",
  "participants",
  "invitees",
  "guests",
  "who",
  "people",
  "required",
  "optional",
  "location",
  "where",
  "when",
  "time",
  "date",
  "dial-?in",
  "phone",
  "room",
  "address",
  "logistics",
  "parking",
  "directions",
  "contacts?",
  "organi[sz]er",
  "host",
  "speakers?",
  "panel(ists)?",
  "catering",
  "food",
];

/** Subject prefixes of cancellations, in the calendar clients' languages. */
export const CANCELLED_PREFIXES = ["cancell?ed", "annulé", "abgesagt", "cancelado", "canceled event"];

/** Words of a street address: "100 King Street West" is a place, not a topic. */
export const STREET_WORDS = [
  "street",
  "st",
  "road",
  "rd",
  "avenue",
  "ave",
  "boulevard",
  "blvd",
  "lane",
  "ln",
  "drive",
  "dr",
  "way",
  "place",
  "pl",
  "square",
  "sq",
  "floor",
  "suite",
];

/** Words that state a decision or a piece of work to do together. */
export const DECISION_WORDS = [
  "decide",
  "decision",
  "agree (on|to|which|whether|how|who|what|when|where)",
  "(a )?yes/no",
  "go/no-go",
  "whether (we|to|or not)",
  "align on",
  "choose",
  "pick (a|the|one|between)",
  "select (a|the|one)",
  "approve",
  "sign off",
  "finali[sz]e",
  "prioriti[sz]e",
  // "Go through the Q3 numbers", not "go through things" or "walk you through it": an object that names nothing.
  "go through(?! (it|them|things|stuff|everything|this|that|some things|a few things)\\b)",
  "go over(?! (it|them|things|stuff|everything|this|that|some things|a few things)\\b)",
  "walk (through|you through)(?! (it|them|things|stuff|everything|this|that)\\b)",
  "brainstorm",
  "define",
  "resolve",
  "settle",
  "plan (the|our|for|next)",
  "estimate",
  "scope (the|out)",
  "review (the|our|and|each|open|progress on)",
  "retrospective",
  "go/no-go",
  "triage",
  "vote",
  "shortlist",
  "sign-off",
  "rank",
];

/** Words in a title that name the decision: "Vendor review: decide on renewal". */
export const TITLE_DECISION_WORDS = [
  "decision",
  "decide",
  "approve",
  "approval",
  "go/no-go",
  "vote",
  "sign-off",
  "sign off",
  "choose",
  "select",
  "pick",
  "finali[sz]e",
  "prioriti[sz]e",
  "agree on",
  "shortlist",
];

/** A title that opens with what the meeting will do to a named thing: "Review Q3 hiring plan" (four words at least). */
export const TITLE_TOPIC_VERBS = ["review", "discuss", "agree", "finali[sz]e", "walk ?through", "go through", "prepare", "scope", "plan", "draft", "align on"];

/** Content that promises an agenda without giving one: "Agenda: to be shared", "1. TBD". */
export const PLACEHOLDERS = [
  "no answer",
  "not answered",
  "nothing",
  "no",
  "nope",
  "not applicable",
  "tbd",
  "tbc",
  "tba",
  "n/a",
  "none",
  "to (follow|come|be (shared|confirmed|determined|decided|sent|added|announced))",
  "(will|to) (follow|be shared)",
  "coming soon",
  "see (below|above)",
  "later",
  // An attachment mentioned: were it there, the attachment itself would be the pre-read.
  "(please )?(see|find) (the )?attach(ed|ment)( \\w+)?",
  "(the )?(deck|slides|agenda|doc|document|file|notes|papers|pre-?read|presentation|report|draft)( is| are)? attached",
  "attached",
];

/** A pleasantry under an empty heading is not its content: "Agenda:\nSee you there!" */
export const INVITE_PLEASANTRIES = ["see you", "looking forward", "thanks", "thank you", "cheers", "talk soon", "have a", "hope", "regards", "best"];

/** Status and announcement words: a meeting made only of these could be a written update. */
export const STATUS_WORDS = [
  "status( update| report| sync| meeting| check| review)?",
  "updates?",
  "stand-?ups?",
  "daily scrum",
  "round[- ]?(robin|table)",
  "report[- ]outs?",
  "announcements?",
  "progress (update|report|check)",
  "what (everyone|each of us|you|we) (is|are|did|worked)",
  "(everyone|each person|each of us) (gives|shares|provides|goes through|reports)",
  "share (your|an?) (update|status)",
  "go around the (room|table)",
  "weekly (sync|update)",
  "fyi",
];

/** Mentions of an attachment. */
export const ATTACHMENT_MENTIONS = [
  "attached",
  "enclosed",
  "see (the )?attachments?",
  "in the attachments?",
  "i('ve| have) attached",
  "attaching",
  "find (the )?attachment",
];

/** Titles that name a kind of meeting, not what it is for ("Sync", "Catch up"), once filler words are gone. */
export const GENERIC_TITLES = [
  "sync( up)?",
  "sync-up",
  "syncup",
  "catch ?up",
  "catch-up",
  "chat",
  "call",
  "meeting",
  "meet",
  "touch ?base",
  "touchbase",
  "check ?in",
  "check-in",
  "connect",
  "huddle",
  "follow ?up",
  "follow-up",
  "discussion",
  "discuss",
  "talk",
  "1:1",
  "1-1",
  "1on1",
  "one on one",
  "one-on-one",
  "hold",
  "placeholder",
  "tbd",
  "tbc",
  "misc",
  "various",
  "update",
  "session",
  "conversation",
  "meetup",
  "get together",
  "time",
];

export const TITLE_FILLERS = [
  "quick",
  "short",
  "brief",
  "small",
  "weekly",
  "daily",
  "monthly",
  "biweekly",
  "bi-weekly",
  "our",
  "the",
  "a",
  "an",
  "team",
  "re",
  "fw",
  "fwd",
  "quick-ish",
  "30 ?min",
  "15 ?min",
  "1 ?h(our)?",
  "\\d+ ?mins?",
  "with",
  "and",
  "me",
  "you",
  "us",
  "\\d+",
];

// Join boilerplate -------------------------------------------------------------------------

/** Hosts of join pages, dial-in lists and meeting options; a subdomain counts (contoso.zoom.us). */
export const JOIN_DOMAINS = [
  "discord.gg",
  "teams.microsoft.com",
  "teams.live.com",
  "aka.ms",
  "go.microsoft.com",
  "zoom.us",
  "zoomgov.com",
  "zoom.com",
  "meet.google.com",
  "tel.meet",
  "webex.com",
  "gotomeeting.com",
  "gotomeet.me",
  "goto.com",
  "logmeininc.com",
  "chime.aws",
  "bluejeans.com",
  "bjn.vc",
  "whereby.com",
  "meet.jit.si",
  "calendar.google.com",
  "support.google.com",
  "skype.com",
  "meet.lync.com",
  "dialin.teams.microsoft.com",
  "ringcentral.com",
  "gotowebinar.com",
];

/**
 * Phrases that make a line join boilerplate wherever they stand in it (with a list marker or a
 * word or two before): "Meeting ID: 311 …", "2) Enter Conference ID : 123".
 */
export const JOIN_PHRASES = [
  "microsoft teams (meeting|need help)",
  "join (on your computer|the meeting|teams meeting|zoom meeting|with google meet|by phone|by sip|by skype|by h\\.3[22]3|by video system|from (a|your) (mobile|video|pc|mac|computer)|on the web|meeting|my meeting|from the meeting link|from a video system)",
  "click (here )?to join",
  "register in advance for this (meeting|webinar)",
  "after registering,? you will receive a confirmation email",
  "meeting (id|number|password|link|options|pin|url)",
  "(phone |video )?conference id",
  "passcode",
  "password:",
  "access code",
  "participant (code|pin)",
  "host (key|pin)",
  "download teams",
  "learn more( about meet| about teams)?",
  "one tap mobile",
  "one-click mobile",
  "dial(-in| in| by your location)",
  "find (a|your) local number",
  "more phone numbers",
  "or call in",
  "call in using",
  "reset (dial-in )?pin",
  "alternate vtc",
  "video conferenc",
  "tap to join",
  "toll-free",
  "toll free",
  "(us|uk|global) toll",
  "for organi[sz]ers:",
  "invitation from google calendar",
  "you are receiving this",
  "forwarding this invitation",
  "join with a video",
  "or dial",
  "you can also dial",
  "(please )?do not (edit|delete|change)( or (edit|delete|change))? (this section|any of the following)",
  "is inviting you to a scheduled",
  "zoom meeting",
  "webex meeting",
  "when it's time, join",
  "need help\\? go to",
  "new to gotomeeting",
  "get the app now",
  "please join my meeting",
  "join my meeting",
  "you can also dial in",
  "a headset is recommended",
  "international numbers",
  "dial-in attendees",
  "room system",
  "video conferencing system",
  "enter (the )?(meeting|conference) id",
  "meeting pin",
  "dial:",
  "press (#|pound|star|\\*)",
  "participant passcode",
  "sip:",
  "h\\.323",
  "(join|open) (the )?(zoom|teams|webex|meet|chime|bluejeans|gotomeeting)",
  "meeting options",
  "chime meeting",
  "bluejeans",
  "gotomeeting",
  "united states \\(toll",
];

/** Zoom's invitation repeats the title and time in lines of its own, right after its first line. */
export const JOIN_ECHO_FIELDS = ["topic", "time", "meeting id", "passcode", "password"];
