// Every regular expression of ours is checked for catastrophic backtracking with recheck.
// Literals are found in the source with the TypeScript parser; expressions built at run time
// (from phrase lists, team norms, chrono parsers) are caught by wrapping the RegExp constructor
// before the rule module loads, then exercising it. This file must not import src/ statically.
//
// With step limits (below) recheck gives the same verdict for the same expression every time, and
// checking all ~700 takes two minutes. So the expressions found safe are remembered by hash in
// redos-checked.json, with recheck's version: only new or changed expressions are checked on a run.
// RECHECK_SAVE=1 npm test (or this file alone) rewrites the list, keeping only the current expressions.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, it } from "node:test";
import { check } from "recheck";
import recheckPackage from "recheck/package.json" with { type: "json" };
import ts from "typescript";

interface Found {
  source: string;
  flags: string;
  where: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

function literalRegexes(): Found[] {
  const found: Found[] = [];
  for (const file of sourceFiles("src")) {
    const sf = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf);
        const end = text.lastIndexOf("/");
        const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
        found.push({ source: text.slice(1, end), flags: text.slice(end + 1), where: `${relative(".", file)}:${line + 1}` });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return found;
}

async function constructedRegexes(): Promise<Found[]> {
  const found: Found[] = [];
  const Original = RegExp;
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args: [string | RegExp, string?]) {
      const caller = (new Error().stack ?? "")
        .split("\n")
        .slice(2)
        .find((l) => !l.includes("node:internal"));
      // Only ours: chrono-node's own expressions are not ours to change (we bound their input instead).
      if (caller?.includes(`${process.cwd()}/src/`) && !caller.includes("node_modules")) {
        const source = typeof args[0] === "string" ? args[0] : args[0].source;
        const flags = args[1] ?? (typeof args[0] === "string" ? "" : args[0].flags);
        found.push({ source, flags, where: caller.trim() });
      }
      return Reflect.construct(target, args);
    },
  });
  try {
    const rules = await import("../../src/rules/index.js");
    const norms = { signalPhrases: { fyi: ["for the record"], input: ["reply by standup"], blocking: ["sev-1 (prod)"] } };
    rules.checkMessage(
      {
        bodyText: "Hi Sam, can you review it by EOD Friday or before Monday's standup, by the 20th, in 3 business days?\nThanks,\nAmy",
        sentAt: "2026-03-02T09:00:00Z",
      },
      norms,
    );
    rules.checkMessage({ bodyHtml: "<p>FYI, no rush</p>", channel: "chat" }, norms);
    rules.checkInvite({
      subject: "Sync",
      bodyText: "Agenda:\n1. a b\nJoin Zoom Meeting https://zoom.us/j/1",
      start: "2026-03-04T15:00:00Z",
      attendees: [{ email: "a@b.c" }],
    });
  } finally {
    globalThis.RegExp = Original;
  }
  return found;
}

const CHECKED = new URL("redos-checked.json", import.meta.url);
interface Checked {
  recheck: string;
  safe: string[];
}
const hash = (r: Found) => createHash("sha256").update(`${r.flags}/${r.source}`).digest("hex").slice(0, 24);

describe("regular expressions", () => {
  it("are all free of catastrophic backtracking", async () => {
    const all = [...literalRegexes(), ...(await constructedRegexes())];
    const unique = new Map(all.map((r) => [`${r.flags}/${r.source}`, r]));
    assert.ok(unique.size > 80, `found only ${unique.size} expressions: the scan is broken`);
    const saved = JSON.parse(readFileSync(CHECKED, "utf8")) as Checked;
    const known = new Set(saved.recheck === recheckPackage.version ? saved.safe : []);
    const problems: string[] = [];
    const safe: string[] = [];
    for (const r of unique.values()) {
      const key = hash(r);
      if (known.has(key)) {
        safe.push(key);
        continue;
      }
      // Step limits, not time limits: recheck's fuzzing then gives the same answer on a busy machine
      // as on an idle one (with time limits it found different attacks when tests ran side by side).
      const result = await check(r.source, r.flags.replace(/[gy]/g, ""), { timeout: null, attackTimeout: null, incubationTimeout: null, seedingTimeout: null });
      if (result.status === "vulnerable") {
        problems.push(`${r.where}: /${r.source.slice(0, 80)}…/ is ${result.complexity.summary}; attack ${result.attack.pattern}`);
      } else if (result.status === "unknown") {
        problems.push(`${r.where}: /${r.source.slice(0, 80)}…/ could not be checked (${result.error.kind})`);
      } else {
        safe.push(key);
      }
    }
    if (process.env.RECHECK_SAVE === "1") {
      const next: Checked = { recheck: recheckPackage.version, safe: [...new Set(safe)].sort() };
      writeFileSync(CHECKED, `${JSON.stringify(next, null, 1)}\n`);
    }
    assert.deepEqual(problems, []);
  });
});
