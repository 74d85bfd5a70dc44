// Runs one check in a worker thread of the check pool (check-pool.ts): the rule module's work stays
// off the server's event loop. Input arrives validated; norms as plain data.
import { checkInvite, checkMessage, type CheckInput, type NormsInput, type Report } from "../rules/index.js";

export interface CheckTask {
  input: CheckInput;
  norms: NormsInput;
  /** ISO time used when the input has no sentAt. */
  now: string;
}

export default function runCheck({ input, norms, now }: CheckTask): Report {
  const at = new Date(now);
  return input.kind === "message" ? checkMessage(input, norms, at) : checkInvite(input, norms, at);
}
