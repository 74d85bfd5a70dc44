// The files in ../shared: each labelled corpus keeps its floor of precision and recall, and no
// real-world file crashes or hangs us. Skipped (with a note) when ../shared is not beside the repository.
import assert from "node:assert/strict";
import { existsSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, it } from "node:test";
import { checkFiles } from "../../src/cli/check-files.js";
import { DEFAULT_NORMS } from "../../src/rules/index.js";
import { CORPORA, DEFAULT_CORPUS, corpusPresent, scoreCorpus } from "../../scripts/eval/corpus-score.js";
import { POOL_FLOORS, scorePool } from "../../scripts/eval/pool-score.js";
import { INVITE_POOL_FLOOR, scoreInvitePool } from "../../scripts/eval/invite-pool.js";
import { precision, recall } from "../../scripts/train/metrics.js";
import { POOL_DIR } from "../../scripts/labels/pool.js";

const REALWORLD = resolve(DEFAULT_CORPUS, "../realworld");

for (const corpus of CORPORA) {
  const { precision, recall } = corpus.floor;
  describe(`the labelled corpus ${corpus.name}`, { skip: !corpusPresent(corpus.dir) && `${corpus.dir} is not here` }, () => {
    it(`keeps every headline rule at precision ${precision} and recall ${recall} or more`, async () => {
      const scores = await scoreCorpus(corpus.dir);
      assert.ok(scores.length > 0, "no labelled files");
      for (const s of scores) {
        const wrong = s.disagreements.map((d) => `${d.file} (${d.expected ? "missed" : "false alarm"})`).join(", ");
        assert.ok(s.precision >= precision, `${s.rule} precision ${s.precision.toFixed(3)}: ${wrong}`);
        assert.ok(s.recall >= recall, `${s.rule} recall ${s.recall.toFixed(3)}: ${wrong}`);
      }
    });
  });
}

describe("the test split of the labelled Enron pool", { skip: !existsSync(POOL_DIR) && `${POOL_DIR} is not here` }, () => {
  const { all, high } = POOL_FLOORS.held;
  it(`keeps missing-response-level at precision ${all.precision} and recall ${all.recall} over all findings, and precision ${high.precision} and recall ${high.recall} at high`, async () => {
    const score = await scorePool("test");
    assert.ok(score.messages > 300, `only ${score.messages} messages`);
    const wrong = score.wrong.map((w) => `${w.file} (${w.expected ? "missed" : "false alarm"})`).join(", ");
    assert.ok(precision(score.all) >= all.precision, `precision ${precision(score.all).toFixed(3)}: ${wrong}`);
    assert.ok(recall(score.all) >= all.recall, `recall ${recall(score.all).toFixed(3)}: ${wrong}`);
    assert.ok(precision(score.high) >= high.precision, `precision at high ${precision(score.high).toFixed(3)}`);
    assert.ok(recall(score.high) >= high.recall, `recall at high ${recall(score.high).toFixed(3)}`);
  });
});

describe("the held half of the invite pool", () => {
  const floor = INVITE_POOL_FLOOR;
  it(`keeps missing-pre-read at precision ${floor.precision} and recall ${floor.recall} or more`, async () => {
    const { counts, cases } = await scoreInvitePool("held");
    assert.ok(cases.length > 120, `only ${cases.length} invites`);
    const wrong = cases
      .filter((c) => c.flagged !== c.expected)
      .map((c) => `${c.file} (${c.expected ? "missed" : "false alarm"})`)
      .join(", ");
    assert.ok(precision(counts) >= floor.precision, `precision ${precision(counts).toFixed(3)}: ${wrong}`);
    assert.ok(recall(counts) >= floor.recall, `recall ${recall(counts).toFixed(3)}: ${wrong}`);
  });
});

describe("real-world .eml and .ics files", { skip: !existsSync(REALWORLD) && "../shared/realworld is not here" }, () => {
  const files = ["eml", "ics"].flatMap((dir) =>
    existsSync(join(REALWORLD, dir)) ? readdirSync(join(REALWORLD, dir)).map((f) => join(REALWORLD, dir, f)) : [],
  );
  it("has files to read", () => assert.ok(files.length > 100, `${files.length} files`));
  for (const file of files) {
    it(`reads ${file.split("/").slice(-2).join("/")} without a crash`, async () => {
      const results = await checkFiles([file], DEFAULT_NORMS, new Date("2026-03-02T09:00:00Z"));
      assert.ok(results.length > 0);
      for (const r of results) {
        if (r.kind === "error") {
          assert.ok(r.error.length > 0 && !r.error.includes("\n"), "a one-line reason");
          assert.doesNotMatch(r.error, /\bat .*\.(?:ts|js):\d+/, "no stack trace");
        } else if (r.kind !== "skipped") {
          for (const f of r.report.findings) assert.ok(f.message.length > 0 && f.ruleId.length > 0);
        }
      }
    });
  }
});
