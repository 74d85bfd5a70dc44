// What counts as asking the reader for something, and what only looks like it. One line a phrase;
// see ../phrases.ts for the pattern language. Sentences are lower-cased, chat spellings spelled out
// (vocabulary.ts) and their openers ("Hi Ken,", "Also,") removed before these are tried.

/** Openers removed from the start of a sentence, one at a time: "Hi Ken, also, can you …". */
export const LEAD_INS = [
  "(hi|hey|hello|dear|morning|good (morning|afternoon|evening)|hiya|greetings)[^,!:\\n]{0,40}[,!:]",
  "(hi|hey|hello|yo|hiya)( (there|all|team|guys|folks|everyone|both|again))?(?= )",
  "(also|and|so|btw|by the way|one more thing|another thing|quick question|question|ok|okay|oh|then|but|finally|lastly|separately|meanwhile|in the meantime|anyway|anyways|plus|however|additionally|secondly|firstly|first|second|next|now|well|sorry|apologies|actually|alright|right|cool|great|ah|um|hmm|and also|otherwise|in addition|on another note|related|relatedly)(?=[,: -])",
  "@[^\\s,:]+",
  "(per|as per|following|further to|as discussed|as requested|as promised|as agreed|as mentioned)[^,\\n]{0,60},",
  // "Thanks Mark - which quote …", "Thanks, can you also …": thanks that open a sentence with more in it.
  "(thanks|thank you|many thanks|cheers|great|perfect|brilliant|nice)( [a-z]+)? ?(-|–|—|,|!|:)",
];

/** Sign-off phrases and pleasantries that open nothing: "thanks!", "hope you're well". */
export const PLEASANTRIES = [
  "(i )?hope (you|all|this|everyone|that|your|it|things)",
  "how (are|r) ({you}|things|y'all|we)",
  "how('s| is| was| has| have) (it going|{your} (day|week|weekend|holiday|vacation|trip|flight|family|summer|christmas)|everyone|everything|life|things|the (family|kids|weekend|trip|holiday|new job|new role))",
  "how (have|has) ({you}|things|everyone|life) been",
  "what's (new|up|been going on|going on)( with {you}| in {your} (world|life))?",
  "what (is|has been) (new|going on)",
  "(did|have) {you} (have|had) a (good|nice|great|lovely|relaxing)",
  "(thanks|thank you|many thanks|cheers|ta|much appreciated|appreciate it)",
  "(what|how) (a|an)",
  "who knew",
  "guess what",
  "(sounds good|makes sense|got it|noted|great|perfect|awesome|nice|lovely|brilliant|congrats|congratulations|well done|welcome|good luck|enjoy|have fun|happy (friday|holidays|birthday|new year))",
  "(have|enjoy) a (good|great|nice|lovely|relaxing|wonderful)",
  "(talk|speak|see) (to )?(you )?(soon|then|later|tomorrow|there)",
  "looking forward to (seeing|meeting|catching up|working|hearing from {you})",
];

/** Small talk that opens a chat without saying anything ("got a minute?"); greeting-only speaks to it. */
export const SMALL_TALK = [
  "((have|got|have you got|do {you} have|{you} got) (a |one |5 |five |2 |two )?(minute|min|mins|moment|sec|second|few minutes|quick (question|sec|minute|call|chat)))",
  "(a )?quick (question|one|q)",
  "(are|r) {you} (there|around|free|available|busy|online|in)( today| now)?",
  "{you} (there|around|free|available|busy|online)",
  "(can|may|could) i (ask ({you} )?(something|a (quick )?question)|bother {you}|borrow {you}|steal {you})( for a (sec|second|minute|moment))?",
  "ping",
  "how are {you}( doing)?",
  "how's it going",
  "how are things",
  "hope ({you}'re|{you} are) (well|good|doing well)",
];

/** Greetings that may stand alone in a chat: "hi", "good morning all". */
export const GREETINGS = ["hi+", "hey+", "hello+", "hiya", "heya", "howdy", "yo", "greetings", "morning", "good (morning|afternoon|evening|day)"];

/** Offers and closers that invite a reply only if something is wrong: not an ask. */
export const CLOSERS = [
  "({please} )?(find|see) (attached|enclosed|below|above|the attached|the enclosed|the link|here|it attached|attachment)",
  "attached (is|are|please find|{you}'ll find|{you} will find|herewith)",
  "({please} )?(note|be (aware|advised|informed))\\b",
  "any (questions|concerns|problems|issues|queries)(,| or| just| let| feel| -|\\?|$)",
  "({please} )?(do )?(not|n't) hesitate",
  "({please} )?feel free",
  "if {you} have (any )?(questions|queries|concerns)",
  "(i'm|i am|we're|we are|i'd be|we'd be|i'll be|we'll be) (happy|glad|available|around|here|more than happy) to (help|answer|discuss|chat|talk|walk|go through|assist|jump on)",
  "happy to (help|answer|discuss|chat|talk|walk|go over|assist)",
  "(hope|hopefully) (that|this|it) (helps|makes sense|clarifies)",
  "(does|did) (that|this|it|all that|all of that) (make sense|help|answer {your} question)",
  "(let me know|lmk) (how (it|that|this) goes|how {you} get on)",
  "why not\\b",
];

/** Verbs of getting in touch: "let me know / call me / shout if …" is a closer when the condition is one below. */
export const CONTACT = [
  "(let|tell) (me|us) know",
  "lmk",
  "shout",
  "holler",
  "yell",
  "ping (me|us)",
  "reach out",
  "get in touch",
  "get back to (me|us)",
  "give (me|us) a (shout|call|ring|buzz|bell|heads[- ]up)",
  "(call|phone|ring|email|e-mail|mail|text|message|contact|ask) (me|us)( directly)?",
  "call",
  "drop (me|us) a (line|note)",
  "come (to|and) (me|us)",
];

/** Conditions under which only a problem or a wish of the reader's calls for a reply. */
export const CLOSER_CONDITIONS = [
  "{you} (have|had|get|got) (any |some )?(further |more |other |additional |follow-up |follow up )?(questions?|queries|query|problems?|trouble|issues?|difficult(y|ies)|concerns?|comments?|thoughts|feedback|suggestions?|edits|changes|corrections|objections?|ideas|doubts|input)",
  "{you} (need|want|would like|'d like|require|wish|prefer|are interested|might need|may need)",
  "{you}'d (like|prefer|want|rather)",
  "{you}'re (interested|keen|after)",
  "{you} (run|ran) into",
  "{you} (hit|experience|encounter|see|spot|notice|find|come across|get stuck|are having|have trouble|can't|cannot|are unable|think of|think i've missed)",
  "(anything|something|any of (this|that|it)|this|that|it|the (link|file|attachment|document|doc|form|invite)|things|questions?) (is|are|seems|looks|isn't|aren't|doesn't|does not|don't|goes|gives|comes|changes|breaks|fails|needs|arise|come up|remain)",
  "there (is|are|'s) (any|anything|a problem|an issue)",
  "(\\S+ ){0,4}(can|could|may) (help|assist|be of)",
  "(i|we) can do anything",
  "anything (else )?(comes? up|changes)",
  "(you're|you are|{you}'re) (interested|curious|keen|free)",
];

/** Requests phrased as questions: "can you", "would you mind", "any chance". */
export const MODAL_REQUESTS = [
  "(can|could|would|will|wouldn't|won't|can't|couldn't) ({you}|{someone}|we|i get|i ask|i have|i get {you} to)",
  "would {you} (mind|be able|be willing)",
  "(do|would) {you} mind",
  "mind (sending|sharing|checking|taking|having)",
  "any chance",
  "is there any (chance|way)",
  "is it possible",
  "would it be (possible|ok|okay|alright|feasible)",
  "is it (ok|okay|alright|fine) (if|to)",
  "mind if",
  "(is|are) ({someone}) (able|free|around|available|up for|willing)",
  "(are|r) {you} (able|available|free|ok|okay|happy|willing|around)",
  "does {someone}",
  "do (you|we|they) (know|have|need|want|think|agree|prefer|see|remember)",
  "{someone} (know|knows|have|has|got|able|free|around|seen|tried)",
  "who (can|could|will|would|wants|is able|has|knows|owns)",
  "(thoughts|opinions|views|feedback|comments) on",
  "any (thoughts|objections|feedback|ideas|update|news|updates|idea|word|luck|progress|objection|comments|input|views|news)",
];

/** A verb the writer asks the reader to act on. A bare one counts when an object follows ("Review the deck"). */
export const REQUEST_VERBS = [
  "review",
  "approve",
  "sign( off)?",
  "send",
  "share",
  "confirm",
  "check",
  "verify",
  "update",
  "fill (in|out)",
  "complete",
  "submit",
  "provide",
  "reply",
  "respond",
  "answer",
  "decide",
  "choose",
  "pick",
  "vote",
  "comment",
  "add",
  "remove",
  "forward",
  "look (at|into|over)",
  "take a (look|stab|pass)",
  "have a look",
  "read",
  "test",
  "schedule",
  "book",
  "prepare",
  "rsvp",
  "accept",
  "follow up",
  "fix",
  "merge",
  "deploy",
  "upload",
  "install",
  "call",
  "ring",
  "phone",
  "email",
  "e-mail",
  "ping",
  "message",
  "text",
  "contact",
  "reach out",
  "get back",
  "weigh in",
  "chime in",
  "advise",
  "tell",
  "give",
  "grant",
  "assign",
  "double-check",
  "proofread",
  "sanity-check",
  "edit",
  "draft",
  "write",
  "put together",
  "set up",
  "arrange",
  "organi[sz]e",
  "order",
  "pay",
  "process",
  "sort out",
  "handle",
  "own",
  "escalate",
  "raise",
  "file",
  "log",
  "open",
  "close",
  "resolve",
  "investigate",
  "clarify",
  "explain",
  "summari[sz]e",
  "circulate",
  "distribute",
  "publish",
  "print",
  "scan",
  "fax",
  "bring",
  "join (me|us)",
  "help",
  "let (me|us) know",
  "make sure",
  "ensure",
  "get",
  "grab",
  "pull",
  "run",
  "try",
  "note down",
  "cover",
  "sign up",
  "register",
  "nominate",
  "return",
  "renew",
  "cancel",
  "reschedule",
  "move",
  "reserve",
  "collect",
  "pick up",
  "drop off",
  "ship",
  "post",
  "loop in",
  "cc",
  "introduce",
  "connect",
  "hold",
  "keep",
  "remind",
  "chase",
  "nudge",
];

/** Words that begin the object of a bare imperative: "Review the deck", not "Call notes are in the doc". */
export const OBJECT_STARTS = [
  "me",
  "us",
  "him",
  "her",
  "them",
  "it",
  "this",
  "that",
  "these",
  "those",
  "the",
  "a",
  "an",
  "my",
  "our",
  "your",
  "his",
  "their",
  "its",
  "out",
  "in",
  "up",
  "over",
  "through",
  "on",
  "off",
  "back",
  "to",
  "with",
  "by",
  "for",
  "all",
  "any",
  "some",
  "both",
  "each",
  "every",
  "asap",
  "today",
  "tomorrow",
  "now",
  "when",
  "what",
  "whether",
  "which",
  "how",
  "who",
  "before",
  "once",
  "if",
  "whatever",
  "everything",
  "anything",
  "someone",
  "somebody",
  "one",
  "two",
  "three",
  "\\d",
];

/** After "please", these do not ask for anything: "please note", "please find attached". */
export const PLEASE_NOT_ASKING = [
  "note",
  "find",
  "see",
  "feel free",
  "(do not|don't|dont) hesitate",
  "accept",
  "excuse",
  "forgive",
  "be (advised|aware|informed)",
  "enjoy",
  "ignore",
  "disregard",
  "bear with",
  "stay (safe|tuned)",
  "consider the environment",
  "think before",
  "take care",
  "keep (this|it) (confidential|in mind)",
  "be reminded",
];

/** Statements that ask the reader all the same: "I'd appreciate your feedback", "Would love your eyes on this". */
export const NEEDS = [
  "need ({your}|{you}|{someone}|a|an|the|some|help|input|feedback|approval|sign-off|a hand|eyes|it|this|that|these|those|them)",
  "wonder(ing)? (if|whether) ({you}|{someone})",
  "looking forward to {your} (reply|response|answer|feedback|thoughts|input|decision|comments|approval|sign-off|confirmation)",
  "request(ing)? (access|approval|{your}|a review|permission|sign-off|a meeting|a call)",
  "need (someone|somebody|a volunteer|an owner|help|a hand|eyes|{your})",
  "would be (great|helpful|good|nice|ideal|appreciated|wonderful|super helpful) if ({you}|{someone}|we could)",
  "looking for (a volunteer|volunteers|an owner|someone|somebody|feedback|input|reviewers?|{your})",
  "{your} (thoughts|input|feedback|approval|review|sign-off|comments|answer|decision|help|go-ahead|signature|ok) (is|are|would be|will be) (welcome|appreciated|needed|required|helpful|valuable)",
  "(love|need|want|like) (some|{your}|a (second|fresh) (pair of )?)eyes on",
  "could (really )?use ({your}|some|a|an) (help|eyes|input|hand|review|feedback|second opinion|opinion|steer)",
  "(for|awaiting) {your} (review|approval|sign-off|signature|comments|feedback|input|consideration|decision|go-ahead|action|confirmation)",
  "waiting (on|for) ({you}|{your})",
  "(an? |{your} |some )?(answer|reply|response|decision|update|review|feedback|input|confirmation|approval|sign-off|quote|estimate)( by (today|tomorrow|eod|{weekday}|the \\d{1,2}(st|nd|rd|th)|\\d{1,2}( {month})?|{month} \\d{1,2})| (on|about|regarding|for) (the |your |this |that )?[a-z-]+)? would (help|be (great|helpful|appreciated|ideal|good|perfect|super helpful))",
];

/**
 * The writer's own needs, which ask the reader too: "I still need admin rights", "we're missing
 * your timesheet". They open a clause, and are matched only there.
 */
export const WRITER_NEEDS = [
  "(i )?would (really )?(love|like|appreciate|value) ({your}|{you} to|to (hear|get|know|see|have)|some|a (quick|second)|it if|{your} eyes)",
  "(i|we) (was|were|am|are|'m|'re) (just )?(wondering|hoping) (if|whether|{you}|{someone}|you'd|you could)",
  "((i was|i'm|i am|we were|we're|just) )?wondering,?( though,?| again,?)? (if|whether|why|what|how|when|where|who|which)",
  "(i|we) (wanted|want|was hoping|were hoping|'d like|would like) to (see|check|ask|know|find out) (if|whether) (i|we|{you}) (could|can|might|may|should)",
  "(i|we)('d| would) (really |much |greatly )?(appreciate|value|welcome|love|like) ({your}|{you} to|it if|to (get|have|hear|know|see|receive)|some|a (quick|second|review|look)|an? (answer|reply|response|update|decision))",
  "(i|we)( really| urgently| still| also| just)? want ({you}|{your}|{someone}|the|a|an|some|access|admin|help|input|feedback|approval|sign-off|confirmation|permission|rights|a decision|an answer|an owner|an ok|your ok|a yes|a no|a volunteer)",
  "(i|we)( really| urgently| still| also| just)? (need|require) (?!to |(a |some )?(break|rest|holiday|vacation|coffee|sleep|drink|lunch|moment|minute|second|day off)\\b)[a-z]+",
  "(i'm|we're|i am|we are)( still)? missing ({your}|the|a|an|some)",
  "(i|we)('d| would) (really )?(like|love|need) (the|{your}|a|an|some|it|this|that|these|those|them) [a-z' -]{1,60} (back|returned|signed|completed|filled in|by|before|today|tomorrow)",
  "(it'd|it would) (be great|help|be helpful|be good) if",
  "(i'm|i am|we're|we are) (looking for (a volunteer|volunteers|an owner|someone|somebody|feedback|input|reviewers?|{your}|help|advice|a (copy|link))|waiting (on|for) ({you}|{your})|hoping ({you}|for|{someone}|to get|to hear)|counting on {you})",
];

/** Needs that open a clause: "You need to renew the certificate", "Make sure you book the room". */
export const DIRECT_OBLIGATIONS = [
  "{you} (need|needs|will need|'ll need|have|must|should) to",
  "{you} must",
  "make sure (to|{you})",
  "remember to",
  "(don't|do not|dont) forget to",
];

/** Requests made of the readers in the third person: "Finance requests that all managers submit …". */
export const THIRD_PERSON_REQUESTS = [
  "(requests?|requested|asks?|asked|requires?|required|reminds?|reminded|expects?|expected) (that )?(all|each|every|{you}|the|our|managers|staff|employees|everyone|team members)\\b",
  "(are|is) (kindly )?(required|requested|asked|expected|reminded|obliged) to",
  "(all|each|every) ([a-z-]+ ){0,2}(must|should|need to|needs to|are to|is to|have to|has to)(?! (be|have been|know|feel)\\b)",
  "(everyone|everybody|all of you|each of you|all staff|all employees|all managers|managers|team leads|employees|staff|attendees|participants|reviewers|approvers) (must|should|need to|needs to|are asked to|have to|has to)(?! (be|have been|know|feel)\\b)",
];

/** "Approval needed", "Decision required by …", "Feedback due Friday". */
export const ITEMS_NEEDED = [
  "(feedback|comments|input|responses?|replies|answers|approvals?|submissions?|forms?|timesheets?|expenses|expense reports?|rsvps?|nominations|votes) (are |is )?due",
  "deadline for ({your} )?(comments|feedback|input|responses|submissions|replies|approvals|changes|edits|nominations|votes|forms|expenses|timesheets|sign-off)",
  "(approval|sign-off|signoff|review|input|feedback|decision|answer|response|reply|confirmation|go-ahead|action|signature|rsvp) (is |are )?(needed|required|requested|wanted|pending)",
  "action (required|needed|requested)",
  "(please )?(reply|respond|rsvp) requested",
];

/** Suggestions to do something together, which ask for a yes: "let's talk at 9:30", "shall we …". */
export const SUGGESTIONS = [
  "let's (meet|talk|chat|discuss|catch up|sync|grab|get together|find (a )?time|set up|schedule|hop on|jump on|touch base|connect|go over|walk through|review|decide|agree|speak|call)",
  "let us (meet|talk|discuss|speak)",
  "shall (we|i)",
  "how about (we|meeting|a call|lunch|coffee|{weekday})",
  "why don't (we|{you}) (meet|call|talk|discuss|send|share|review)",
];

/** Questions asked for effect: no answer is expected. */
export const RHETORICAL = [
  "who (would have|would've|could have|could've|'d have) (thought|guessed|known|expected|imagined)",
  "who knew",
  "(can|could) {you} (believe|imagine)",
  "isn't (it|that|this) (great|amazing|awesome|funny|crazy|wild|nice|cool)",
  "(aren't|isn't) (we|you|they|he|she) (lucky|great)",
  "how (cool|great|awesome|amazing|crazy|nice|good|hard|bad|lucky) (is|was|can) (that|this|it)",
  "what (could|can) (possibly )?go wrong",
  "what's not to (like|love)",
  "why (does|do|did|must|is|are|can't|won't) (this|that|it|these things|things|stuff|everything) (always|never|have to|keep)",
  "(who|what) (cares|else is new|more could (we|you|i) (ask|want))",
  "need i say more",
  "why (not|would (i|we|anyone)|bother)",
  "what (was|were) (i|we) thinking",
  "(do|did) i (mention|tell you)",
  "what (did|do) (i|we|you) (expect|know)",
  "right\\?$",
  "(how|what) about that",
  "who doesn't (love|like)",
  "(huh|eh|no)\\?$",
];

/** Replies the writer gives to their own question, which make it rhetorical. */
export const SELF_ANSWERS = [
  "(we|i|they|it|he|she|you) (did|didn't|do|don't|are|aren't|is|isn't|was|wasn't|were|weren't|have|haven't|has|hasn't|can|can't|will|won't)[.,!;]",
  "(i )?(don't|do not|dont) think so",
  "(of course|probably|certainly|definitely)( not)?",
  "(no|nope|yes|yep|yeah|absolutely|exactly|indeed|not really|hardly|nah)\\b",
  "who knows",
  "(me|us|neither|nobody|no one|not me|not us)[.!]",
  "i doubt it",
  "apparently( not)?",
  "turns out",
];

/** One-word questions that react rather than ask: "Really?". */
export const INTERJECTIONS = [
  "really",
  "seriously",
  "huh",
  "eh",
  "what",
  "sure",
  "no",
  "yes",
  "yeah",
  "right",
  "wow",
  "hmm",
  "srsly",
  "lol",
  "so",
  "and",
  "why not",
  "ok",
  "okay",
  "hello",
  "hi",
  "hey",
  "oh",
  "ah",
  "nice",
  "cool",
  "true",
  "correct",
];

/** Capitalised words that open a sentence before "could you" without being a name: "Who would …". */
export const NOT_NAMES = [
  "who",
  "what",
  "when",
  "where",
  "why",
  "how",
  "which",
  "it",
  "this",
  "that",
  "there",
  "they",
  "we",
  "you",
  "he",
  "she",
  "and",
  "but",
  "so",
  "or",
  "then",
  "also",
  "someone",
  "anyone",
  "everyone",
  "nobody",
  "nothing",
  "one",
  "if",
];

/** Words by which a step carries on a conditional procedure: "If a pallet arrives damaged, photograph it. Then log it." */
export const NEXT_STEPS = ["then", "and then", "after that", "afterwards", "next", "once done", "once that's done", "finally"];

/** Words by which a question carries on the one before: "Who knew …? And why …?" */
export const CONTINUATIONS = ["and", "or", "but", "also", "plus"];

/** The reader in the second person: a need that names them is put plainly to them. */
export const SECOND_PERSON = ["{you}", "{your}", "yours", "yourself", "yourselves"];

/** Conditional openers: what follows is a condition, and the ask (if any) comes after the comma. */
export const CONDITION_OPENERS = [
  "if",
  "should ({you}|{someone}|there|anything)",
  "in case",
  "whenever",
  "(when|once|as soon as) ({you}|we|i|they|it|the|this|that|{someone}|{your})",
  "unless",
  "provided",
];

/**
 * Conditions on the reader's own situation ("if you have any conflicts", "if you are aware of a
 * reason"): what follows is standing guidance, an ask only when it asks for a reply to the writer.
 * A courtesy ("if you have a minute") is not such a condition.
 */
export const STANDING_CONDITIONS = [
  "if {you} (have|had|get|got|are|were|find|see|notice|come across|run into|experience|encounter|hear|receive|know of|plan to|intend to)(?! (a (minute|moment|sec|second|chance)|time|some time|a few minutes)\\b)",
];

/**
 * Conditions on something that may happen ("if a customer asks for a refund", "if anyone calls"):
 * what follows is standing guidance, never an ask, even "let me know".
 */
export const HYPOTHETICAL_CONDITIONS = ["(if|whenever|when|should) (a|an|any|someone|somebody|anyone|anybody|one of (them|us|the [a-z]+)) "];

/** A main clause that asks for a reply to the writer: "let me know", "I would like to know", "call me". */
export const REPLY_TO_WRITER = [
  "({please} )?(just )?(let (me|us) know|lmk|tell (me|us)|inform (me|us)|notify (me|us)|advise (me|us)|get back to (me|us)|reply|respond|send (me|us)|forward (me|us|it to me)|call (me|us)|email (me|us)|e-mail (me|us)|ring (me|us)|phone (me|us)|contact (me|us)|drop (me|us) a (line|note))",
  "(i|we) (would|'d) (like|love|appreciate) (to (know|hear|see|get)|{your})",
];

/** Where the main clause of a condition written without a comma begins: "If you have X I would like to know". */
export const MAIN_CLAUSE_STARTS = [
  "(i|we) (would|'d) (like|love|appreciate)",
  "{please}",
  "let (me|us) know",
  "(tell|inform|notify|contact|call|email|e-mail|ping) (me|us)",
];

/** Subject prefixes of replies and forwards, in the mail clients' languages. */
export const REPLY_PREFIXES = ["re", "fw", "fwd", "aw", "wg", "tr", "rv", "sv", "antw", "vs", "res", "enc"];
/** The prefixes of a forward: its subject, levels included, is the earlier writer's. */
export const FORWARD_PREFIXES = ["fw", "fwd", "wg", "tr", "rv", "enc", "reenv"];

/** Subjects of automatic replies. */
export const AUTO_REPLY_SUBJECTS = [
  "automatic reply",
  "auto(matic)?[- ]?(reply|response|answer)",
  "out of (the )?office",
  "ooo",
  "autoreply",
  "abwesenheitsnotiz",
  "réponse automatique",
  "respuesta automática",
  "away from (the )?office",
  "on (annual )?leave",
  "undeliverable",
  "delivery status notification",
  "mail delivery (failed|failure|subsystem)",
];

/** Body openings of automatic replies. */
export const AUTO_REPLY_OPENINGS = [
  "(this is an )?auto(matic|mated)? (reply|response|message)",
  "thank you for your (e-?mail|message)\\. (i am|i'm|i will be|i'll be) (currently )?(out|away|on leave|on vacation|on holiday|travelling|traveling)",
  "(i am|i'm) (currently )?(out of (the )?office|on (annual |parental |sick |maternity |paternity )?leave|away from (the|my) (office|desk)|on (vacation|holiday)) (until|till|through|from|and will|with limited)",
];

/** Words after which a condition may follow in a closer: "let me know if …", "call me in case …". */
export const CLOSER_CONDITION_WORDS = ["if", "in case", "should", "whenever", "when"];

/** A request's last word that makes it one: "By Thursday please." */
export const PLEASE_WORDS = ["please", "pls", "plz", "pleeease", "plsss"];

/** Asking for word back, wherever it stands: "here's the draft, let me know". */
export const LET_ME_KNOW = ["let (me|us) know", "lmk", "get back to (me|us)", "tell (me|us)"];

/** Words that turn "approval needed" into its opposite: "no further action needed". */
export const NEGATIVE_WORDS = ["no", "not", "without", "nothing"];
