// The files in ../shared: the labelled corpus keeps its scores, and no real-world file crashes
// or hangs us. Skipped (with a note) when ../shared is not beside the repository.
import assert from "node:assert/strict";
import { existsSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, it } from "node:test";
import { checkFiles } from "../../src/cli/check-files.js";
import { DEFAULT_NORMS } from "../../src/rules/index.js";
import { DEFAULT_CORPUS, scoreCorpus } from "../../scripts/eval/corpus-score.js";

const REALWORLD = resolve(DEFAULT_CORPUS, "../realworld");
const MINIMUM = 0.95;

describe("the labelled development corpus", { skip: !existsSync(DEFAULT_CORPUS) && "../shared/corpus is not here" }, () => {
  it(`keeps precision and recall of both headline rules at ${MINIMUM} or more`, async () => {
    const scores = await scoreCorpus();
    assert.deepEqual(scores.map((s) => s.rule), ["missing-pre-read", "missing-response-level"]);
    for (const s of scores) {
      assert.ok(s.precision >= MINIMUM, `${s.rule} precision ${s.precision}: false alarms ${s.falseAlarms.join(", ")}`);
      assert.ok(s.recall >= MINIMUM, `${s.rule} recall ${s.recall}: missed ${s.missed.join(", ")}`);
    }
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
