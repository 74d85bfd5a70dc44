// Reply-by phrases generated from a table of their parts (scripts/eval/reply-by-grammar.ts), each
// with the moment its parts mean, computed from the table, not by the parser: 5,000 in English and
// 1,000 in each other language. The counts right are held as floors (raised as the grammar grows);
// the wrong ones are printed grouped by part, the parts failing most first.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { generateReplyByPhrases, scoreGenerated, type GrammarLanguage } from "../../scripts/eval/reply-by-grammar.js";

const FLOOR: Record<GrammarLanguage, number> = { en: 4897, de: 985, fr: 977, es: 992 };

describe("generated reply-by phrases resolve to the moment their parts mean", () => {
  for (const [code, floor] of Object.entries(FLOOR) as [GrammarLanguage, number][]) {
    it(`${code}: at least ${floor} right`, (t) => {
      const phrases = generateReplyByPhrases(code);
      assert.ok(phrases.length >= (code === "en" ? 5000 : 1000), `${phrases.length} phrases generated`);
      const score = scoreGenerated(phrases);
      t.diagnostic(`${code}: ${score.right} of ${score.all} right`);
      for (const f of score.failures.slice(0, 10)) t.diagnostic(`  ${f.part}: ${f.wrong} of ${f.all} wrong, e.g. ${f.examples[0]}`);
      assert.ok(score.right >= floor, `${score.right} of ${score.all} right, floor ${floor}`);
    });
  }
});
