// The catalogues: every language says everything English says, in its own words, and a surface
// gets the language it asks for (English for any other).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findings as en } from "../../src/i18n/en/findings.js";
import { send as enSend } from "../../src/i18n/en/send.js";
import { ui as enUi } from "../../src/i18n/en/ui.js";
import { findingWordsFor, sendWordsFor, uiLanguage, uiWordsFor, UI_LANGUAGES } from "../../src/i18n/index.js";

/** Every leaf of a catalogue as text: strings as they are, functions called with sample arguments. */
function render(value: unknown, path = ""): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === "string") out.set(path, value);
  else if (typeof value === "function") {
    // One argument object that answers every parameter any entry takes.
    const sample = new Proxy({} as Record<string, unknown>, {
      get: (_, key) => (key === "recurrence" ? { unit: "week", interval: 2, workingDays: false } : SAMPLES[String(key)] ?? "X"),
    });
    // The two entries that take a plain value: a count and a piece of text to quote.
    const argument = path.includes("toLookAt") ? 3 : path.endsWith(".quote") ? "text" : sample;
    out.set(path, String((value as (p: unknown) => unknown)(argument)));
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) for (const [p, text] of render(v, `${path}.${k}`)) out.set(p, text);
  }
  return out;
}
const SAMPLES: Record<string, unknown> = { inSubject: false, hasJoinInfo: true, recurring: true, atLeast: false, hours: 5, minutes: 90, times: 6, words: 180, notice: 24, personHours: 4.5, perMonth: 19, people: 6, asks: 2, deadline: null, language: null, code: "it", line: "Need your input by Tuesday 3 March." };

// Words that are the same in every language: product and format names, times, units, numbers.
const SAME_EVERYWHERE = /^\.(?:locale|rules\.[a-z-]+\.(?:title)|severity\.info|ui)$/;

describe("the catalogues", () => {
  const english = new Map([...render(en, ".findings"), ...render(enSend, ".send"), ...render(enUi, ".ui")]);

  for (const code of ["de", "fr", "es"] as const) {
    it(`${code}: has every entry English has, each in ${code} (none left in English)`, () => {
      const words = new Map([...render(findingWordsFor(code), ".findings"), ...render(sendWordsFor(code), ".send"), ...render(uiWordsFor(code), ".ui")]);
      assert.deepEqual([...words.keys()].sort(), [...english.keys()].sort());
      const untranslated = [...english].filter(([path, text]) => words.get(path) === text && !/\.locale$/.test(path) && text.length > 3 && !SAME_EVERYWHERE.test(path));
      assert.deepEqual(untranslated.map(([p]) => p), []);
    });

    it(`${code}: the Smart Alerts texts fit Outlook's 500 characters with a long reply-by line`, () => {
      const say = sendWordsFor(code);
      assert.ok(say.noResponseLevel({ line: "x".repeat(60) }).length <= 500);
      assert.ok(say.noPreRead.length <= 500);
    });
  }

  it("picks the language by its base tag, English for any other and for none", () => {
    assert.deepEqual(
      ["de-AT", "FR-ca", "es_MX", "en-US", "pt-BR", "", undefined].map(uiLanguage),
      ["de", "fr", "es", "en", "en", "en", "en"],
    );
    assert.equal(findingWordsFor("de-CH").locale, "de-DE");
    assert.equal(uiWordsFor("ja-JP"), enUi);
    assert.deepEqual([...UI_LANGUAGES], ["en", "de", "fr", "es"]);
  });
});
