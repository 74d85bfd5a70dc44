// The send handler's own words in English; the rules' short forms (the Smart Alerts text and the hint
// bar) are theirs, in findings.ts.
export const send = {
  /** The Smart Alerts dialog's button that goes back to the draft. */
  addIt: "Add it",
};

export type SendWords = typeof send;
