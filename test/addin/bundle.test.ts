// The autorun bundle as classic Outlook loads it: one file, ES2016 syntax, no imports, handlers
// registered with Office.actions.associate, run in a bare JavaScript context with no Node.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { after, before, describe, it } from "node:test";
import { parse } from "acorn";
import { buildAddin } from "../../scripts/build-addin.js";
import type { WebBuild } from "../../scripts/bundle-web.js";
import { createFakeOffice, fakeEvent } from "../../fakes/office.js";

let dir: string;
let code: string;
let builds: WebBuild[];
before(async () => {
  dir = mkdtempSync(join(tmpdir(), "async-coach-addin-"));
  builds = await buildAddin(dir);
  code = readFileSync(join(dir, "launchevent.js"), "utf8");
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe("the autorun bundle", () => {
  it("stays within its download budgets with the learned scorer's weights: the send handler and the task pane at most 300 KB gzipped", () => {
    const gzip = (name: string) => builds.find((b) => b.file.endsWith(name))?.gzipBytes ?? Number.NaN;
    assert.ok(gzip("launchevent.js") <= 300 * 1024, `launchevent.js is ${(gzip("launchevent.js") / 1024).toFixed(0)} KB gzipped`);
    assert.ok(gzip("taskpane.js") <= 300 * 1024, `taskpane.js is ${(gzip("taskpane.js") / 1024).toFixed(0)} KB gzipped`);
  });

  it("parses as an ES2016 script (regular expressions included), with no import or require", () => {
    const ast = parse(code, { ecmaVersion: 2016, sourceType: "script" });
    // Walk the tree for syntax newer than ES2016: async functions, await, object rest/spread.
    const newer: string[] = [];
    const walk = (node: unknown): void => {
      if (!node || typeof node !== "object") return;
      if (Array.isArray(node)) return node.forEach(walk);
      const n = node as { type?: string; async?: boolean; properties?: { type: string }[] };
      if (n.async) newer.push("async function");
      if (n.type === "AwaitExpression") newer.push("await");
      if ((n.type === "ObjectExpression" || n.type === "ObjectPattern") && n.properties?.some((p) => p.type !== "Property")) newer.push("object rest/spread");
      for (const value of Object.values(node)) if (value && typeof value === "object") walk(value);
    };
    walk(ast);
    assert.deepEqual([...new Set(newer)], []);
    assert.doesNotMatch(code, /\brequire\(|^\s*import\s/m);
  });

  it("loads and decides in German, French and Spanish where RegExp knows no Unicode property escapes (ES2016)", async () => {
    // Literals are checked by the parse above; this catches new RegExp("\\p{L}", "u") built at load.
    const ES2016RegExp = function (pattern: string | RegExp, flags?: string) {
      const source = typeof pattern === "string" ? pattern : pattern.source;
      if (/\\p\{/.test(source)) throw new SyntaxError(`Invalid regular expression: /${source}/: Invalid escape`);
      return new RegExp(pattern, flags);
    } as unknown as RegExpConstructor;
    const drafts = {
      de: "Hallo Jana, kannst du mir bitte das unterschriebene Angebot schicken? Danke und viele Grüße",
      fr: "Bonjour Marc, pourrais-tu m'envoyer le devis signé avant la fin de la semaine ? Merci beaucoup",
      es: "Hola Lucía, ¿puedes enviarme el presupuesto firmado? Me ayudaría mucho para cerrar el pedido. Gracias",
    };
    const decisions: Record<string, unknown> = {};
    for (const [language, text] of Object.entries(drafts)) {
      const fake = createFakeOffice({ bodyHtml: `<p>${text}</p>` });
      const errors: string[] = [];
      runInNewContext(code, {
        Office: fake.office,
        RegExp: ES2016RegExp,
        console: { error: (m: string) => errors.push(m), log: () => undefined, warn: () => undefined },
        setTimeout,
        clearTimeout,
        queueMicrotask,
      });
      assert.deepEqual(errors, [], language);
      const event = fakeEvent();
      await fake.associated.get("onMessageSend")!(event);
      decisions[language] = event.calls[0]?.allowEvent;
    }
    // German and Spanish ask with no reply-by and are stopped; the French draft names its moment.
    assert.deepEqual(decisions, { de: false, fr: true, es: false });
  });

  it("registers every handler the manifest names and decides on send in a bare context", async () => {
    const manifest = JSON.parse(readFileSync("appPackage/manifest.json", "utf8"));
    const actions: string[] = manifest.extensions[0].runtimes[1].actions.map((a: { id: string }) => a.id);
    const fake = createFakeOffice({ bodyHtml: "<p>Can you send me the signed SOW?</p>" });
    const errors: string[] = [];
    runInNewContext(code, {
      Office: fake.office,
      console: { error: (m: string) => errors.push(m), log: () => undefined, warn: () => undefined },
      setTimeout,
      clearTimeout,
      queueMicrotask,
    });
    assert.deepEqual([...fake.associated.keys()].sort(), [...actions].sort());
    const event = fakeEvent();
    await fake.associated.get("onMessageSend")!(event);
    assert.equal(event.calls.length, 1);
    assert.equal(event.calls[0]?.allowEvent, false, errors.join("; "));
  });
});
