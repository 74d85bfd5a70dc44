// Findings in the reader's language, lines added to the draft in the draft's language: a German
// draft checked for a French reader gets a French message and a German reply-by line.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findingWordsFor } from "../../src/i18n/index.js";
import { applyFix, checkInvite, checkMessage, ruleTitle } from "../../src/rules/index.js";
import { MONDAY_9AM } from "./rule-tester.js";

const findingOf = (report: { findings: { ruleId: string; message: string; fix?: { text: string; position: "top" | "bottom" } }[] }, id: string) =>
  report.findings.find((f) => f.ruleId === id);

describe("findings in the reader's language", () => {
  it("words a German draft's finding for a French reader, and keeps the line to add in German", () => {
    const report = checkMessage({ bodyText: "Kannst du mir die aktuellen Zahlen schicken?", sentAt: MONDAY_9AM }, {}, new Date(), findingWordsFor("fr-FR"));
    const finding = findingOf(report, "missing-response-level")!;
    assert.match(finding.message, /^Vous demandez «\sKannst du mir die aktuellen Zahlen schicken\?\s» sans préciser/);
    assert.equal(finding.fix?.text, "Bitte um Rückmeldung bis Dienstag, 3. März.");
  });

  it("writes dates and weekdays of a message in the reader's language", () => {
    const report = checkMessage({ bodyText: "Can you send the figures by Saturday?", sentAt: MONDAY_9AM }, {}, new Date(), findingWordsFor("de"));
    // The writer's words stay as written; the weekday and the dates around it are the reader's.
    assert.equal(
      findingOf(report, "unworkable-deadline")!.message,
      "„Saturday“ fällt auf Samstag und damit nicht auf einen Arbeitstag des Teams. Nimm lieber Freitag, 6. März oder Montag, 9. März.",
    );
  });

  it("names the rules and the reasons an event is not judged in the reader's language", () => {
    assert.equal(ruleTitle("missing-pre-read", findingWordsFor("es")), findingWordsFor("es").rules["missing-pre-read"].title);
    assert.notEqual(ruleTitle("missing-pre-read", findingWordsFor("es")), ruleTitle("missing-pre-read"));
    const report = checkInvite(
      { subject: "Offsite", start: "2026-03-04T00:00:00Z", isAllDay: true, attendees: [{ email: "a@b.c" }] },
      {},
      new Date(MONDAY_9AM),
      findingWordsFor("de"),
    );
    assert.equal(report.detected.notAMeetingBecause, findingWordsFor("de").notAMeeting["all-day"]);
  });

  it("names an unread language in the reader's language", () => {
    const report = checkMessage(
      { bodyText: "Ciao Marco, puoi mandarmi il contratto firmato? Grazie mille e buona giornata", sentAt: MONDAY_9AM },
      {},
      new Date(),
      findingWordsFor("fr"),
    );
    assert.match(findingOf(report, "language-not-checked")!.message, /italien/);
  });
});

describe("the lines a fix adds, in each language the rules read", () => {
  const drafts = {
    en: "Can you send me the latest figures?",
    de: "Kannst du mir die aktuellen Zahlen schicken?",
    fr: "Pourriez-vous me transmettre les chiffres du trimestre ?",
    es: "¿Puedes revisar el contrato del proveedor?",
  };
  for (const [code, text] of Object.entries(drafts)) {
    it(`${code}: the reply-by line settles the draft`, () => {
      const fix = findingOf(checkMessage({ bodyText: text, sentAt: MONDAY_9AM }), "missing-response-level")?.fix;
      assert.ok(fix, "flagged first");
      const fixed = checkMessage({ bodyText: applyFix(text, fix), sentAt: MONDAY_9AM });
      assert.equal(findingOf(fixed, "missing-response-level"), undefined);
      assert.equal(fixed.detected.responseLevel, "input");
    });
  }

  const updates = {
    en: "The migration finished overnight and every service is back on the new cluster. ",
    de: "Die Migration ist über Nacht fertig geworden und alle Dienste laufen wieder auf dem neuen Cluster. ",
    fr: "La migration s'est terminée cette nuit et tous les services tournent de nouveau sur le nouveau cluster. ",
    es: "La migración terminó durante la noche y todos los servicios funcionan de nuevo en el clúster nuevo. ",
  };
  for (const [code, sentence] of Object.entries(updates)) {
    it(`${code}: the FYI line marks a long update as FYI`, () => {
      const text = sentence.repeat(12);
      const fix = findingOf(checkMessage({ bodyText: text, sentAt: MONDAY_9AM }), "long-message-without-fyi")?.fix;
      assert.ok(fix, "flagged first");
      const fixed = checkMessage({ bodyText: applyFix(text, fix), sentAt: MONDAY_9AM });
      assert.equal(fixed.detected.language, code);
      assert.equal(fixed.detected.responseLevel, "fyi");
    });
  }

  const invites = { en: "Budget sync", de: "Abstimmung Budget", fr: "Point budget", es: "Reunión de presupuesto" };
  for (const [code, subject] of Object.entries(invites)) {
    it(`${code}: the agenda template is a pre-read once a topic is filled in, not before`, () => {
      const invite = {
        subject,
        start: "2026-03-05T14:00:00Z",
        end: "2026-03-05T15:00:00Z",
        attendees: [{ email: "a@contoso.com" }, { email: "b@contoso.com" }],
        organizer: { email: "o@contoso.com" },
      };
      const fix = findingOf(checkInvite(invite, { language: code }, new Date(MONDAY_9AM)), "missing-pre-read")?.fix;
      assert.ok(fix, "flagged first");
      const template = applyFix("", fix);
      const unfilled = checkInvite({ ...invite, bodyText: template }, { language: code }, new Date(MONDAY_9AM));
      assert.ok(findingOf(unfilled, "missing-pre-read"), "the template's placeholders are no pre-read");
      const filled = template.replace(/1\. <[^<>]+>/, "1. Budget 2027");
      assert.notEqual(filled, template);
      const fixed = checkInvite({ ...invite, bodyText: filled }, { language: code }, new Date(MONDAY_9AM));
      assert.equal(findingOf(fixed, "missing-pre-read"), undefined);
      assert.equal(fixed.detected.preRead.agenda, true);
    });
  }
});
