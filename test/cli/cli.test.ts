import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, it } from "node:test";
import { run } from "../../src/cli/main.js";

const fixture = (name: string) => join("test", "cli", "fixtures", name);

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

interface Entry {
  file: string;
  event?: string;
  kind: string;
  findings: { ruleId: string; severity: string; range?: { line: number } }[];
  detected: Record<string, unknown>;
}
const json = async (...args: string[]) => {
  const result = await cli("check", "--json", ...args);
  return { ...result, entries: JSON.parse(result.out) as Entry[] };
};

describe("async-coach check", () => {
  it("reads a multipart e-mail (quoted-printable and base64) and flags the ask", async () => {
    const { code, entries } = await json(fixture("ask.eml"));
    assert.equal(code, 1);
    assert.equal(entries.length, 1);
    assert.equal(entries[0]?.kind, "message");
    assert.deepEqual(
      entries[0]?.findings.map((f) => f.ruleId),
      ["missing-response-level"],
    );
    assert.equal(entries[0]?.findings[0]?.range?.line, 2);
  });

  it("prints ESLint-style output with position, severity, message and rule id", async () => {
    const { code, out } = await cli("check", fixture("ask.eml"), fixture("fyi.txt"));
    assert.equal(code, 1);
    assert.match(out, /test\/cli\/fixtures\/ask\.eml\n {2}2:1 +error +You ask .* missing-response-level/);
    assert.match(out, /✖ 1 problem \(1 error, 0 warnings, 0 info\)/);
    assert.doesNotMatch(out, /fyi\.txt/, "a clean file is not listed");
  });

  it("gives one entry per event of an .ics, with time zones and recurrence read", async () => {
    const { entries } = await json(fixture("invites.ics"));
    assert.deepEqual(
      entries.map((e) => e.event),
      ["1: Q2 planning", "2: Sync"],
    );
    const [planning, sync] = entries;
    assert.deepEqual(
      planning?.findings.map((f) => f.ruleId),
      ["meeting-cost"],
    );
    assert.equal(planning?.detected.attendees, 1, "the room is not a person");
    assert.equal(planning?.detected.personHours, 2);
    assert.ok(sync?.findings.some((f) => f.ruleId === "missing-pre-read"));
    // 10:00 Berlin is 09:00 UTC: inside the default 09:00-12:00 focus window (UTC).
    assert.ok(sync?.findings.some((f) => f.ruleId === "focus-time-conflict"));
  });

  it("reads an invite sent as e-mail from its calendar part", async () => {
    const { entries } = await json(fixture("invite.eml"));
    assert.equal(entries[0]?.kind, "invite");
    assert.ok(entries[0]?.findings.some((f) => f.ruleId === "missing-pre-read"));
    assert.equal(entries[0]?.detected.hasJoinInfo, true);
  });

  it("does not judge a cancellation as a meeting", async () => {
    const { code, entries } = await json(fixture("cancelled.ics"));
    assert.equal(code, 0);
    assert.deepEqual(entries[0]?.findings, []);
    assert.equal(entries[0]?.detected.notAMeetingBecause, "it is cancelled");
  });

  it("checks .txt as chat and .json in the module's schema", async () => {
    const { entries } = await json(fixture("greeting.txt"), fixture("draft.json"));
    assert.deepEqual(
      entries[0]?.findings.map((f) => f.ruleId),
      ["greeting-only"],
    );
    assert.deepEqual(entries[1]?.findings, [], "a chat ask with a time is fine");
  });

  it("reads the headers of bulk mail and automatic replies, and judges no ask in them", async () => {
    const { code, entries } = await json(fixture("newsletter.eml"), fixture("auto-reply.eml"));
    assert.equal(code, 0);
    assert.deepEqual(
      entries.map((e) => e.detected.automated),
      ["bulk", "auto-reply"],
    );
    assert.deepEqual(
      entries.flatMap((e) => e.findings.map((f) => f.ruleId)),
      [],
    );
  });

  it("prints a finding the rule is unsure of as 'maybe', and does not fail the run for it", async () => {
    const { code, out } = await cli("check", fixture("unsure.txt"));
    assert.equal(code, 0);
    assert.match(out, /1:1\s+maybe\s+This may be a request: "Employees are reminded to book their leave/);
    assert.match(out, /0 errors, 0 warnings, 1 info/);
  });

  it("applies team norms from --norms", async () => {
    const { code, entries } = await json("--norms", fixture("norms.json"), fixture("ask.eml"));
    assert.equal(code, 0, "the rule is only a warning for this team");
    assert.equal(entries[0]?.findings[0]?.severity, "warning");
  });

  it("writes the findings in the language --locale names, and refuses one it does not write", async () => {
    const { entries } = await json("--locale", "es-ES", fixture("ask.eml"));
    const finding = entries[0]?.findings[0] as { message?: string } | undefined;
    assert.match(finding?.message ?? "", /^Pides «/);
    const refused = await cli("check", "--locale", "pt-BR", fixture("ask.eml"));
    assert.equal(refused.code, 2);
    assert.match(refused.err, /--locale "pt-BR" is not a language Async Coach writes \(en, de, fr, es\)/);
  });

  it("exits 2 with a field-by-field reason for invalid norms", async () => {
    const { code, err } = await cli("check", "--norms", fixture("bad-norms.json"), fixture("ask.eml"));
    assert.equal(code, 2);
    assert.match(err, /timeZone: not a known IANA time zone/);
    assert.match(err, /workingDays\.0:/);
  });

  it("reports unreadable files in one line each and still checks the others", async () => {
    const { code, entries, err } = await json(fixture("broken.ics"), fixture("invalid.json"), fixture("missing.eml"), fixture("ask.eml"));
    assert.equal(code, 2);
    assert.equal(entries.length, 1, "ask.eml is still checked");
    const lines = err.split("\n");
    assert.equal(lines.length, 3);
    assert.match(lines[0] ?? "", /broken\.ics: not valid iCalendar/);
    assert.match(lines[1] ?? "", /invalid\.json: subject: .*; start:/);
    assert.match(lines[2] ?? "", /missing\.eml: no such file/);
  });

  it("exits 2 on bad usage", async () => {
    assert.equal((await cli()).code, 2);
    assert.equal((await cli("lint", "x.eml")).code, 2);
    assert.equal((await cli("check")).code, 2);
    assert.equal((await cli("check", "--bogus", "x.eml")).code, 2);
    assert.equal((await cli("check", "--now", "someday", fixture("ask.eml"))).code, 2);
    assert.equal((await cli("check", fixture("../cli.test.ts"))).code, 2, "unsupported extension");
  });

  it("runs as a process with the same exit codes", () => {
    const result = spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", "check", fixture("ask.eml")], { encoding: "utf8" });
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stdout, /missing-response-level/);
    const clean = spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", "check", fixture("cancelled.ics")], { encoding: "utf8" });
    assert.equal(clean.status, 0, clean.stderr);
  });
});
