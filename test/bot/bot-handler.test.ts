import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { ActivityTypes, TestAdapter, type Activity } from "botbuilder";
import { AsyncCoachBot } from "../../src/bot/async-coach-bot.js";
import { parseCommand } from "../../src/bot/commands.js";
import { clientTimeZone, normsFor } from "../../src/bot/turn.js";
import { ConversationStore } from "../../src/storage/conversation-store.js";
import { FileStorage } from "../../src/storage/file-storage.js";
import { NormsStore } from "../../src/storage/norms-store.js";

let dir: string;
let storage: FileStorage;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), "async-coach-bot-"));
  storage = new FileStorage(dir);
});
after(() => rm(dir, { recursive: true, force: true }));

const USER = { id: "29:user-1", name: "Ana Diaz", aadObjectId: "aad-ana" };

function harness(extra: Partial<ConstructorParameters<typeof AsyncCoachBot>[0]> = {}, from = USER) {
  const norms = new NormsStore(storage);
  const conversations = new ConversationStore(storage);
  const bot = new AsyncCoachBot({ norms, conversations, ...extra });
  // The second argument is the template every incoming activity starts from.
  const adapter = new TestAdapter(async (context) => bot.run(context), {
    channelId: "msteams",
    from,
    recipient: { id: "28:bot", name: "Async Coach" },
    conversation: { id: `a:personal-${Math.random()}`, conversationType: "personal", isGroup: false, name: "" },
  });
  return { adapter, norms, conversations };
}

type Card = { body: { type: string; text?: string; items?: unknown[] }[]; actions?: { title: string; data?: unknown }[] };
const cardOf = (activity: Partial<Activity>) => activity.attachments?.[0]?.content as Card;
const cardText = (activity: Partial<Activity>) => JSON.stringify(cardOf(activity));
/** The improved draft's lines as the card shows them: one TextRun each, never Markdown. */
const improvedLines = (activity: Partial<Activity>): string[] => {
  const runs: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === "object") {
      const element = node as { type?: string; inlines?: { text?: string }[] };
      if (element.type === "RichTextBlock") for (const run of element.inlines ?? []) runs.push(run.text ?? "");
      Object.values(node).forEach(walk);
    }
  };
  walk(cardOf(activity));
  return runs;
};

async function reply(adapter: TestAdapter, input: string | Partial<Activity>): Promise<Partial<Activity>> {
  let got: Partial<Activity> | undefined;
  await adapter.send(input).assertReply((a) => {
    got = a;
  });
  return got!;
}

describe("commands", () => {
  it("are matched forgivingly", () => {
    assert.equal(parseCommand("Help").kind, "help");
    assert.equal(parseCommand("/help").kind, "help");
    assert.equal(parseCommand("hlep").kind, "help");
    assert.equal(parseCommand("<at>Async Coach</at> show norms").kind, "norms");
    assert.equal(parseCommand("norm").kind, "norms");
    assert.equal(parseCommand("change norms").kind, "settings");
    assert.deepEqual(parseCommand("check: Can you review it?"), { kind: "check", text: "Can you review it?" });
    assert.deepEqual(parseCommand("Can you review the deck?"), { kind: "check", text: "Can you review the deck?" });
    assert.equal(parseCommand("helpful tips for the offsite?").kind, "check", "a sentence is a draft");
    // Talk is answered, not judged as a draft.
    for (const [text, reply] of [
      ["hi", "greeting"],
      ["Hallo!", "greeting"],
      ["thanks", "thanks"],
      ["Merci beaucoup", "thanks"],
      ["ok", "ack"],
      ["What is a response level?", "whatIsLevel"],
      ["how do I turn off the meeting cost check?", "turnOff"],
    ] as const)
      assert.deepEqual(parseCommand(text), { kind: "talk", reply }, text);
    for (const text of ["hilfe", "aide", "ayuda"]) assert.equal(parseCommand(text).kind, "help", text);
    assert.equal(parseCommand("Einstellungen").kind, "settings");
    assert.equal(parseCommand("Hi Sam, can you review the deck?").kind, "check", "a greeting before an ask is a draft");
  });
});

describe("the bot in a 1:1 chat", () => {
  it("checks a pasted draft and offers the improved text", async () => {
    const { adapter } = harness();
    const activity = await reply(adapter, "Can you send me the signed SOW?");
    const text = cardText(activity);
    assert.equal(activity.attachments?.[0]?.contentType, "application/vnd.microsoft.card.adaptive");
    assert.match(text, /No response level/);
    assert.match(text, /Improved draft, ready to copy/);
    assert.deepEqual(improvedLines(activity).slice(1), ["Can you send me the signed SOW?"]);
    assert.match(improvedLines(activity)[0] ?? "", /^Need your input by [A-Z][a-z]+day \d{1,2} [A-Z][a-z]+\.$/);
  });

  it("keeps a multi-line draft's lines, adds the line after the greeting, and shows the text as written", async () => {
    const { adapter } = harness();
    // As Teams sends a draft typed with Shift+Enter: the lines in the text, an @mention before them.
    const activity = await reply(adapter, {
      type: ActivityTypes.Message,
      text: "<at>Async Coach</at> Hi Sam,\r\n\r\nCan you check the *new* <staging> build?\r\n\r\nThanks,\r\nAna",
    });
    const lines = improvedLines(activity);
    assert.equal(lines[0], "Hi Sam,");
    assert.match(lines[1] ?? "", /^Need your input by /);
    assert.deepEqual(lines.slice(2), ["Can you check the *new* <staging> build?", "Thanks,", "Ana"]);
    assert.doesNotMatch(cardText(activity), /Monospace/);
  });

  it("answers greetings, thanks and a new user's questions in words, not as drafts", async () => {
    const { adapter } = harness();
    const hi = await reply(adapter, "hi");
    assert.match(hi.text ?? "", /Paste a draft/);
    assert.equal(hi.attachments?.length ?? 0, 0, "no findings card");
    assert.match((await reply(harness().adapter, "What is a response level?")).text ?? "", /FYI, no response needed/);
    assert.match((await reply(harness().adapter, { type: ActivityTypes.Message, text: "danke", locale: "de-DE" })).text ?? "", /Gern geschehen/);
  });

  it("says a good draft is good to send", async () => {
    const { adapter } = harness();
    const text = cardText(await reply(adapter, "check FYI, no response needed: the wiki moved."));
    assert.match(text, /Good to send/);
    assert.doesNotMatch(text, /Improved draft/);
  });

  it("answers help, and empty text, with the command list", async () => {
    const { adapter } = harness();
    assert.match(cardText(await reply(adapter, "help")), /watch my meetings/);
    assert.match(cardText(await reply(harness().adapter, "   ")), /watch my meetings/);
  });

  it("shows the norms in force in plain words", async () => {
    const { adapter } = harness();
    const text = cardText(await reply(adapter, "norms"));
    assert.match(text, /Chat: reply the same business day/);
    assert.match(text, /09:00–12:00 is focus time: no meetings/);
    assert.match(text, /nobody has changed them yet/);
  });

  it("in the 1:1 chat, checks a person who follows a team's norms by them, says so, and takes their own back when they save", async () => {
    const from = { id: "29:user-follow", name: "Femi Ade", aadObjectId: "aad-femi" };
    const { adapter, norms } = harness({}, from);
    await norms.set("team:19:follow-team@thread.tacv2", { timeZone: "Asia/Tokyo" }, "An owner", undefined);
    await norms.follow("user:aad-femi", { team: "team:19:follow-team@thread.tacv2", name: "Harbour ops" });
    const shown = await reply(adapter, "norms");
    assert.match(shown.text ?? "", /^You follow the norms of Harbour ops: your checks here and in Outlook use them\./);
    assert.match(cardText(shown), /09:00–17:00 \(Asia\/Tokyo\)/);
    const form = cardOf(await reply(adapter, "settings"));
    const eTag = (form.actions?.[0]?.data as { eTag: string }).eTag;
    const saved = await reply(adapter, { type: ActivityTypes.Message, value: { action: "saveNorms", eTag, timeZone: "Europe/Berlin" } });
    assert.equal(saved.text, "Saved. Your checks here and in Outlook follow these norms from now on.");
    assert.equal(await norms.followed("user:aad-femi"), undefined, "saving their own is choosing their own");
    const after = await reply(adapter, "norms");
    assert.equal(after.text, undefined);
    assert.match(cardText(after), /Europe\/Berlin/);
  });

  it("saves valid settings, and the next check follows them", async () => {
    const { adapter, norms } = harness();
    const form = cardOf(await reply(adapter, "settings"));
    const eTag = (form.actions?.[0]?.data as { eTag: string }).eTag;
    const saved = await reply(adapter, {
      type: ActivityTypes.Message,
      value: {
        action: "saveNorms",
        eTag,
        timeZone: "Europe/Berlin",
        workingDays: "mon,tue,wed,thu",
        workStart: "08:00",
        workEnd: "16:00",
        focusStart: "",
        focusEnd: "",
        preReadNoticeHours: "48",
        replyChat: "0",
        replyEmail: "2",
      },
    });
    assert.match(saved.text ?? "", /Saved/);
    const stored = await norms.get("user:aad-ana");
    assert.equal(stored.norms.timeZone, "Europe/Berlin");
    assert.deepEqual(stored.norms.workingDays, ["mon", "tue", "wed", "thu"]);
    assert.equal(stored.norms.focusWindow, null);
    assert.equal(stored.norms.preReadNoticeHours, 48);
    assert.equal(stored.updatedBy, "Ana Diaz");
    assert.match(cardText(await reply(adapter, "norms")), /Monday to Thursday, 08:00–16:00 \(Europe\/Berlin\)/);
  });

  it("answers invalid settings field by field and saves nothing", async () => {
    const { adapter, norms } = harness();
    const before = await norms.get("user:aad-ana");
    const answer = await reply(adapter, {
      type: ActivityTypes.Message,
      value: {
        action: "saveNorms",
        eTag: before.eTag ?? "",
        timeZone: "Mars/Base",
        workingDays: "",
        workStart: "18:00",
        workEnd: "09:00",
        preReadNoticeHours: "-3",
      },
    });
    const text = cardText(answer);
    assert.match(text, /Not saved/);
    assert.match(text, /Time zone: not a known IANA time zone/);
    assert.match(text, /Working days: at least one working day/);
    assert.match(text, /Working hours: start must be before end/);
    assert.match(text, /Pre-read notice: /);
    assert.equal((await norms.get("user:aad-ana")).eTag, before.eTag);
  });

  it("refuses settings from a stale form and shows the current ones", async () => {
    const { adapter, norms } = harness();
    const stale = (await norms.get("user:aad-ana")).eTag ?? "";
    await norms.set("user:aad-ana", { timeZone: "Asia/Tokyo" }, "Ben", stale || undefined);
    const answer = await reply(adapter, { type: ActivityTypes.Message, value: { action: "saveNorms", eTag: stale, timeZone: "UTC" } });
    assert.match(answer.text ?? "", /^Not saved: this form was out of date, because Ben changed the norms after it was opened\./);
    assert.equal((await norms.get("user:aad-ana")).norms.timeZone, "Asia/Tokyo");
    // Saved from an older copy of one's own form: said so, without naming oneself as someone else.
    const mine = (await norms.get("user:aad-ana")).eTag ?? "";
    await norms.set("user:aad-ana", { timeZone: "Europe/Rome" }, "Ana Diaz", mine);
    const again = await reply(adapter, { type: ActivityTypes.Message, value: { action: "saveNorms", eTag: mine, timeZone: "UTC" } });
    assert.match(again.text ?? "", /^Not saved: this form was out of date, because you changed the norms from another copy of it\./);
  });

  it("answers a submitted form in its own card, updated in place, so no old form stays live", async () => {
    const { adapter } = harness();
    const updated: Partial<Activity>[] = [];
    // The test adapter keeps updates to itself: record them on the way.
    adapter.use(async (context, next) => {
      context.onUpdateActivity(async (_ctx, activity, nextUpdate) => {
        updated.push(activity);
        return nextUpdate();
      });
      await next();
    });
    const form = cardOf(await reply(adapter, "settings"));
    const eTag = (form.actions?.[0]?.data as { eTag: string }).eTag;
    await adapter
      .send({ type: ActivityTypes.Message, replyToId: "form-1", value: { action: "saveNorms", eTag, timeZone: "Mars/Base" } })
      .assertNoReply("nothing new posted", 300);
    assert.equal(updated.length, 1, "the form was updated");
    assert.equal(updated[0]?.id, "form-1");
    assert.match(JSON.stringify(updated[0]?.attachments), /Time zone: not a known IANA time zone/);
  });
});

describe("team norms in a channel", () => {
  const TEAM = { id: "19:crew@thread.tacv2", name: "Crew", aadGroupId: "88888888-8888-8888-8888-888888888888" };
  const inChannel = (value?: Record<string, unknown>, text?: string): Partial<Activity> => ({
    type: ActivityTypes.Message,
    ...(text ? { text } : {}),
    ...(value ? { value } : {}),
    conversation: { id: `19:crew@thread.tacv2;messageid=1`, conversationType: "channel", isGroup: true, name: "" },
    channelData: { team: TEAM },
  });
  const roles = {
    isOwner: async (team: { threadId: string; groupId: string | undefined }, user: string) =>
      team.threadId === TEAM.id && team.groupId === TEAM.aadGroupId && user === "aad-ana",
    isChatMember: async () => false,
    isTeamMember: async () => true,
  };

  it("never posts notes on a post in the thread: where no 1:1 chat can be opened, it says so there and nothing else", async () => {
    const bot = new AsyncCoachBot({ norms: new NormsStore(storage), conversations: new ConversationStore(storage), roles });
    // The test adapter opens no conversations, as a tenant where the app is not installed for the person.
    const adapter = new TestAdapter(async (context) => bot.run(context), {
      channelId: "msteams",
      from: { id: "29:user-2", name: "Kim Lee", aadObjectId: "aad-kim" },
      recipient: { id: "28:bot", name: "Async Coach" },
      conversation: { id: "19:crew@thread.tacv2;messageid=7", conversationType: "channel", isGroup: true, name: "" },
      channelData: { team: TEAM, tenant: { id: "tenant-1" } },
    });
    const answer = await reply(adapter, "<at>Async Coach</at> Can you review the hiring plan?");
    assert.equal(
      answer.text,
      "I could not open a 1:1 chat with you, so my notes stay private. Open a chat with Async Coach and paste your message there to see them.",
    );
    assert.equal(answer.attachments, undefined);
  });

  it("lets a team owner open and save the settings", async () => {
    const { adapter, norms } = harness({ roles });
    const form = await reply(adapter, inChannel(undefined, "settings"));
    assert.match(cardText(form), /saveNorms/);
    const answer = await reply(
      adapter,
      inChannel({
        action: "saveNorms",
        eTag: "",
        timeZone: "Europe/Oslo",
        workingDays: "mon,tue,wed,thu,fri",
        workStart: "09:00",
        workEnd: "17:00",
        focusStart: "",
        focusEnd: "",
        preReadNoticeHours: "24",
        replyChat: "0",
        replyEmail: "1",
      }),
    );
    assert.match(answer.text ?? "", /^Saved/);
    assert.equal((await norms.get(`team:${TEAM.id}`)).norms.timeZone, "Europe/Oslo");
  });

  it("shows a member the norms instead of the form, and saves nothing a member sends", async () => {
    const { adapter, norms } = harness({ roles }, { id: "29:ben", name: "Ben", aadObjectId: "aad-ben" });
    const before = await norms.get(`team:${TEAM.id}`);
    const answer = await reply(adapter, inChannel(undefined, "settings"));
    assert.match(answer.text ?? "", /Only team owners can change this team's norms/);
    assert.doesNotMatch(cardText(answer), /saveNorms/);
    const refused = await reply(adapter, inChannel({ action: "saveNorms", eTag: before.eTag ?? "", timeZone: "UTC" }));
    assert.match(refused.text ?? "", /^Not saved\. Only team owners/);
    assert.equal((await norms.get(`team:${TEAM.id}`)).eTag, before.eTag);
  });

  it("without a way to check owners, refuses team edits unless in local development", async () => {
    const strict = harness();
    assert.match((await reply(strict.adapter, inChannel(undefined, "settings"))).text ?? "", /Only team owners/);
    const local = harness({ anyoneMayEditTeamNorms: true });
    assert.match(cardText(await reply(local.adapter, inChannel(undefined, "settings"))), /saveNorms/);
  });
});

describe("installing the bot", () => {
  it("welcomes once, says what it never does, and saves the conversation reference", async () => {
    const { adapter, conversations } = harness();
    const welcome = await reply(adapter, {
      type: ActivityTypes.ConversationUpdate,
      membersAdded: [{ id: "28:bot", name: "Async Coach" }],
      recipient: { id: "28:bot", name: "Async Coach" },
      from: USER,
    });
    assert.match(cardText(welcome), /never.*store the text of any message/);
    const saved = await conversations.forUser("aad-ana");
    assert.ok(saved?.reference.conversation?.id);
    assert.equal(saved?.reference.channelId, "msteams");
  });

  it("does not welcome when someone else joins", async () => {
    const { adapter } = harness();
    await adapter
      .send({ type: ActivityTypes.ConversationUpdate, membersAdded: [{ id: "29:someone", name: "Someone" }], recipient: { id: "28:bot", name: "Async Coach" } })
      .assertNoReply("no welcome for another member", 300);
  });
});

async function invoke(adapter: TestAdapter, name: string, value: unknown) {
  let response: { status: number; body: Record<string, any> } | undefined;
  await adapter.send({ type: ActivityTypes.Invoke, name, value } as Partial<Activity>).assertReply((a) => {
    assert.equal(a.type, "invokeResponse");
    response = a.value as typeof response;
  });
  return response!;
}

describe("the message extension", () => {
  it("opens a dialog for the draft from the compose box", async () => {
    const { adapter } = harness();
    const res = await invoke(adapter, "composeExtension/fetchTask", { commandId: "checkDraft", commandContext: "compose" });
    assert.equal(res.status, 200);
    assert.equal(res.body.task.type, "continue");
    assert.match(JSON.stringify(res.body.task.value.card.content), /"id":"draft"/);
  });

  it("checks the draft, then inserts the improved message into the compose box", async () => {
    const { adapter } = harness();
    const checked = await invoke(adapter, "composeExtension/submitAction", {
      commandId: "checkDraft",
      data: { action: "check", draft: "Can you review the pricing memo?" },
    });
    const card = checked.body.task.value.card.content as Card;
    assert.match(JSON.stringify(card), /No response level/);
    const insert = card.actions?.find((a) => a.title === "Insert improved draft")?.data as { action: string; text: string };
    assert.match(insert.text, /^Need your input by .*\n\nCan you review the pricing memo\?$/);
    const inserted = await invoke(adapter, "composeExtension/submitAction", { commandId: "checkDraft", data: insert });
    assert.equal(inserted.body.composeExtension.type, "result");
    assert.match(JSON.stringify(inserted.body.composeExtension.attachments[0].content), /Can you review the pricing memo\?/);
  });

  it("checks an existing message from its menu, privately", async () => {
    const { adapter } = harness();
    const res = await invoke(adapter, "composeExtension/fetchTask", {
      commandId: "checkMessage",
      commandContext: "message",
      messagePayload: { body: { contentType: "html", content: "<p>Could you approve the PO?</p>" } },
    });
    assert.equal(res.body.task.type, "continue", "a dialog only the user sees");
    assert.match(JSON.stringify(res.body.task.value.card.content), /No response level/);
  });
});

describe("large and odd input", () => {
  it("handles a 100 KB message with a short card", async () => {
    const { adapter } = harness();
    const big = `Can you review the attached plan?\n${"The plan covers hiring, budget and risks in detail. ".repeat(2000)}`;
    const activity = await reply(adapter, big);
    const text = cardText(activity);
    assert.match(text, /No response level/);
    assert.ok(text.length < 20_000, `card is ${text.length} characters`);
    // Too long to show whole: the line alone, with where it goes said above it, not inside it.
    assert.match(text, /"Your draft is too long to show here\. Add this after the greeting:"/);
    assert.match(text, /"TextRun","text":"Need your input by [^"]+"/);
    assert.doesNotMatch(text, /Add at the top/);
  });
});

describe("checks through the server's check pool", () => {
  it("checks a draft where the pool says, and says so plainly when the pool is too busy", async () => {
    const seen: string[] = [];
    const { adapter } = harness({
      checkDraft: async (draft, norms) => {
        seen.push(draft.bodyText ?? "");
        const { checkMessage } = await import("../../src/rules/index.js");
        return checkMessage(draft, norms);
      },
    });
    const checked = await reply(adapter, "Can you review the pricing memo?");
    assert.deepEqual(seen, ["Can you review the pricing memo?"]);
    assert.match(cardText(checked), /missing|by when/i);
    const busy = harness({ checkDraft: async () => Promise.reject(new Error("every check worker is busy")) });
    const answer = await reply(busy.adapter, "Can you review the pricing memo?");
    assert.match(answer.text ?? "", /busy with others\. Send it again in a moment/);
  });
});

describe("the writer's own time zone", () => {
  const writer = { id: "29:user-tz", name: "Kenji Sato", aadObjectId: "aad-kenji" };
  const tokyo = {
    entities: [{ type: "clientInfo", locale: "ja-JP", timezone: "Asia/Tokyo" }],
    from: writer,
    conversation: { id: "a:tz", conversationType: "personal", isGroup: false, name: "" },
  } as Partial<Activity>;

  it("is the zone the Teams client sends, until someone sets norms", async () => {
    const norms = new NormsStore(storage);
    const deps = { norms, conversations: new ConversationStore(storage) };
    assert.equal(clientTimeZone(tokyo), "Asia/Tokyo");
    assert.equal(clientTimeZone({ localTimezone: "Europe/Berlin" }), "Europe/Berlin");
    assert.equal(clientTimeZone({ entities: [{ type: "clientInfo", timezone: "Mars/Olympus" }] }), null, "never a zone that does not exist");
    assert.equal((await normsFor(deps, tokyo)).timeZone, "Asia/Tokyo");
    assert.equal(await normsFor(deps, tokyo), await normsFor(deps, tokyo), "one norms object per zone");
    // Norms someone set are in force as set.
    // The norms card shows the zone in use.
    const bot = new AsyncCoachBot(deps);
    const adapter = new TestAdapter(async (context) => bot.run(context), {
      channelId: "msteams",
      from: writer,
      recipient: { id: "28:bot", name: "Async Coach" },
      conversation: { id: "a:tz", conversationType: "personal", isGroup: false, name: "" },
    });
    const card = cardText(await reply(adapter, { type: ActivityTypes.Message, text: "norms", entities: tokyo.entities }));
    assert.match(card, /Asia\/Tokyo/);
    const saved = await norms.set(`user:${writer.aadObjectId}`, { timeZone: "Europe/Lisbon" }, writer.name, undefined);
    assert.ok(saved.ok);
    assert.equal((await normsFor(deps, tokyo)).timeZone, "Europe/Lisbon");
  });
});
