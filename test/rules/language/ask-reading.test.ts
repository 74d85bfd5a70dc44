// How the phrase lists read a sentence (language/asks.ts): what the learned scorer is given as cues.
// The lists' decisions are features now, not verdicts, so these cases are held here, to the lists,
// rather than to the headline rule: the scorer weighs them against everything else the sentence says
// (model/MODEL.md lists where it and the lists still disagree).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { askCues, classifyAsk, findAsks } from "../../../src/rules/language/asks.js";
import { en } from "../../../src/rules/language/en/index.js";
import { splitSentences } from "../../../src/rules/text/sentences.js";

const cases: { text: string; reading: "none" | "question" | "request" | "need"; why: string; reason?: string }[] = [
  { text: "Who would've thought the migration would go this smoothly?", reading: "none", reason: "rhetorical", why: "a rhetorical question" },
  { text: "Can you believe it's March already?", reading: "none", reason: "rhetorical", why: "a rhetorical question" },
  {
    text: "If you'd like a copy of the slides, let me know.",
    reading: "none",
    reason: "condition-only",
    why: "an offer: the whole sentence hangs on the reader's wish",
  },
  { text: "Good to go?", reading: "question", why: "a two-word question" },
  { text: "HR asks that every manager completes the review template.", reading: "need", why: "the readers in the third person" },
  { text: "The board has requested that all directors file their declarations.", reading: "need", why: "the readers in the third person" },
  { text: "Please read section 3 on travel.", reading: "request", why: "a request; an FYI subject gives its level" },
  { text: "Kindly confirm receipt of the documents.", reading: "request", why: "a request with no level (the scorer: 0.65, under Maybe)" },
  { text: "Requesting access to the design system repo.", reading: "need", why: "a need with no level (the scorer: 0.61, under Maybe)" },
  { text: "Please approve PO 4471", reading: "request", why: "a subject that asks, above 'Thanks!' (the scorer: 0.60, under Maybe)" },
];

describe("the phrase lists' reading of a sentence", () => {
  for (const c of cases) {
    it(`reads "${c.text}" as ${c.reading} (${c.why})`, () => {
      assert.equal(classifyAsk(c.text, en)?.kind ?? "none", c.reading);
      if (c.reason) assert.equal(askCues(c.text, en).reading, c.reason);
    });
  }

  it("reads a question its writer answers at once as asked for effect", () => {
    const text = "Is it worth the effort? I don't think so. We'll drop the feature.";
    assert.deepEqual(findAsks(splitSentences(text), en), []);
  });

  it("gives every cue it weighs by name, and the same reading as classifyAsk", () => {
    const { cues, reading } = askCues("If the numbers look right, could you approve the PO?", en);
    assert.ok(cues.includes("condition") && cues.includes("main:modal-request"), cues.join(", "));
    assert.deepEqual(reading, classifyAsk("If the numbers look right, could you approve the PO?", en));
  });
});
