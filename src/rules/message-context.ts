// Everything the message rules share, computed once per draft and only when a rule asks for it.
import type { DateTime } from "luxon";
import { findAsks, classifyAsk, MAX_SENTENCES, type Ask, type AskReading } from "./language/asks.js";
import type { Language } from "./language/build.js";
import { findSignals, type SignalLevel, type SignalMatch } from "./language/signals.js";
import { findDeadlines, suggestedReplyBy, type Deadline } from "./deadline/index.js";
import { phraseMatches, plain, type PhraseMatch } from "./language/phrases.js";
import type { Norms } from "./norms.js";
import type { MessageDraft, ResponseLevel } from "./schema.js";
import { prepareBody, type PreparedText } from "./text/prepare.js";
import { countWords } from "./text/letters.js";
import { splitSentences, type Sentence } from "./text/sentences.js";
import { findings, type FindingWords } from "../i18n/en/findings.js";
import { shorten } from "./rule.js";
import { formatDay, inZone, workCalendar } from "./work-calendar.js";
import { lazy } from "./lazy.js";
import { identifyLanguage, type LanguageGuess } from "./language/identify.js";
import { languagePack, READ_LANGUAGES } from "./language/index.js";
import {
  judge,
  messageEvidence,
  sentenceProbabilities,
  sentenceProbability,
  sentenceViews,
  subjectView,
  type Judgement,
  type MessageEvidence,
} from "./model/judge.js";
import type { SentenceView } from "./model/features.js";
import { MODEL, type ModelData } from "./model/scorer.js";

/** A sentence this likely to ask is read for dates, for the learned scorer to weigh. */
const DATE_ASK_PROBABILITY = 0.02;

/** A deadline the subject line states ("[Reply by Thu] offsite venue"): it has no range in the text. */
export interface SubjectDeadline extends Deadline {
  inSubject: true;
}

const BULK_PRECEDENCE = /^(?:bulk|list|junk)$/i;
const AUTO_SUBMITTED = /^auto-(?:replied|generated|notified)/i;

export class MessageContext {
  /** When the draft is sent: deadlines are read relative to it. */
  readonly now: Date;

  constructor(
    readonly draft: MessageDraft,
    readonly norms: Norms,
    now: Date,
    /** What the findings say, in the reader's language. */
    readonly say: FindingWords = findings,
    /** The learned scorer (model/): the committed weights, or a candidate while training. */
    readonly model: ModelData = MODEL,
  ) {
    this.now = draft.sentAt ? new Date(draft.sentAt) : now;
  }

  readonly prepared = lazy((): PreparedText => prepareBody(this.draft, { invite: false }));
  readonly text = (): string => this.prepared().text;
  /** The language of the writer's own text (quotes and signatures removed) and subject. */
  readonly writtenIn = lazy((): LanguageGuess => identifyLanguage(`${this.draft.subject}\n${this.text()}`, this.norms.language));
  /** The phrases of that language; English when the rules do not read it (and then only wordless rules run). */
  get language(): Language {
    return languagePack(this.writtenIn().code);
  }
  /** Whether the rules read that language; when not, only rules that read no words run. */
  readonly readable = (): boolean => READ_LANGUAGES.has(this.writtenIn().code);
  readonly sentences = lazy((): Sentence[] => splitSentences(this.text()));

  /** The subject without "RE:", "FW:" and tags; and whether it was a reply's or a forward's. */
  readonly subject = lazy((): { text: string; inherited: boolean; forwarded: boolean } => {
    const raw = this.draft.subject.replace(/\s+/g, " ").trim();
    const { prefixes, replyOrForward, forward } = this.language.subject;
    return { text: raw.replace(prefixes, "").trim(), inherited: replyOrForward.test(raw), forwarded: forward.test(raw) };
  });

  /** Bulk mail (a newsletter, a list) or an automatic reply: their calls to action are not asks. */
  readonly automated = lazy((): "bulk" | "auto-reply" | null => {
    const headers = new Map(Object.entries(this.draft.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v.trim()]));
    const autoSubmitted = headers.get("auto-submitted");
    if ((autoSubmitted && AUTO_SUBMITTED.test(autoSubmitted)) || headers.has("x-autoreply") || headers.has("x-autorespond")) {
      return "auto-reply";
    }
    if (this.language.subject.autoReply.test(plain(this.draft.subject.trim()))) return "auto-reply";
    if (headers.has("list-unsubscribe") || headers.has("list-id") || BULK_PRECEDENCE.test(headers.get("precedence") ?? "")) {
      return "bulk";
    }
    const first = this.sentences()[0]?.text;
    if (first && this.language.autoReplyOpening.test(plain(first))) return "auto-reply";
    return null;
  });

  /**
   * Which kind of mass mail, for the learned scorer: a discussion list, where a person's question is
   * still a question (it has an address to post to, RFC 2369 List-Post, or "Precedence: list"), or
   * bulk mail (a newsletter, a survey blast: List-Id and List-Unsubscribe alone, "Precedence: bulk").
   */
  readonly massMail = lazy((): "list" | "bulk" | null => {
    if (this.automated() !== "bulk") return null;
    const headers = new Map(Object.entries(this.draft.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v.trim()]));
    const post = headers.get("list-post");
    return (post !== undefined && !/^no\b/i.test(post)) || /^list$/i.test(headers.get("precedence") ?? "") ? "list" : "bulk";
  });

  /** Whether the learned scorer judges this draft: English, the language it was trained on. */
  readonly learned = (): boolean => this.language.id === "en";

  /** The asks the phrase rules read, sentence by sentence (language/asks.ts). */
  readonly ruleAsks = lazy((): Ask[] => findAsks(this.sentences(), this.language));

  /** Each sentence as the learned scorer reads it (English only). */
  readonly sentenceViews = lazy((): SentenceView[] => sentenceViews(this.sentences().slice(0, MAX_SENTENCES), this.text(), this.language, this.signals()));
  /** Per sentence read, the probability that it asks the reader for something. */
  readonly askProbabilities = lazy((): number[] => sentenceProbabilities(this.sentenceViews(), this.model));

  /** The subject line as the scorer reads it, when it is the writer's own (not a reply's or a forward's). */
  readonly subjectView = lazy((): SentenceView | null => {
    const subject = this.subject();
    return subject.inherited || subject.text === "" ? null : subjectView(subject.text, this.language, this.subjectSignals());
  });
  /** The probability that the writer's own subject line asks; 0 without one. */
  readonly subjectProbability = lazy((): number => {
    const view = this.subjectView();
    return view ? sentenceProbability(view, this.model) : 0;
  });

  /** The asks of the new text; an ask that stands only in the subject when the text has none. */
  readonly asks = lazy((): Ask[] => {
    const automated = this.automated();
    // A list's or a newsletter's asks still count for the learned scorer, which weighs the headers.
    if (automated === "auto-reply" || (automated === "bulk" && !this.learned())) return [];
    const asks = this.learned() ? this.scoredAsks() : this.ruleAsks();
    if (asks.length > 0) return asks;
    const subject = this.subject();
    const reading = this.subjectAsk();
    if (this.learned()) {
      const p = this.subjectProbability();
      if (p < this.model.thresholds.ask) return [];
      const kind = reading?.kind ?? (subject.text.includes("?") ? "question" : "request");
      return [{ sentence: { text: subject.text, start: 0, end: 0 }, kind, strong: false, inSubject: true, probability: p }];
    }
    if (!reading) return [];
    return [{ sentence: { text: subject.text, start: 0, end: 0 }, ...reading, strong: false, inSubject: true }];
  });

  /** How the subject reads, when it is the writer's own (not a reply's or a forward's): an ask or nothing. */
  readonly subjectAsk = lazy((): AskReading | null => {
    const subject = this.subject();
    return subject.inherited || subject.text === "" ? null : classifyAsk(subject.text, this.language);
  });

  /** The first vague timing in the text: "soon", "when you get a chance". */
  readonly vagueTiming = lazy((): PhraseMatch | null => phraseMatches(this.language.timing.vague, this.text())[0] ?? null);

  /** The sentences the scorer reads as asks, likeliest first. */
  private scoredAsks(): Ask[] {
    const probabilities = this.askProbabilities();
    const { ask, strong } = this.model.thresholds;
    return this.sentenceViews()
      .map((view, i) => ({ view, p: probabilities[i] ?? 0 }))
      .filter(({ p }) => p >= ask)
      .sort((a, b) => b.p - a.p || a.view.index - b.view.index)
      .map(({ view, p }) => ({
        sentence: view.sentence,
        kind: view.reading?.kind ?? (view.sentence.text.includes("?") ? "question" : "request"),
        strong: p >= strong,
        probability: p,
      }));
  }

  /** The sentence likeliest to ask, when none passes the ask threshold; else the subject's ask, if any. */
  likeliestAsk(): Ask | null {
    const probabilities = this.askProbabilities();
    let best = -1;
    probabilities.forEach((p, i) => {
      if (best < 0 || p > (probabilities[best] ?? 0)) best = i;
    });
    const view = this.sentenceViews()[best];
    if (view)
      return { sentence: view.sentence, kind: view.sentence.text.includes("?") ? "question" : "request", strong: false, probability: probabilities[best] ?? 0 };
    const subject = this.subject();
    return subject.text === "" ? null : { sentence: { text: subject.text, start: 0, end: 0 }, kind: "request", strong: false, inSubject: true };
  }

  /** What the message models read (English only). */
  readonly evidence = lazy((): MessageEvidence => {
    const subject = this.subject();
    const deadline = this.deadline();
    return messageEvidence({
      probabilities: this.askProbabilities(),
      sentences: this.sentenceViews().map((v) => v.sentence),
      subject,
      subjectAsks: this.subjectAsk() !== null,
      subjectProbability: this.subjectProbability(),
      readings: this.sentenceViews().map((v) => v.reading),
      words: this.words(),
      level: this.responseLevel(),
      signals: this.signals(),
      subjectSignals: this.subjectSignals(),
      deadline,
      dates: this.dates().filter((d) => d !== deadline).length,
      allDates: this.dates(),
      today: inZone(this.now, workCalendar(this.norms)).startOf("day"),
      vague: this.vagueTiming() !== null,
      massMail: this.massMail(),
    });
  });

  /** The learned judgement of the draft; null where the scorer does not read the language. */
  readonly judgement = lazy((): Judgement | null => {
    if (!this.learned() || !this.readable()) return null;
    // An automatic reply asks nothing of anyone, whatever its words.
    if (this.automated() === "auto-reply") return { asks: 0, covered: 0, flag: 0, confidence: null };
    return judge(this.evidence(), this.model);
  });

  readonly signals = lazy((): SignalMatch[] => findSignals(this.text(), this.norms, this.language));
  /** Levels stated in the subject line: "[FYI] …", "URGENT: …", "Low priority: …". */
  readonly subjectSignals = lazy((): SignalMatch[] =>
    // A forward's subject keeps the earlier writer's words: its "URGENT" is not this message's level.
    this.subject().forwarded ? [] : findSignals(this.subject().text, this.norms, this.language).map((s) => ({ ...s, start: 0, end: 0 })),
  );

  /**
   * Where the sentences that ask start: a date in one of them may be the reply-by. With the learned
   * scorer, a sentence the phrase rules read as an ask counts too, however likely the scorer finds it:
   * "Ring me Thursday at 2" states its time even where the scorer doubts the ask.
   */
  private readonly askSentenceStarts = lazy((): Set<number> => {
    const starts = new Set(
      this.asks()
        .filter((a) => !a.inSubject)
        .map((a) => a.sentence.start),
    );
    if (this.learned()) for (const view of this.sentenceViews()) if (view.reading) starts.add(view.sentence.start);
    return starts;
  });

  /** Every date in the text, with what ties it to a reply; empty when the message asks nothing. */
  readonly dates = lazy((): Deadline[] => {
    const askSentences = this.askSentenceStarts();
    if (askSentences.size === 0 && this.asks().length === 0 && !(this.learned() && this.askProbabilities().some((p) => p >= DATE_ASK_PROBABILITY))) return [];
    const sentences = this.sentences();
    // A sentence that asks nothing sets a reply-by only with a deadline word: the others are not read.
    // The learned scorer weighs a date by how likely its sentence asks: it reads those that may ask too.
    const maybeAsks = (i: number) => this.learned() && (this.askProbabilities()[i] ?? 0) >= DATE_ASK_PROBABILITY;
    const read = (i: number) => askSentences.has(sentences[i]?.start ?? -1) || maybeAsks(i) || this.language.time.firmCue.test(plain(sentences[i]?.text ?? ""));
    return findDeadlines(this.text(), sentences, this.now, this.norms, this.language, read);
  });

  /**
   * Reply-by deadlines: a date in a sentence that asks, tied to the reply by a deadline word, a
   * near time or standing with the request; or a date in another sentence that a firm deadline word
   * ties to a hand-in ("The deadline is Friday"). Never the writer's own doing or the name of a thing.
   */
  readonly deadlines = lazy((): Deadline[] => {
    const askSentences = this.askSentenceStarts();
    const sentences = this.sentences();
    return this.dates().filter((d) => {
      if (d.notReplyBy || d.cue === "none") return false;
      const inAsk = askSentences.has(sentences[d.sentence]?.start ?? -1);
      return inAsk || (d.cue === "lead" && d.firm);
    });
  });

  /** A reply-by the subject states: "[Reply by Thu] offsite venue", "Decision needed Friday: vendor". */
  readonly subjectDeadline = lazy((): SubjectDeadline | null => {
    const subject = this.subject().text;
    if (this.asks().length === 0 || subject === "") return null;
    const found = findDeadlines(subject, splitSentences(subject), this.now, this.norms, this.language);
    const deadline = found.find((d) => !d.notReplyBy && (d.cue === "lead" || d.cue === "near"));
    return deadline ? { ...deadline, start: 0, end: 0, inSubject: true } : null;
  });

  readonly words = lazy((): number => countWords(this.text()));

  signalsOf(level: SignalLevel): SignalMatch[] {
    return [...this.signals(), ...this.subjectSignals()].filter((s) => s.level === level);
  }

  /** The reply-by deadline: the first in a sentence that asks, else the first other one, else the subject's. */
  readonly deadline = lazy((): Deadline | null => {
    const asks = this.asks();
    const deadlines = this.deadlines();
    const inAsk = deadlines.find((d) => asks.some((a) => !a.inSubject && d.start >= a.sentence.start && d.start < a.sentence.end));
    return inAsk ?? deadlines[0] ?? this.subjectDeadline();
  });

  /** The strongest level the draft states. */
  readonly responseLevel = lazy((): ResponseLevel => {
    if (this.signalsOf("blocking").length > 0) return "blocking";
    if (this.deadline() || this.signalsOf("input").length > 0) return "input";
    if (this.signalsOf("low").length > 0) return "low";
    if (this.signalsOf("fyi").length > 0) return "fyi";
    return "none";
  });

  /** The reply-by time the team's norms suggest for this channel. */
  suggestedReplyBy(): DateTime {
    return suggestedReplyBy(this.now, this.norms.replyWithinBusinessDays[this.draft.channel], this.norms);
  }

  /** A piece of the writer's text, shortened and in the reader's quotation marks. */
  quote(text: string): string {
    return this.say.quote(shorten(text));
  }

  formatDay(day: DateTime): string {
    return formatDay(day, inZone(this.now, workCalendar(this.norms)), this.say.locale);
  }

  /** A day in the draft's own language and form: lines a fix adds to the draft are written in it. */
  formatDayInDraft(day: DateTime): string {
    return formatDay(day, inZone(this.now, workCalendar(this.norms)), this.language.locale);
  }
}
