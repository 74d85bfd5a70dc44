// The rule module is pure: it bundles for the browser (the Outlook add-in checks drafts locally)
// and imports nothing but its own files and a few text/date libraries.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, it } from "node:test";
import { build } from "esbuild";

const ALLOWED = new Set([
  "zod/mini",
  "zod/v4/locales/en.js",
  "chrono-node",
  "chrono-node/en",
  "chrono-node/de",
  "chrono-node/fr",
  "chrono-node/es",
  "luxon",
  "htmlparser2",
  "linkifyjs",
  "tinyld/light",
]);

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

describe("the rule module's boundaries", () => {
  it("imports only its own files, the words of src/i18n and the allowed libraries", () => {
    const offending: string[] = [];
    for (const file of files("src/rules")) {
      for (const [, spec] of readFileSync(file, "utf8").matchAll(/\bfrom\s+"([^"]+)"/g)) {
        if (spec?.startsWith(".")) {
          const target = join(dirname(file), spec);
          if (!target.startsWith("src/rules/") && !target.startsWith("src/i18n/")) offending.push(`${file}: ${spec} (outside src/rules)`);
        } else if (!ALLOWED.has(spec ?? "")) offending.push(`${file}: ${spec}`);
      }
    }
    assert.deepEqual(offending, []);
  });

  it("gives the pre-read check a room: src/pre-read uses the rules, storage and the Graph client; nothing below it imports it", () => {
    const importsOf = (file: string) =>
      [...readFileSync(file, "utf8").matchAll(/\bfrom\s+"([^"]+)"/g)]
        .map(([, spec]) => spec ?? "")
        .filter((spec) => spec.startsWith("."))
        .map((spec) => join(dirname(file), spec));
    const upward = files("src/pre-read").flatMap((file) =>
      importsOf(file)
        .filter((target) => !/^src\/(?:pre-read|rules|storage|graph|i18n)\//.test(target))
        .map((target) => `${file} imports ${target}`),
    );
    const below = ["src/rules", "src/storage", "src/graph", "src/i18n"].flatMap(files).flatMap((file) =>
      importsOf(file)
        .filter((target) => target.startsWith("src/pre-read/"))
        .map((target) => `${file} imports ${target}`),
    );
    assert.deepEqual([...upward, ...below], []);
  });

  it("keeps the words (src/i18n) a leaf: they import nothing but each other", () => {
    const offending = files("src/i18n").flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/\bfrom\s+"([^"]+)"/g)]
        .map(([, spec]) => spec ?? "")
        .filter((spec) => !spec.startsWith(".") || !join(dirname(file), spec).startsWith("src/i18n/"))
        .map((spec) => `${file}: ${spec}`),
    );
    assert.deepEqual(offending, []);
  });

  it("bundles for the browser and runs from the bundle", async () => {
    const result = await build({
      entryPoints: ["src/rules/index.ts"],
      bundle: true,
      platform: "browser",
      format: "esm",
      target: "es2020",
      minify: true,
      write: false,
      logLevel: "silent",
    });
    assert.deepEqual(result.errors, []);
    const code = result.outputFiles[0]?.text ?? "";
    assert.ok(code.length > 10_000);
    const rules = (await import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`)) as typeof import("../../src/rules/index.js");
    const report = rules.checkMessage({ bodyText: "Can you review the deck?", sentAt: "2026-03-02T09:00:00Z" });
    assert.deepEqual(
      report.findings.map((f) => f.ruleId),
      ["missing-response-level"],
    );
  });

  it("uses no regular-expression syntax newer than ES2016 (Outlook's older JavaScript runtimes)", () => {
    // esbuild lowers other syntax but not regular expressions, literal or built from strings.
    const offending = ["src/rules", "src/addin"].flatMap(files).flatMap((f) =>
      readFileSync(f, "utf8")
        .split("\n")
        .map((line, i) => [line, i] as const)
        .filter(([line]) => /\(\?<[=!]|\\p\{|\(\?<[A-Za-z]/.test(line) && !/^\s*\/\//.test(line))
        .map(([, i]) => `${f}:${i + 1}`),
    );
    assert.deepEqual(offending, []);
  });

  it("keeps platform code out of the rules: no process.env below src/server", () => {
    const offending = ["src/rules", "src/cli"].flatMap(files).filter((f) => /process\.env/.test(readFileSync(f, "utf8")));
    assert.deepEqual(offending, []);
  });

  it("keeps each platform's library inside its own folder", () => {
    const home: Record<string, string> = {
      botbuilder: "src/bot",
      "botbuilder-azure-blobs": "src/storage",
      "@azure/storage-blob": "src/storage",
      "@microsoft/teams-js": "src/tab",
      "@azure/msal-node": "src/graph",
      jose: "src/server",
    };
    const offending: string[] = [];
    for (const file of files("src")) {
      for (const [, spec] of readFileSync(file, "utf8").matchAll(/\bfrom\s+"([^"]+)"/g)) {
        const folder = home[spec ?? ""];
        // Storage implements botbuilder's Storage interface and the server wires the adapter: type-level uses.
        const allowed = folder && (file.startsWith(folder) || (spec === "botbuilder" && /^src\/(?:storage|server)\//.test(file)));
        if (folder && !allowed) offending.push(`${file}: ${spec}`);
      }
    }
    assert.deepEqual(offending, []);
  });
});
