// The send handler's own words in English; the rules' short forms (the Smart Alerts text and the hint
// bar) are theirs, in findings.ts.
export const send = {
  /** The Smart Alerts dialog's button: back to the draft, with the task pane open on the line to add (at most 20 characters). */
  addIt: "Show how to fix",
};

export type SendWords = typeof send;
