import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { checkInvite, checkMessage } from "../../../src/rules/index.js";
import { identifyLanguage } from "../../../src/rules/language/identify.js";
import { languageNotCheckedMessage } from "../../../src/rules/language-not-checked.js";
import { meeting, MONDAY_9AM, ruleTester } from "../rule-tester.js";

ruleTester.run(languageNotCheckedMessage, {
  valid: [
    "Can you send me the signed SOW?",
    { text: "did the PROJ-507 fix go out?", why: "terse English, few function words" },
    { text: "Focus: write Q2 plan", why: "too short to tell: English stands" },
    { text: "Danke!", why: "too short to tell" },
    { text: "Could you check the Zürich and München invoices from Müller GmbH by Friday?", why: "foreign names in an English sentence" },
    { text: "FYI, no response needed: the Straßenbahn timetable moved to the wiki.", why: "English with one foreign word" },
    {
      text: "Can you confirm the venue by Thursday?\n\nOn Mon, 2 Mar 2026 at 09:00, Jan Becker wrote:\n> Können wir den Raum für Donnerstag buchen? Bitte um kurze Rückmeldung.",
      why: "judged by the new text, not the quoted German",
    },
    { text: "Könnten Sie mir bitte bis Freitag ein Angebot schicken?", why: "German is read" },
    { text: "Hallo Jan, kannst du dir das bitte kurz anschauen? Danke dir!", why: "German is read" },
    { text: "Pourriez-vous m'envoyer le devis avant vendredi ? Merci d'avance.", why: "French is read" },
    { text: "¿Podrías enviarme la propuesta antes del viernes? Gracias.", why: "Spanish is read" },
    {
      text: "Q2 promo calendar\nEndcap allocation by region\nGaps in shelf plan\nSupplier funding",
      why: "an English list with no function words is not another language",
    },
  ],
  invalid: [
    { text: "Potresti inviarmi il preventivo entro venerdì? Grazie mille.", findings: [{ messageIncludes: "Italian" }] },
    { text: "Kun je me de offerte voor vrijdag sturen? Alvast bedankt.", findings: [{ messageIncludes: "Dutch" }] },
    { text: "Você pode me enviar a proposta até sexta-feira? Obrigado.", findings: [{ messageIncludes: "Portuguese" }] },
    { text: "Czy możesz przesłać mi ofertę do piątku? Dziękuję.", findings: [{ messageIncludes: "Polish" }] },
    { text: "金曜日までに見積もりを送っていただけますか？", findings: [{ messageIncludes: "Japanese" }] },
  ],
});

describe("a draft in a language the rules do not read", () => {
  const questions = [
    "Puoi approvare l'ordine d'acquisto? È urgente.",
    "Kun je de begroting goedkeuren? Het is dringend.",
    "Você pode aprovar o orçamento? É urgente.",
    "Czy możesz zatwierdzić budżet? To pilne.",
  ];
  for (const text of questions) {
    it(`gets no headline or language finding but the note: ${text}`, () => {
      const report = checkMessage({ channel: "email", bodyText: text, sentAt: MONDAY_9AM });
      assert.deepEqual(
        report.findings.map((f) => f.ruleId),
        ["language-not-checked"],
      );
      assert.equal(report.findings[0]!.severity, "info");
      assert.notEqual(report.detected.language, "en");
      assert.equal(report.detected.asks, 0, "no English reading of the question");
      assert.equal(report.detected.responseLevel, "none");
    });
  }

  it("reports the language in every report, English included", () => {
    assert.equal(checkMessage({ channel: "chat", bodyText: "Can you review the deck?" }).detected.language, "en");
    assert.equal(checkMessage({ channel: "chat", bodyText: "Kannst du das Deck bis morgen prüfen?" }).detected.language, "de");
  });

  it("can be switched off in the norms like any rule", () => {
    const report = checkMessage({ channel: "chat", bodyText: "Puoi controllare la presentazione entro domani?" }, { rules: { "language-not-checked": "off" } });
    assert.deepEqual(report.findings, []);
  });

  it("is judged on invites too: no pre-read finding read from Dutch words, the cost still shown", () => {
    const invite = meeting({
      subject: "Budgetplanning 2027",
      bodyText: "We moeten het even hebben over het budget van volgend jaar, zodat iedereen weet waar we staan.",
    });
    const report = checkInvite(invite, { rules: { "meeting-cost": "info" } });
    assert.equal(report.detected.language, "nl");
    const ids = report.findings.map((f) => f.ruleId);
    assert.ok(!ids.includes("missing-pre-read"));
    assert.ok(ids.includes("language-not-checked"));
  });
});

describe("identifying the language", () => {
  it("keeps English for English with foreign words and for texts too short to tell", () => {
    for (const text of ["ok", "Danke", "ASAP pls", "Can you approve the Übersicht by EOD?", "Status: grün"]) {
      assert.equal(identifyLanguage(text).code, "en", text);
    }
  });

  it("reads telegraphic English as English, and the everyday words English shares with others as no sign", () => {
    for (const text of [
      "Quick one - approve PO 4471 today?",
      "Do we have a decision on the vendor?",
      "Board pack v3 final, sign-off needed EOD",
      "Agenda: budget review, hiring plan, Q3 roadmap, AOB",
      "whats the ETA on the Felixstowe boxes? customer service keep asking me",
      "Following the change to the hotel framework agreement, Finance requests that all cost-centre managers submit revised travel forecasts.",
    ]) {
      assert.equal(identifyLanguage(text).code, "en", text);
    }
  });

  it("tells close languages apart", () => {
    assert.equal(identifyLanguage("Você pode me enviar a proposta até sexta-feira? Obrigado.").code, "pt");
    assert.equal(identifyLanguage("¿Podrías enviarme la propuesta antes del viernes? Gracias.").code, "es");
    assert.equal(identifyLanguage("Kun je me de offerte voor vrijdag sturen? Alvast bedankt.").code, "nl");
    assert.equal(identifyLanguage("Kannst du mir das Angebot bis Freitag schicken? Danke.").code, "de");
  });

  it("uses the fallback a team sets when the text is too short", () => {
    assert.deepEqual(identifyLanguage("Danke!", "de"), { code: "de", fromText: false });
  });
});
