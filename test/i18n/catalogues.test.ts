// The catalogues: every language says everything English says, in its own words, and a surface
// gets the language it asks for (English for any other).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findings as en } from "../../src/i18n/en/findings.js";
import { ui as enUi } from "../../src/i18n/en/ui.js";
import { bot as enBot } from "../../src/i18n/en/bot.js";
import { norms as enNorms } from "../../src/i18n/en/norms.js";
import { tab as enTab } from "../../src/i18n/en/tab.js";
import type { SendWords } from "../../src/i18n/send.js";
import { botWordsFor, findingWordsFor, normsWordsFor, sendWordsFor, tabWordsFor, uiLanguage, uiWordsFor, UI_LANGUAGES } from "../../src/i18n/index.js";

/** Every leaf of a catalogue as text: strings as they are, functions called with sample arguments. */
function render(value: unknown, path = ""): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === "string") out.set(path, value);
  else if (typeof value === "function") {
    // One argument object that answers every parameter any entry takes.
    const sample = new Proxy({} as Record<string, unknown>, {
      get: (_, key) => (key === "recurrence" ? { unit: "week", interval: 2, workingDays: false } : (SAMPLES[String(key)] ?? "X")),
    });
    // The entries that take a plain value: a count, a piece of text to quote, a list of days, a rule's id.
    const argument = path.includes("toLookAt")
      ? 3
      : path.endsWith(".quote")
        ? "text"
        : path.endsWith(".dayList")
          ? ["Mon", "Wed"]
          : path.endsWith(".checkName")
            ? "meeting-cost"
            : sample;
    out.set(path, String((value as (p: unknown) => unknown)(argument)));
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) for (const [p, text] of render(v, `${path}.${k}`)) out.set(p, text);
  }
  return out;
}
const SAMPLES: Record<string, unknown> = {
  channel: "email",
  checks: ["Meeting cost", "Better in a call"],
  scope: { kind: "team", team: "Sales" },
  setting: null,
  by: "Ana",
  team: "Sales",
  added: true,
  personal: false,
  inSubject: false,
  hasJoinInfo: true,
  recurring: true,
  atLeast: false,
  hours: 5,
  minutes: 90,
  times: 6,
  words: 180,
  notice: 24,
  personHours: 4.5,
  perMonth: 19,
  people: 6,
  asks: 2,
  deadline: null,
  language: null,
  code: "it",
  line: "Need your input by Tuesday 3 March.",
};

// Entries that may read as in English: a plain list joined with commas, and "E-mail" where a language spells it so.
const MAY_MATCH_ENGLISH = new Set([".norms.dayList", ".tab.preview.email"]);

describe("the catalogues", () => {
  const all = (f: typeof en, send: SendWords, ui: typeof enUi, bot: typeof enBot, norms: typeof enNorms, tab: typeof enTab) =>
    new Map([
      ...render(f, ".findings"),
      ...render(send, ".send"),
      ...render(ui, ".ui"),
      ...render(bot, ".bot"),
      ...render(norms, ".norms"),
      ...render(tab, ".tab"),
    ]);
  const english = all(en, sendWordsFor("en"), enUi, enBot, enNorms, enTab);

  for (const code of ["de", "fr", "es"] as const) {
    it(`${code}: has every entry English has, each in ${code} (none left in English)`, () => {
      const words = all(findingWordsFor(code), sendWordsFor(code), uiWordsFor(code), botWordsFor(code), normsWordsFor(code), tabWordsFor(code));
      assert.deepEqual([...words.keys()].sort(), [...english.keys()].sort());
      const untranslated = [...english].filter(
        ([path, text]) => words.get(path) === text && !/\.locale$/.test(path) && text.length > 3 && !MAY_MATCH_ENGLISH.has(path),
      );
      assert.deepEqual(
        untranslated.map(([p]) => p),
        [],
      );
    });
  }

  for (const code of UI_LANGUAGES) {
    it(`${code}: the Smart Alerts texts fit Outlook's 500 characters with a long reply-by line`, () => {
      const say = sendWordsFor(code).rules;
      assert.ok(say["missing-response-level"].alert({ line: "x".repeat(60), ask: "y".repeat(90) }).length <= 500);
      assert.ok(say["missing-pre-read"].alert.length <= 500);
    });

    it(`${code}: the send handler's words are the headline rules' own short forms`, () => {
      const rules = findingWordsFor(code).rules;
      assert.equal(sendWordsFor(code).rules["missing-response-level"], rules["missing-response-level"].short);
      assert.equal(sendWordsFor(code).rules["missing-pre-read"], rules["missing-pre-read"].short);
    });
  }

  it("picks the language by its base tag, English for any other and for none", () => {
    assert.deepEqual(["de-AT", "FR-ca", "es_MX", "en-US", "pt-BR", "", undefined].map(uiLanguage), ["de", "fr", "es", "en", "en", "en", "en"]);
    assert.equal(findingWordsFor("de-CH").locale, "de-DE");
    assert.equal(uiWordsFor("ja-JP"), enUi);
    assert.deepEqual([...UI_LANGUAGES], ["en", "de", "fr", "es"]);
  });
});
