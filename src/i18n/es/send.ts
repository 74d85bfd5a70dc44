// The send handler's own words in Spanish; the rules' short forms (the Smart Alerts text and the hint
// bar) are theirs, in findings.ts.
import type { SendWords } from "../en/send.js";

export const send: SendWords = {
  /** The Smart Alerts dialog's button that goes back to the draft. */
  addIt: "Ver cómo arreglarlo",
};
