// Says, once, that a draft or invite is in a language the rules do not read, instead of judging
// it with English words: no false alarm in a language we cannot read. Messages and invites alike.
import type { FindingWords } from "../i18n/en/findings.js";
import { languageName } from "./language/identify.js";
import { defineInviteRule, defineMessageRule, type RuleFinding } from "./rule.js";

const meta = {
  id: "language-not-checked",
  severity: "info",
  readsWords: false,
} as const;

function check(ctx: { readable(): boolean; writtenIn(): { code: string }; say: FindingWords }): RuleFinding[] {
  if (ctx.readable()) return [];
  const code = ctx.writtenIn().code;
  const name = languageName(code, ctx.say.locale);
  return [{ message: ctx.say.rules["language-not-checked"].message({ language: name === code ? null : name, code }) }];
}

export const languageNotCheckedMessage = defineMessageRule({ ...meta, check });
export const languageNotCheckedInvite = defineInviteRule({ ...meta, check });
