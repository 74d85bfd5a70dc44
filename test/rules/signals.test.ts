import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findSignals } from "../../src/rules/language/signals.js";
import { resolveNorms } from "../../src/rules/norms.js";
import { countWords } from "../../src/rules/text/letters.js";

describe("response-level signals", () => {
  const norms = resolveNorms({ signalPhrases: { fyi: ["for the record"], input: ["ok?"], blocking: ["sev-1"] } });

  it("finds a team's phrases as whole words, with exact offsets", () => {
    const text = "For the record: sev-1 in prod. Is that ok? Booking ok.";
    const found = findSignals(text, norms).filter((s) => ["for the record", "sev-1", "ok?"].includes(s.text.toLowerCase()));
    assert.deepEqual(
      found.map((s) => [s.level, s.text, text.slice(s.start, s.end)]),
      [
        ["fyi", "For the record", "For the record"],
        ["blocking", "sev-1", "sev-1"],
        ["input", "ok?", "ok?"],
      ],
    );
  });

  it("does not find a phrase inside a longer word", () => {
    const own = resolveNorms({ signalPhrases: { fyi: ["info"], input: [], blocking: [] } });
    assert.deepEqual(
      findSignals("Informational: the infopanel moved.", own).filter((s) => s.text.toLowerCase() === "info"),
      [],
    );
  });
});

describe("counting words without \\p{…}", () => {
  it("counts letters of many scripts and digits", () => {
    assert.equal(countWords("Grüße, Ana! Встреча в 10:30 — 会議 ok"), 8, "Grüße Ana Встреча в 10 30 会議 ok");
    assert.equal(countWords("  ...  "), 0);
  });
});
