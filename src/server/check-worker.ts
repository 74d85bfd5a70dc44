// Runs one check in a worker thread of the check pool (check-pool.ts): the rule module's work stays
// off the server's event loop. Input arrives validated; norms as plain data.
import { findingWordsFor } from "../i18n/index.js";
import { check, type CheckInput, type NormsInput, type Report } from "../rules/index.js";

export interface CheckTask {
  input: CheckInput;
  norms: NormsInput;
  /** ISO time used when the input has no sentAt. */
  now: string;
  /** The reader's language tag ("de-DE"): the findings are worded in it. English when absent. */
  locale?: string | undefined;
}

export default function runCheck({ input, norms, now, locale }: CheckTask): Report {
  const at = new Date(now);
  const say = findingWordsFor(locale);
  return check(input, norms, at, say);
}
