// What a rule is: metadata first, then a check that reads the shared context and returns findings.
import type { InviteRuleId, MessageRuleId } from "./norms.js";
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

export const defineMessageRule = (rule: MessageRule): MessageRule => rule;
export const defineInviteRule = (rule: InviteRule): InviteRule => rule;

/** Shortens a quoted piece of the writer's text for a message. */
export function quote(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return `"${flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat}"`;
}
