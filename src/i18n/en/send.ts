// What Outlook shows at send time and as a hint while composing, in English. Kept apart from the
// other surfaces' words: the send handler carries these in every language and nothing else.
export const send = {
  /** Smart Alerts dialog: at most 500 characters. */
  noResponseLevel: (p: { line: string }) =>
    `You ask for something but don't say by when. Add a line such as "${p.line}", or mark it FYI, so the reader knows how to prioritise it.`,
  noPreRead:
    "This invite has no pre-read: no agenda, no decision to take, no document link and no attachment. Add the goal and two or three topics, or link what to read first.",
  /** The dialog's button that goes back to the draft. */
  addIt: "Add it",
  hint: {
    "missing-response-level": "Async Coach: say by when you need a reply, or mark it FYI.",
    "missing-pre-read": "Async Coach: add an agenda or a document to read before the meeting.",
  },
};

export type SendWords = typeof send;
