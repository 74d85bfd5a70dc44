// What a person sees from the bot, held to the standard of a real Teams client: every button does
// something, no internal ids, nothing typed is lost, and the words fit the moment.
import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { ActivityTypes, TestAdapter, type Activity } from "botbuilder";
import { AsyncCoachBot, improvedText } from "../../src/bot/async-coach-bot.js";
import { draftResultCard, findingsCard, helpCard, normsCard, settingsCard, settingsValuesOf, welcomeCard } from "../../src/bot/cards/cards.js";
import { cardText as textOfCard, incomingText, payloadDraft } from "../../src/bot/incoming-text.js";
import { findingWordsFor, uiWordsFor } from "../../src/i18n/index.js";
import { ALL_RULES, checkMessage, DEFAULT_NORMS } from "../../src/rules/index.js";
import { ConversationStore } from "../../src/storage/conversation-store.js";
import { FileStorage } from "../../src/storage/file-storage.js";
import { NormsStore } from "../../src/storage/norms-store.js";
import { ReminderStore } from "../../src/storage/reminder-store.js";
import { WatchStore } from "../../src/storage/watch-store.js";

let dir: string;
let storage: FileStorage;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), "async-coach-bot-words-"));
  storage = new FileStorage(dir);
});
after(() => rm(dir, { recursive: true, force: true }));

const USER = { id: "29:user-1", name: "Ana Diaz", aadObjectId: "aad-ana" };

function harness(extra: Partial<ConstructorParameters<typeof AsyncCoachBot>[0]> = {}, locale = "en-GB") {
  const norms = new NormsStore(storage);
  const bot = new AsyncCoachBot({ norms, conversations: new ConversationStore(storage), ...extra });
  const adapter = new TestAdapter(async (context) => bot.run(context), {
    channelId: "msteams",
    from: USER,
    // TestAdapter's template wins over each activity's fields: the Teams locale is set here.
    locale,
    recipient: { id: "28:bot", name: "Async Coach" },
    conversation: { id: `a:personal-${Math.random()}`, conversationType: "personal", isGroup: false, name: "" },
  });
  return { adapter, norms };
}

async function reply(adapter: TestAdapter, input: string | Partial<Activity>): Promise<Partial<Activity>> {
  let got: Partial<Activity> | undefined;
  await adapter.send(input).assertReply((a) => {
    got = a;
  });
  return got!;
}

type Json = Record<string, any>;
const cardOf = (activity: Partial<Activity>) => activity.attachments?.[0]?.content as Json;
/** Everything a person can read on a card: its texts, fact titles and values, labels and button titles. */
function visibleText(card: Json): string {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== "object") return;
    const n = node as Json;
    for (const key of ["text", "title", "value", "label", "placeholder"]) if (typeof n[key] === "string") out.push(n[key]);
    for (const key of ["body", "items", "columns", "facts", "actions", "choices"]) walk(n[key]);
  };
  walk(card);
  return out.join("\n");
}
/** Every Action.Submit on a card, at any depth. */
function submits(card: Json): Json[] {
  const found: Json[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== "object") return;
    const n = node as Json;
    if (n.type === "Action.Submit") found.push(n);
    for (const key of ["body", "items", "columns", "actions"]) walk(n[key]);
  };
  walk(card);
  return found;
}

const RULE_IDS = ALL_RULES.map((r) => r.id);
const flaggedDraft = "Can you send me the signed SOW? WE ARE LATE AGAIN WITH THIS";
const flagged = checkMessage({ channel: "chat", bodyText: flaggedDraft });

describe("card buttons", () => {
  const cards: Record<string, Json> = {
    welcome: welcomeCard().content,
    help: helpCard(true).content,
    norms: normsCard(DEFAULT_NORMS, { scope: { kind: "personal" } }).content,
    settings: settingsCard(settingsValuesOf(DEFAULT_NORMS), { kind: "personal" }, "e1").content,
  };

  it("send plain submit data, never the msteams field a strict client refuses", () => {
    for (const [name, card] of Object.entries(cards)) {
      const actions = submits(card);
      assert.ok(actions.length > 0, `${name} has buttons`);
      for (const action of actions) assert.equal(JSON.stringify(action.data).includes("msteams"), false, `${name}: ${action.title}`);
    }
  });

  it("each do what they say when the bot gets their data", async () => {
    const expected: Record<string, RegExp> = { "Show our norms": /^Norms for you/, Help: /^What I can do/, "Change norms": /^Change the norms for you/ };
    for (const card of [cards.welcome!, cards.help!, cards.norms!]) {
      for (const action of submits(card)) {
        const answer = await reply(harness().adapter, { type: ActivityTypes.Message, value: action.data });
        const want = expected[action.title as string];
        assert.ok(want, `a button we know: ${action.title}`);
        assert.match(visibleText(cardOf(answer)), want, action.title);
      }
    }
  });

  it("ignore data that is not a known command and answer with help", async () => {
    const answer = await reply(harness().adapter, { type: ActivityTypes.Message, value: { action: "command", command: "rm -rf" } });
    assert.match(visibleText(cardOf(answer)), /^What I can do/);
  });
});

describe("the help card", () => {
  it("shows every command of the manifest's command list by its name, with no markup lost", () => {
    const text = visibleText(helpCard(true).content as Json);
    for (const command of ["check", "norms", "settings", "watch my meetings", "stop watching", "help"]) {
      assert.match(text, new RegExp(`^${command}$`, "m"), command);
    }
    assert.doesNotMatch(text, /[<>]/);
  });

  it("says who can switch the pre-read reminders on when this server cannot read calendars", () => {
    assert.match(visibleText(helpCard(false).content as Json), /your Teams admin can switch them on/);
    assert.doesNotMatch(visibleText(helpCard(true).content as Json), /admin/);
  });
});

describe("findings cards", () => {
  it("name each rule in words a person understands, never by its id", () => {
    const shown = [
      findingsCard(flagged, improvedText(flaggedDraft, flagged)).content,
      findingsCard(flagged, "", "sent").content,
      draftResultCard(flagged, flaggedDraft, improvedText(flaggedDraft, flagged)),
    ];
    assert.ok(flagged.findings.length >= 2, "a draft with several findings");
    for (const card of shown) {
      const text = visibleText(card as Json);
      for (const id of RULE_IDS) assert.equal(text.includes(id), false, `${id} shows on a card`);
      assert.match(text, /No response level/);
    }
  });

  it("speak of an already sent message as sent", () => {
    const text = visibleText(findingsCard(flagged, "", "sent").content as Json);
    assert.doesNotMatch(text, /before you send|Good to send|ready to copy/);
    assert.match(text, /this message could have said/);
    const clean = checkMessage({ channel: "chat", bodyText: "FYI, no response needed: the wiki moved." });
    assert.match(visibleText(findingsCard(clean, "", "sent").content as Json), /^Nothing missing/);
  });

  it("state the level read in plain words, the deadline as written, and no count of asks", () => {
    const german = checkMessage(
      { channel: "chat", bodyText: "Kannst du mir die Zahlen bis Freitag schicken?" },
      DEFAULT_NORMS,
      new Date("2026-03-02T09:00:00Z"),
    );
    const de = visibleText(findingsCard(german, "", "draft", "de-DE").content as Json);
    assert.match(de, /Gelesen als: Antwort mit Frist erbeten \(„Freitag“\)\./);
    assert.doesNotMatch(de, /\d Bitte/);
    const en = visibleText(findingsCard(flagged, "").content as Json);
    assert.match(en, /Reads as: no response level\./);
    assert.doesNotMatch(en, /\d asks?\b/);
  });

  it("offer 'Insert draft', not 'Insert improved draft', when nothing was improved", () => {
    const draft = "Thanks for the notes, all clear.";
    const report = checkMessage({ channel: "chat", bodyText: draft });
    const titles = submits(draftResultCard(report, draft, improvedText(draft, report))).map((a) => a.title);
    assert.deepEqual(titles, ["Check again", "Insert draft"]);
    const improved = submits(draftResultCard(flagged, flaggedDraft, improvedText(flaggedDraft, flagged))).map((a) => a.title);
    assert.deepEqual(improved, ["Check again", "Insert improved draft"]);
  });

  it("show a long draft's fix as the line alone, with where it goes above it and nothing else to copy", () => {
    const draft = `Hi Sam,\n\nCan you review the attached plan and send me your comments?\n\n${"The rollout covers every region in turn. ".repeat(110)}\n\nThanks,\nAna`;
    const report = checkMessage({ channel: "chat", bodyText: draft });
    const improved = improvedText(draft, report);
    assert.ok(typeof improved !== "string" && improved.linesOnly, "only the lines fit in a card");
    const fix = report.findings.find((f) => f.fix)?.fix?.text ?? "";
    assert.equal(improved.text, fix);
    const card = findingsCard(report, improved).content as Json;
    const text = visibleText(card);
    assert.match(text, /Your draft is too long to show here\. Add this after the greeting:/);
    assert.doesNotMatch(text, /Add at the top/);
    assert.doesNotMatch(text, /Improved draft, ready to copy/);
    // The compose-box dialog inserts the writer's own draft: an improved one would not fit beside it.
    assert.deepEqual(
      submits(draftResultCard(report, draft, improved)).map((a) => [a.title, (a.data as { text?: string }).text]),
      [
        ["Check again", undefined],
        ["Insert draft", draft],
      ],
    );
  });

  for (const draft of ["👍", "🎉🎉🎉", "  …  ", "--", "\u200b", ":)"]) {
    it(`say there is nothing to check in ${JSON.stringify(draft)}, not "Good to send"`, () => {
      const report = checkMessage({ channel: "chat", bodyText: draft });
      const card = draftResultCard(report, draft, improvedText(draft, report));
      assert.match(visibleText(card), /^Nothing to check/);
      assert.doesNotMatch(visibleText(card), /Good to send/);
      assert.deepEqual(
        submits(card).map((a) => a.title),
        ["Check again"],
        "nothing to insert",
      );
    });
  }
});

describe("the bot's words", () => {
  it("answers an emoji-only message with nothing to check", async () => {
    const text = visibleText(cardOf(await reply(harness().adapter, "👍👍")));
    assert.match(text, /^Nothing to check/);
  });

  it("shows when the norms last changed in the norms' own time zone", async () => {
    const { adapter, norms } = harness();
    await norms.set("user:aad-ana", { timeZone: "Europe/Berlin" }, "Ana Diaz", undefined);
    const text = visibleText(cardOf(await reply(adapter, "norms")));
    assert.match(text, /Last changed by Ana Diaz on \d{1,2} [A-Z][a-z]{2} \d{4}, \d\d:\d\d \(Europe\/Berlin\)\./);
    assert.doesNotMatch(text, /GMT|UTC/);
  });

  it("keeps what the user typed beside the errors in the settings form", async () => {
    const { adapter, norms } = harness();
    const before = await norms.get("user:aad-ana");
    const answer = await reply(adapter, {
      type: ActivityTypes.Message,
      value: {
        action: "saveNorms",
        eTag: before.eTag ?? "",
        timeZone: "Europe/Berlinn",
        workingDays: "mon,tue",
        workStart: "08:30",
        workEnd: "16:30",
        focusStart: "",
        focusEnd: "",
        preReadNoticeHours: "400",
        replyChat: "1",
        replyEmail: "3",
      },
    });
    const card = cardOf(answer);
    const inputs = new Map<string, unknown>();
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (!node || typeof node !== "object") return;
      const n = node as Json;
      if (typeof n.id === "string" && String(n.type).startsWith("Input.")) inputs.set(n.id, n.value);
      for (const key of ["body", "items", "columns"]) walk(n[key]);
    };
    walk(card.body);
    assert.match(visibleText(card), /Time zone: not a known IANA time zone/);
    assert.equal(inputs.get("timeZone"), "Europe/Berlinn");
    assert.equal(inputs.get("workingDays"), "mon,tue");
    assert.equal(inputs.get("workStart"), "08:30");
    assert.equal(String(inputs.get("preReadNoticeHours")), "400");
    assert.equal(String(inputs.get("replyEmail")), "3");
  });

  it("takes a city for the time zone: 'Berlin' saves Europe/Berlin, 'new york' America/New_York, 'Kyiv' Europe/Kyiv", async () => {
    const { zoneFromWords } = await import("../../src/bot/settings-form.js");
    assert.equal(zoneFromWords("Berlin"), "Europe/Berlin");
    assert.equal(zoneFromWords("new york"), "America/New_York");
    // Node's list still says Europe/Kiev and Asia/Calcutta: the zone is given by the id the runtime knows.
    assert.match(zoneFromWords("Kyiv"), /^Europe\/(?:Kyiv|Kiev)$/);
    assert.match(zoneFromWords("Mumbai"), /^Asia\/(?:Kolkata|Calcutta)$/, "a city that names no zone");
    assert.equal(zoneFromWords("San Francisco"), "America/Los_Angeles");
    assert.equal(zoneFromWords("Germany"), "Europe/Berlin", "a country with one zone");
    assert.equal(zoneFromWords("United States"), "United States", "a country with many: the schema names the error");
    assert.equal(zoneFromWords("Europe/Paris"), "Europe/Paris");
    assert.equal(zoneFromWords("Berlinn"), "Berlinn", "no zone by that name: the schema names the error");
    const { adapter, norms } = harness();
    const before = await norms.get("user:aad-ana");
    await reply(adapter, {
      type: ActivityTypes.Message,
      value: {
        action: "saveNorms",
        eTag: before.eTag ?? "",
        timeZone: "Berlin",
        workingDays: "mon,tue,wed,thu,fri",
        workStart: "09:00",
        workEnd: "17:00",
        focusStart: "",
        focusEnd: "",
        preReadNoticeHours: "24",
        replyChat: "0",
        replyEmail: "1",
      },
    });
    assert.equal((await norms.get("user:aad-ana")).norms.timeZone, "Europe/Berlin");
    // A zone it cannot place: the form again, with the closest zones to choose from.
    const saved = await norms.get("user:aad-ana");
    const again = await reply(adapter, { type: ActivityTypes.Message, value: { action: "saveNorms", eTag: saved.eTag ?? "", timeZone: "Hamburgh" } });
    assert.match(JSON.stringify(again.attachments), /Did you mean Europe\/Berlin\?/);
  });

  it("tells an end user, in their words, that only their admin can switch the pre-read check on, and that there is nothing to stop", async () => {
    const answer = await reply(harness().adapter, "watch my meetings");
    assert.equal(
      answer.text,
      "Pre-read reminders are not available in your organisation yet: they need read access to calendars, which only your Teams admin can give Async Coach. Let your admin know if you would like them.",
    );
    assert.doesNotMatch(answer.text ?? "", /README|Graph|permission/, "no documents or terms a Teams user does not have");
    const stop = await reply(harness().adapter, "stop watching");
    assert.equal(stop.text, "Pre-read reminders are not on in your organisation, so there is nothing to stop.");
  });

  it("with the pre-read check on, says it is on in help", async () => {
    const preRead = { watches: new WatchStore(storage), reminders: new ReminderStore(storage) };
    const text = visibleText(cardOf(await reply(harness({ preRead }).adapter, "help")));
    assert.match(text, /I remind you if the invite has no pre-read/);
  });
});

describe("a sent card", () => {
  const improved = "Need your input by Friday 4 December.\n\nCan you review the pricing memo?";

  it("is read as its card's text when the client sends the card with a placeholder as text", async () => {
    // What the Agents Playground and Teams post for a card inserted into the compose box.
    const placeholder =
      '\n<span class="inline-compose-card" itemid="0" itemtype="http://schema.skype.com/InputExtension">\n  <span content="0" itemprop="cardId"></span>\n</span>\n';
    const card = { type: "AdaptiveCard", version: "1.5", body: [{ type: "TextBlock", text: improved, wrap: true }] };
    const activity = {
      type: ActivityTypes.Message,
      text: placeholder,
      attachments: [{ contentType: "application/vnd.microsoft.card.adaptive", content: card }],
    };
    assert.equal(incomingText(activity), improved);
    const text = visibleText(cardOf(await reply(harness().adapter, activity)));
    assert.doesNotMatch(text, /no response level; 0 asks|What I can do/);
    assert.match(text, /reply wanted by a stated time/);
  });

  it("is read as text when only the card's rendered HTML arrives", () => {
    const html = `<span class="inline-compose-card"><div class="ac-container"><div class="ac-textBlock"><p>Need your input by Friday 4 December.</p><p>Can you review the pricing memo?</p></div></div></span>`;
    assert.match(incomingText({ text: html }), /^Need your input by Friday 4 December\.\s+Can you review the pricing memo\?$/);
  });

  it("is read as its text when Teams sends the card with no text", async () => {
    const card = { type: "AdaptiveCard", version: "1.5", body: [{ type: "TextBlock", text: improved, wrap: true }] };
    assert.equal(textOfCard(card), improved);
    const answer = await reply(harness().adapter, {
      type: ActivityTypes.Message,
      text: "",
      attachments: [{ contentType: "application/vnd.microsoft.card.adaptive", content: card }],
    });
    assert.match(visibleText(cardOf(answer)), /reply wanted by a stated time/);
  });

  it("leaves ordinary text and ordinary HTML alone", () => {
    assert.equal(incomingText({ text: "Can you review <b>this</b>?" }), "Can you review <b>this</b>?");
    assert.equal(incomingText({ text: "hello" }), "hello");
  });
});

describe("'Check this message' on a card message", () => {
  it("checks the card's text, which Teams sends as a JSON string beside an empty body", () => {
    const card = { type: "AdaptiveCard", version: "1.5", body: [{ type: "TextBlock", text: "Could you approve the PO?" }] };
    const payload = {
      body: { contentType: "html", content: "" },
      attachments: [{ contentType: "application/vnd.microsoft.card.adaptive", content: JSON.stringify(card) }],
    };
    assert.deepEqual(payloadDraft(payload), { bodyText: "Could you approve the PO?" });
    const report = checkMessage({ channel: "chat", ...payloadDraft(payload) });
    assert.equal(report.detected.asks, 1);
  });

  it("keeps the HTML body of an ordinary message, and survives a broken card", () => {
    assert.deepEqual(payloadDraft({ body: { contentType: "html", content: "<p>Hi</p>" } }), { bodyHtml: "<p>Hi</p>" });
    assert.deepEqual(
      payloadDraft({
        body: { contentType: "html", content: "" },
        attachments: [{ contentType: "application/vnd.microsoft.card.adaptive", content: "{not json" }],
      }),
      { bodyText: "" },
    );
    assert.deepEqual(payloadDraft(undefined), { bodyText: "" });
  });
});

describe("a draft in a language the rules do not read", () => {
  it("is answered with 'Not checked' and the language, not a reading of its question", async () => {
    const text = visibleText(cardOf(await reply(harness().adapter, "Potresti inviarmi il preventivo entro venerdì? Grazie mille.")));
    assert.match(text, /^Not checked\nThis looks like Italian; Async Coach reads English, German, French and Spanish/);
    assert.doesNotMatch(text, /Detected:|No response level|before you send/);
  });
});

describe("the bot in the reader's Teams language", () => {
  it("answers a German user's draft with a German card: title, labels, rule names, message, buttons", async () => {
    const { adapter } = harness({}, "de-DE");
    const answer = await reply(adapter, { type: ActivityTypes.Message, text: "check Kannst du mir die aktuellen Zahlen schicken?" });
    const text = visibleText(cardOf(answer));
    const de = uiWordsFor("de");
    const say = findingWordsFor("de");
    assert.match(text, new RegExp(`^${de.card.toLookAt.draft(1)}`));
    for (const expected of [de.severity.error, say.rules["missing-response-level"].title, de.card.improved.draft, "Bitte um Rückmeldung bis"])
      assert.ok(text.includes(expected), expected);
    assert.doesNotMatch(text, /You ask|to look at before you send|Improved draft/);
  });

  it("labels the compose-box dialog in French for a French user", () => {
    const report = checkMessage({ bodyText: "Pourriez-vous me transmettre les chiffres du trimestre ?" }, DEFAULT_NORMS, new Date(), findingWordsFor("fr"));
    const card = draftResultCard(report, "Pourriez-vous…", improvedText("Pourriez-vous…", report), "fr-FR");
    const fr = uiWordsFor("fr").card;
    assert.deepEqual(
      submits(card).map((a) => a.title),
      [fr.checkAgain, fr.insertImproved],
    );
    assert.ok(visibleText(card).includes(fr.pasteDraft));
  });

  it("keeps English for a Teams language it does not write", async () => {
    const { adapter } = harness({}, "ja-JP");
    const answer = await reply(adapter, { type: ActivityTypes.Message, text: "check Can you send me the latest figures?" });
    assert.match(visibleText(cardOf(answer)), /^1 thing to look at before you send/);
  });
});
