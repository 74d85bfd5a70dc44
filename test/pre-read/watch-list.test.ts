import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { GraphClient } from "../../src/graph/graph-client.js";
import { normsForWatcher, watchedPeople } from "../../src/pre-read/watch-list.js";
import { FileStorage } from "../../src/storage/file-storage.js";
import { NormsStore } from "../../src/storage/norms-store.js";
import { WatchStore } from "../../src/storage/watch-store.js";
import { startFakeGraph, type FakeGraph } from "../../fakes/graph.js";

let dir: string;
let graph: FakeGraph;
const TEAM = { threadId: "19:a@thread.tacv2", groupId: "12121212-1212-1212-1212-121212121212", tenantId: "t", serviceUrl: "https://smba.example/" };

describe("who the pre-read scan reads", () => {
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "async-coach-watch-list-"));
    graph = await startFakeGraph(undefined);
  });
  after(async () => {
    await graph.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("people who asked, members of watched teams, minus opt-outs; a team that cannot be read is skipped and logged", async () => {
    const store = new WatchStore(new FileStorage(dir));
    await store.watch("ana", "Ana");
    await store.watchTeam({ ...TEAM, name: "A" }, "Ana");
    await store.watchTeam({ ...TEAM, threadId: "19:gone@thread.tacv2", groupId: "34343434-3434-3434-3434-343434343434", name: "Gone" }, "Ana");
    graph.teams.set(TEAM.groupId, {
      internalId: TEAM.threadId,
      members: [
        { userId: "ana", roles: ["owner"] },
        { userId: "bo", roles: [] },
        { userId: "cy", roles: [] },
      ],
    });
    await store.unwatch("cy");
    const errors: string[] = [];
    const people = await watchedPeople(store, new GraphClient({ tokens: { token: async () => "t" }, baseUrl: graph.baseUrl }), {
      info: () => undefined,
      error: (m) => errors.push(m),
    });
    assert.deepEqual(people.map((p) => [p.userId, p.team?.threadId]).sort(), [
      ["ana", undefined],
      ["bo", TEAM.threadId],
    ]);
    assert.equal(errors.length, 1);
    assert.match(errors[0]!, /members of team 19:gone@thread\.tacv2 not read: Graph answered 404/);
  });

  it("a person's own norms win; a team member without any gets the team's", async () => {
    const norms = new NormsStore(new FileStorage(dir));
    await norms.set(`team:${TEAM.threadId}`, { preReadNoticeHours: 48 }, "Ana", undefined);
    await norms.set("user:ana", { preReadNoticeHours: 12 }, "Ana", undefined);
    const pick = normsForWatcher(norms);
    assert.equal((await pick({ userId: "ana", name: "", since: "", team: TEAM })).preReadNoticeHours, 12);
    assert.equal((await pick({ userId: "bo", name: "", since: "", team: TEAM })).preReadNoticeHours, 48);
    assert.equal((await pick({ userId: "bo", name: "", since: "" })).preReadNoticeHours, 24);
  });
});
