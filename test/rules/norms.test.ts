import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { checkMessage, DEFAULT_NORMS, InvalidNormsError, parseNorms } from "../../src/rules/index.js";

describe("team norms", () => {
  it("fills every field with a default", () => {
    assert.equal(DEFAULT_NORMS.timeZone, "UTC");
    assert.deepEqual(DEFAULT_NORMS.workingDays, ["mon", "tue", "wed", "thu", "fri"]);
    assert.equal(DEFAULT_NORMS.preReadNoticeHours, 24);
    assert.deepEqual(DEFAULT_NORMS.focusWindow, { start: "09:00", end: "12:00" });
  });

  it("names each bad field", () => {
    const result = parseNorms({
      timeZone: "Mars/Olympus",
      workingHours: { start: "17:00", end: "09:00" },
      preReadNoticeHours: -1,
      rules: { "missing-pre-read": "loud", "no-such-rule": "off" },
      colour: "blue",
    });
    assert.equal(result.ok, false);
    const errors = result.ok ? [] : result.errors;
    for (const field of ["timeZone", "workingHours.end", "preReadNoticeHours", "rules.missing-pre-read"]) {
      assert.ok(
        errors.some((e) => e.startsWith(`${field}:`)),
        `no error for ${field} in ${errors.join(" | ")}`,
      );
    }
    assert.ok(
      errors.some((e) => e.startsWith("rules:") && e.includes("no-such-rule")),
      errors.join(" | "),
    );
    assert.ok(
      errors.some((e) => e.startsWith("(root):") && e.includes("colour")),
      errors.join(" | "),
    );
  });

  it("turns a rule off or changes its severity", () => {
    const draft = { bodyText: "Can you send me the deck?", sentAt: "2026-03-02T09:00:00Z" };
    assert.deepEqual(checkMessage(draft, { rules: { "missing-response-level": "off" } }).findings, []);
    assert.equal(checkMessage(draft, { rules: { "missing-response-level": "warning" } }).findings[0]?.severity, "warning");
  });

  it("counts a team's own phrases as signals", () => {
    const draft = { bodyText: "Can you look at the flaky test? Reply by standup.", sentAt: "2026-03-02T09:00:00Z" };
    assert.equal(
      checkMessage(draft).findings.some((f) => f.ruleId === "missing-response-level"),
      true,
    );
    const report = checkMessage(draft, { signalPhrases: { input: ["reply by standup"] } });
    assert.equal(
      report.findings.some((f) => f.ruleId === "missing-response-level"),
      false,
    );
    assert.equal(report.detected.responseLevel, "input");
  });

  it("throws a readable error for invalid norms passed to a check", () => {
    assert.throws(
      () => checkMessage({ bodyText: "hi" }, { longMessageWords: 1 }),
      (e: unknown) => e instanceof InvalidNormsError && /longMessageWords/.test(e.message),
    );
  });
});

describe("describeChanges", () => {
  it("names each change in plain words, and nothing when nothing changed", async () => {
    const { describeChanges, resolveNorms } = await import("../../src/rules/index.js");
    const before = resolveNorms({});
    assert.deepEqual(describeChanges(before, before), []);
    const after = resolveNorms({
      replyWithinBusinessDays: { chat: 1 },
      focusWindow: null,
      signalPhrases: { input: ["whenever you can"] },
      rules: { "suggest-call": "off" },
    });
    assert.deepEqual(describeChanges(before, after), [
      "Chat: reply within 1 business day.",
      "No protected focus time.",
      'New input wanted phrases: "whenever you can".',
      'Check "Better in a call": Off.',
    ]);
    assert.deepEqual(describeChanges(after, before), [
      "Chat: reply the same business day.",
      "09:00–12:00 is focus time: no meetings.",
      'Removed input wanted phrases: "whenever you can".',
      'Check "Better in a call": its default.',
    ]);
  });

  it("names the checks turned off by their names, never their ids, in every language", async () => {
    const { normsWordsFor } = await import("../../src/i18n/index.js");
    const { describeNorms, resolveNorms } = await import("../../src/rules/index.js");
    const norms = resolveNorms({ rules: { "meeting-cost": "off" } });
    for (const locale of ["en", "de", "fr", "es"]) {
      const line = describeNorms(norms, normsWordsFor(locale), locale).at(-1) ?? "";
      assert.doesNotMatch(line, /meeting-cost/, `${locale}: ${line}`);
    }
    assert.equal(describeNorms(norms).at(-1), "Checks turned off: Meeting cost.");
  });
});
