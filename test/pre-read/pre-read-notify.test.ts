// The pre-meeting check end to end, without the internet: meetings on the local fake Graph, the scan,
// proactive messages through the real CloudAdapter to a local connector stub, state in file storage.
import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, beforeEach, describe, it } from "node:test";
import express from "express";
import { ActivityTypes, TestAdapter } from "botbuilder";
import { createAdapter } from "../../src/bot/adapter.js";
import { AsyncCoachBot } from "../../src/bot/async-coach-bot.js";
import { BotReminderSender } from "../../src/bot/reminder-sender.js";
import { GraphClient } from "../../src/graph/graph-client.js";
import { normsForWatcher, watchedPeople } from "../../src/pre-read/watch-list.js";
import { PreReadScanner, type PreReadReminder, type ReminderSender } from "../../src/pre-read/scan.js";
import { ConversationStore } from "../../src/storage/conversation-store.js";
import { FileStorage } from "../../src/storage/file-storage.js";
import { NormsStore } from "../../src/storage/norms-store.js";
import { CLAIM_TIMEOUT_MS, ReminderStore } from "../../src/storage/reminder-store.js";
import { WatchStore } from "../../src/storage/watch-store.js";
import { startFakeGraph, type FakeEvent, type FakeGraph } from "../../fakes/graph.js";

const quiet = { info: () => undefined, error: () => undefined };
const NOW = new Date("2026-03-02T09:00:00Z");
const ANA = "aaaaaaaa-1111-0000-0000-000000000001";
const BEN = "bbbbbbbb-1111-0000-0000-000000000002";
const AGENDA = "<p>Goal: decide the launch date.</p><p>Agenda: 1. Risks 2. Date</p>";

let graph: FakeGraph;
let connector: Server;
let serviceUrl: string;
const received: { conversation: string; body: Record<string, any> }[] = [];
const created: { member: string; tenantId: string; isGroup: boolean }[] = [];
let dir: string;

function meeting(id: string, hoursAhead: number, bodyHtml = ""): FakeEvent {
  const start = new Date(NOW.getTime() + hoursAhead * 3_600_000);
  return { id, subject: `Launch review ${id}`, start: start.toISOString(), end: new Date(start.getTime() + 3_600_000).toISOString(), bodyHtml };
}

/** A fresh "server": its own storage objects over the shared data folder, as after a restart. */
function server(options: { sender?: ReminderSender; now?: Date } = {}) {
  const storage = new FileStorage(dir);
  const conversations = new ConversationStore(storage);
  const reminders = new ReminderStore(storage);
  const watches = new WatchStore(storage);
  const norms = new NormsStore(storage);
  const sender = options.sender ?? new BotReminderSender(createAdapter({}, quiet), "", conversations);
  const scanner = new PreReadScanner({
    graph: new GraphClient({ tokens: { token: async () => "t" }, baseUrl: graph.baseUrl, sleep: async () => undefined }),
    watchers: () => watchedPeople(watches, new GraphClient({ tokens: { token: async () => "t" }, baseUrl: graph.baseUrl }), quiet),
    normsFor: normsForWatcher(norms),
    reminders,
    sender,
    logger: quiet,
    leadMs: 30 * 60_000,
    now: () => options.now ?? NOW,
  });
  return { scanner, conversations, reminders, watches, norms, storage };
}

async function install(userId: string) {
  const { conversations, watches } = server();
  await conversations.save(
    {
      channelId: "msteams",
      serviceUrl,
      conversation: { id: `a:personal-${userId}`, conversationType: "personal", isGroup: false, name: "" },
      bot: { id: "28:bot", name: "Async Coach" },
      user: { id: `29:${userId}`, name: userId, aadObjectId: userId },
    } as any,
    userId,
  );
  await watches.watch(userId, userId);
}

const messagesTo = (userId: string) => received.filter((r) => r.conversation === `a:personal-${userId}`);

describe("pre-meeting pre-read reminders", () => {
  before(async () => {
    graph = await startFakeGraph(undefined);
    const stub = express();
    stub.use(express.json({ limit: "5mb" }));
    // Create conversation (a 1:1 chat the bot opens): Teams answers with the new chat's id.
    stub.post(/^\/+v3\/conversations\/?$/, (req, res) => {
      const body = req.body as { members?: { id: string }[]; tenantId?: string; isGroup?: boolean };
      created.push({ member: body.members?.[0]?.id ?? "", tenantId: body.tenantId ?? "", isGroup: Boolean(body.isGroup) });
      res.status(201).json({ id: `a:personal-${body.members?.[0]?.id}` });
    });
    stub.post(/^\/+v3\/conversations\/([^/]+)\/activities/, (req, res) => {
      received.push({ conversation: decodeURIComponent((req.params as Record<string, string>)[0] ?? ""), body: req.body as Record<string, any> });
      res.json({ id: `activity-${received.length}` });
    });
    connector = stub.listen(0, "127.0.0.1");
    await new Promise((r) => connector.once("listening", r));
    serviceUrl = `http://127.0.0.1:${(connector.address() as AddressInfo).port}/`;
  });
  after(async () => {
    await graph.close();
    connector.close();
  });
  beforeEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
    dir = await mkdtemp(join(tmpdir(), "async-coach-preread-"));
    received.length = 0;
    created.length = 0;
    graph.mailboxes.clear();
    graph.teams.clear();
    graph.broken.clear();
    await install(ANA);
  });

  it("sends the organiser exactly one reminder for a meeting without a pre-read, with what a person needs to act", async () => {
    graph.mailboxes.set(ANA, [meeting("m1", 6), meeting("m2", 8, AGENDA)]);
    const first = await server().scanner.scan();
    assert.equal(first.reminded, 1);
    assert.equal(messagesTo(ANA).length, 1);
    const card = messagesTo(ANA)[0]!.body.attachments[0].content;
    const text = JSON.stringify(card);
    assert.match(text, /Your meeting has no pre-read yet/);
    assert.match(text, /Launch review m1/);
    assert.match(text, /Monday 2 March, 15:00–16:00 \(UTC\)/);
    assert.match(text, /3 person-hours \(3 people\)/);
    assert.deepEqual(
      card.actions.map((a: { title: string }) => a.title),
      ["Open in Outlook", "Not needed for this meeting", "Remind me later"],
    );
    assert.match(card.actions[0].url, /^https:\/\/outlook\.office365\.com\//);
    assert.deepEqual(card.actions[1].data, { action: "preReadDismiss", eventId: "m1" });

    const second = await server().scanner.scan();
    assert.equal(second.reminded, 0, "the same meeting and version is never reminded twice");
    assert.equal(messagesTo(ANA).length, 1);
  });

  it("waits until the notice window, and a meeting fixed before then gets no reminder", async () => {
    // Thursday 13:00 UTC: outside the default focus window, so only the pre-read is in question.
    graph.mailboxes.set(ANA, [meeting("m1", 76)]);
    assert.equal((await server().scanner.scan()).reminded, 0, "76 h ahead: the organiser still has time");
    graph.mailboxes.set(ANA, [meeting("m1", 76, AGENDA)]);
    const later = new Date(NOW.getTime() + 54 * 3_600_000);
    assert.equal((await server({ now: later }).scanner.scan()).reminded, 0);
    assert.equal(received.length, 0);
    // The same meeting left without a pre-read is reminded about once inside the window.
    graph.mailboxes.set(ANA, [meeting("m1", 76)]);
    assert.equal((await server({ now: later }).scanner.scan()).reminded, 1);
  });

  it("reminds at once about a meeting booked inside the notice window, and again only after a change", async () => {
    graph.mailboxes.set(ANA, [meeting("m1", 2)]);
    await server().scanner.scan();
    assert.equal(messagesTo(ANA).length, 1);
    // An attendee accepting changes nothing the rules read: no new reminder.
    await server().scanner.scan();
    graph.mailboxes.set(ANA, [{ ...meeting("m1", 2), subject: "Launch review (moved room)" }]);
    await server().scanner.scan();
    assert.equal(messagesTo(ANA).length, 2, "a changed invite that still has no pre-read gets one new reminder");
  });

  it("a restart mid-scan sends no duplicate", async () => {
    graph.mailboxes.set(ANA, [meeting("m1", 3), meeting("m2", 4)]);
    // The first server sends m1, then dies while sending m2 (the call never returns).
    const real = new BotReminderSender(createAdapter({}, quiet), "", server().conversations);
    let calls = 0;
    const dying: ReminderSender = {
      send: (r: PreReadReminder) => (++calls === 1 ? real.send(r) : new Promise(() => undefined)),
    };
    void server({ sender: dying }).scanner.scan();
    await waitFor(() => calls === 2);
    assert.equal(messagesTo(ANA).length, 1);
    // The restarted server sees m1 sent and m2 claimed by a scan that may still be sending.
    assert.equal((await server().scanner.scan()).reminded, 0);
    assert.equal(messagesTo(ANA).length, 1);
    // Once the claim is clearly abandoned, m2 is sent: late, but not lost.
    const muchLater = new Date(NOW.getTime() + CLAIM_TIMEOUT_MS + 60_000);
    assert.equal((await server({ now: muchLater }).scanner.scan()).reminded, 1);
    assert.deepEqual(
      messagesTo(ANA).map((m) => JSON.stringify(m.body).match(/Launch review m\d/)?.[0]),
      ["Launch review m1", "Launch review m2"],
    );
  });

  it("two scanners at once send one message per meeting", async () => {
    graph.mailboxes.set(
      ANA,
      Array.from({ length: 6 }, (_, i) => meeting(`m${i}`, 2 + i)),
    );
    const [a, b] = await Promise.all([server().scanner.scan(), server().scanner.scan()]);
    assert.equal(a.reminded + b.reminded, 6);
    assert.equal(messagesTo(ANA).length, 6);
    assert.equal(new Set(messagesTo(ANA).map((m) => JSON.stringify(m.body).match(/Launch review m\d/)?.[0])).size, 6);
  });

  it("one failing mailbox does not stop the others", async () => {
    await install(BEN);
    graph.mailboxes.set(ANA, [meeting("m1", 3)]);
    graph.mailboxes.set(BEN, [meeting("b1", 3)]);
    graph.broken.add(ANA);
    const result = await server().scanner.scan();
    assert.equal(result.failedMailboxes, 1);
    assert.equal(messagesTo(BEN).length, 1);
    assert.equal(messagesTo(ANA).length, 0);
  });

  it("a reminder the channel refuses is not counted as sent, and is retried by the next scan", async () => {
    graph.mailboxes.set(ANA, [meeting("m1", 3), meeting("m2", 4)]);
    const { conversations } = server();
    const saved = await conversations.forUser(ANA);
    await conversations.save({ ...saved!.reference, serviceUrl: `${serviceUrl}gone/` }, ANA);
    const failed = await server().scanner.scan();
    assert.equal(failed.reminded, 0);
    assert.equal(failed.failedReminders, 2, "each meeting is tried, not just the first");
    assert.equal(failed.failedMailboxes, 0);
    await conversations.save(saved!.reference, ANA);
    assert.equal((await server().scanner.scan()).reminded, 2);
    assert.equal(messagesTo(ANA).length, 2);
  });

  it("someone with no chat with the bot is skipped and reminded once they have one", async () => {
    const { watches } = server();
    await watches.watch(BEN, "Ben");
    graph.mailboxes.set(BEN, [meeting("b1", 3)]);
    assert.equal((await server().scanner.scan()).reminded, 0);
    await install(BEN);
    assert.equal((await server().scanner.scan()).reminded, 1);
  });

  it("'Not needed' silences a meeting for good; 'Remind me later' waits, and a change after it may remind again", async () => {
    graph.mailboxes.set(ANA, [meeting("m1", 3), meeting("m2", 5)]);
    await server().scanner.scan();
    assert.equal(messagesTo(ANA).length, 2);
    const s = server();
    const bot = new AsyncCoachBot({ norms: s.norms, conversations: s.conversations, preRead: { watches: s.watches, reminders: s.reminders } });
    const adapter = new TestAdapter(async (context) => bot.run(context), {
      channelId: "msteams",
      from: { id: `29:${ANA}`, name: "Ana", aadObjectId: ANA },
      conversation: { id: `a:personal-${ANA}`, conversationType: "personal", isGroup: false, name: "" },
    } as any);
    await adapter
      .send({ type: ActivityTypes.Message, value: { action: "preReadDismiss", eventId: "m1" } })
      .assertReply(says(/no more reminders about this meeting/));
    await adapter
      .send({ type: ActivityTypes.Message, value: { action: "preReadSnooze", eventId: "m2", start: meeting("m2", 5).start } })
      .assertReply(says(/I will look at this meeting again after/));

    graph.mailboxes.set(ANA, [{ ...meeting("m1", 3), subject: "Changed" }, meeting("m2", 5)]);
    assert.equal((await server().scanner.scan()).reminded, 0, "dismissed stays dismissed; snoozed waits");
    graph.mailboxes.set(ANA, [
      { ...meeting("m1", 3), subject: "Changed" },
      { ...meeting("m2", 5), subject: "Changed too" },
    ]);
    assert.equal((await server().scanner.scan()).reminded, 1, "a change after 'Remind me later' may remind again");
    const afterSnooze = new Date(NOW.getTime() + 4.5 * 3_600_000);
    graph.mailboxes.set(ANA, [meeting("m3", 6)]);
    assert.equal((await server({ now: afterSnooze }).scanner.scan()).reminded, 1);
  });

  it("a team owner turns it on for the team: members are reminded in a 1:1 chat the bot opens, and can opt out", async () => {
    const GROUP = "99999999-9999-9999-9999-999999999999";
    const DAN = "dddddddd-1111-0000-0000-000000000004";
    const GUEST = "eeeeeeee-1111-0000-0000-000000000005";
    graph.teams.set(GROUP, {
      internalId: "19:crew@thread.tacv2",
      members: [
        { userId: DAN, roles: [] },
        { userId: GUEST, roles: ["guest"] },
        { userId: BEN, roles: ["owner"] },
      ],
    });
    const s = server();
    const roles = { isOwner: async (_team: unknown, user: string) => user === BEN, isChatMember: async () => false, isTeamMember: async () => true };
    const bot = new AsyncCoachBot({ norms: s.norms, conversations: s.conversations, roles, preRead: { watches: s.watches, reminders: s.reminders } });
    const inTeam = (from: { id: string; name: string; aadObjectId: string }) =>
      new TestAdapter(async (context) => bot.run(context), {
        channelId: "msteams",
        serviceUrl,
        from,
        conversation: { id: "19:crew@thread.tacv2;messageid=1", conversationType: "channel", isGroup: true, name: "", tenantId: "tenant-1" },
        channelData: { team: { id: "19:crew@thread.tacv2", name: "Crew", aadGroupId: GROUP }, tenant: { id: "tenant-1" } },
      } as any);
    await inTeam({ id: "29:dan", name: "Dan", aadObjectId: DAN })
      .send("watch team meetings")
      .assertReply(says(/^Only team owners can turn the pre-read check on/));
    await inTeam({ id: "29:ben", name: "Ben", aadObjectId: BEN })
      .send("watch our meetings")
      .assertReply(says(/^Done: before each meeting a member of Crew organises/));

    graph.mailboxes.set(DAN, [meeting("d1", 3)]);
    graph.mailboxes.set(GUEST, [meeting("g1", 3)]);
    graph.mailboxes.set(BEN, [meeting("b1", 3)]);
    const result = await server().scanner.scan();
    assert.equal(result.mailboxes, 3, "Ana (personal), Dan and Ben (team); not the guest");
    assert.deepEqual(created.map((c) => [c.member, c.tenantId, c.isGroup]).sort(), [
      [BEN, "tenant-1", false],
      [DAN, "tenant-1", false],
    ]);
    assert.equal(messagesTo(DAN).length, 1);
    assert.ok(await server().conversations.forUser(DAN), "the opened chat is kept for next time");

    // Dan opts out: a changed meeting brings him nothing.
    const dm = new TestAdapter(async (context) => bot.run(context), {
      channelId: "msteams",
      from: { id: "29:dan", name: "Dan", aadObjectId: DAN },
      conversation: { id: `a:personal-${DAN}`, conversationType: "personal", isGroup: false, name: "" },
    } as any);
    await dm.send("stop watching").assertReply(says(/^Done: no more pre-read reminders for you, also not through a team's setting/));
    graph.mailboxes.set(DAN, [{ ...meeting("d1", 3), subject: "Moved" }]);
    assert.equal((await server().scanner.scan()).mailboxes, 2);
    assert.equal(messagesTo(DAN).length, 1);

    await inTeam({ id: "29:ben", name: "Ben", aadObjectId: BEN })
      .send("stop watching team meetings")
      .assertReply(says(/^Done: the team-wide pre-read check is off/));
    assert.equal((await server().scanner.scan()).mailboxes, 1);
  });

  it("'watch my meetings' and 'stop watching' turn the check on and off", async () => {
    const s = server();
    const bot = new AsyncCoachBot({ norms: s.norms, conversations: s.conversations, preRead: { watches: s.watches, reminders: s.reminders } });
    const adapter = new TestAdapter(async (context) => bot.run(context), {
      channelId: "msteams",
      from: { id: "29:cy", name: "Cy", aadObjectId: "cccccccc-1111-0000-0000-000000000003" },
      conversation: { id: "a:personal-cy", conversationType: "personal", isGroup: false, name: "" },
    } as any);
    await adapter
      .send("watch my meetings")
      .assertReply(says(/^Done: before each meeting you organise, I will message you if the invite has no pre-read .* at least 24 hours ahead/));
    assert.equal(await s.watches.isWatching("cccccccc-1111-0000-0000-000000000003"), true);
    assert.ok(await s.conversations.forUser("cccccccc-1111-0000-0000-000000000003"), "the 1:1 chat is saved for reminders");
    await adapter.send("Stop watching").assertReply(says(/^Done: no more pre-read reminders/));
    assert.equal(await s.watches.isWatching("cccccccc-1111-0000-0000-000000000003"), false);
    const off = new AsyncCoachBot({ norms: s.norms, conversations: s.conversations });
    const offAdapter = new TestAdapter(async (context) => off.run(context), { channelId: "msteams" } as any);
    await offAdapter
      .send("watch my meetings")
      .assertReply(says(/not available in your organisation yet: they need read access to calendars, which only your Teams admin can give Async Coach/));
  });
});

const says = (pattern: RegExp) => (activity: { text?: string }) => assert.match(activity.text ?? "", pattern);

async function waitFor(condition: () => boolean, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > until) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 10));
  }
}
