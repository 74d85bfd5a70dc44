// What a rule is: metadata first, then a check that reads the shared context and returns findings.
import { findings } from "../i18n/en/findings.js";
import type { InviteRuleId, MessageRuleId, RuleId } from "./norms.js";
import type { Confidence, Fix, Severity } from "./schema.js";
import type { InviteContext } from "./invite-context.js";
import type { MessageContext } from "./message-context.js";

/** A finding as a rule reports it; the runner adds the rule id, severity and line/column. */
export interface RuleFinding {
  message: string;
  /** Offsets in the analysed text. */
  range?: { start: number; end: number };
  fix?: Fix;
  /** Headline rules say how sure they are; see Confidence. */
  confidence?: Confidence;
  /** The learned scorer's calibrated probability behind the finding, where one judged it. */
  score?: number;
  /** The writer's words it speaks of, shortened (see Finding). */
  quote?: string;
}

interface RuleMeta<Id> {
  id: Id;
  /** A short name a person understands ("No pre-read"); the id is for configuration and developers. */
  title: string;
  severity: Severity;
  /** One sentence: what a good message or invite does. */
  summary: string;
  /**
   * False for a rule that reads no words (meeting cost, focus time): it runs whatever the language.
   * Every other rule runs only on text in a language the rules read.
   */
  readsWords?: boolean;
}

export interface MessageRule extends RuleMeta<MessageRuleId> {
  check(ctx: MessageContext): RuleFinding[];
}

export interface InviteRule extends RuleMeta<InviteRuleId> {
  check(ctx: InviteContext): RuleFinding[];
}

/** A rule as its file writes it: its name and summary come from the words (English here). */
type Spec<R> = Omit<R, "title" | "summary">;
const named = <R extends RuleMeta<RuleId>>(rule: Spec<R>): R => ({ ...rule, ...pick(findings.rules[rule.id]) }) as R;
const pick = ({ title, summary }: { title: string; summary: string }) => ({ title, summary });

export const defineMessageRule = (rule: Spec<MessageRule>): MessageRule => named<MessageRule>(rule);
export const defineInviteRule = (rule: Spec<InviteRule>): InviteRule => named<InviteRule>(rule);

/** Shortens a piece of the writer's text to quote in a message (the words' `quote` adds the marks). */
export function shorten(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}
