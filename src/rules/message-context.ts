// Everything the message rules share, computed once per draft and only when a rule asks for it.
import type { DateTime } from "luxon";
import { findAsks, type Ask } from "./language/asks.js";
import { findSignals, type SignalLevel, type SignalMatch } from "./language/signals.js";
import { findDeadlines, suggestedReplyBy, type Deadline } from "./deadline.js";
import type { Norms } from "./norms.js";
import type { MessageDraft, ResponseLevel } from "./schema.js";
import { prepareBody, type PreparedText } from "./text/prepare.js";
import { countWords } from "./text/letters.js";
import { splitSentences, type Sentence } from "./text/sentences.js";
import { formatDay, inZone, workCalendar } from "./work-calendar.js";
import { lazy } from "./lazy.js";

export class MessageContext {
  /** When the draft is sent: deadlines are read relative to it. */
  readonly now: Date;

  constructor(
    readonly draft: MessageDraft,
    readonly norms: Norms,
    now: Date,
  ) {
    this.now = draft.sentAt ? new Date(draft.sentAt) : now;
  }

  readonly prepared = lazy((): PreparedText => prepareBody(this.draft, { stripJoinInfo: false }));
  readonly text = (): string => this.prepared().text;
  readonly sentences = lazy((): Sentence[] => splitSentences(this.text()));
  readonly asks = lazy((): Ask[] => findAsks(this.sentences()));
  readonly signals = lazy((): SignalMatch[] => findSignals(this.text(), this.norms));
  /** Reply-by deadlines; empty when the message asks nothing. */
  readonly deadlines = lazy((): Deadline[] =>
    this.asks().length === 0 ? [] : findDeadlines(this.text(), this.sentences(), this.now, this.norms),
  );
  readonly words = lazy((): number => countWords(this.text()));

  signalsOf(level: SignalLevel): SignalMatch[] {
    return this.signals().filter((s) => s.level === level);
  }

  /**
   * The reply-by deadline: the first date in a sentence that asks something, else the first date
   * in the message. A message that asks nothing has no reply-by time ("restarts tonight" is news).
   */
  readonly deadline = lazy((): Deadline | null => {
    const asks = this.asks();
    const deadlines = this.deadlines();
    const inAsk = deadlines.find((d) => asks.some((a) => d.start >= a.sentence.start && d.start < a.sentence.end));
    return inAsk ?? deadlines[0] ?? null;
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

  formatDay(day: DateTime): string {
    return formatDay(day, inZone(this.now, workCalendar(this.norms)));
  }
}
