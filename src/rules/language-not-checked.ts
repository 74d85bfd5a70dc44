// Says, once, that a draft or invite is in a language the rules do not read, instead of judging
// it with English words: no false alarm in a language we cannot read. Messages and invites alike.
import { languageName } from "./language/identify.js";
import { defineInviteRule, defineMessageRule, type RuleFinding } from "./rule.js";

const meta = {
  id: "language-not-checked",
  title: "Language not checked",
  severity: "info",
  summary: "A draft in a language Async Coach does not read yet is not judged, and it says so.",
  readsWords: false,
} as const;

function check(ctx: { readable(): boolean; writtenIn(): { code: string } }): RuleFinding[] {
  if (ctx.readable()) return [];
  const code = ctx.writtenIn().code;
  const name = languageName(code);
  return [{ message: `Not checked: this looks like ${name === code ? `language "${code}"` : name}, and Async Coach reads English, German, French and Spanish. It says nothing about response levels or pre-reads here.` }];
}

export const languageNotCheckedMessage = defineMessageRule({ ...meta, check });
export const languageNotCheckedInvite = defineInviteRule({ ...meta, check });
