// Team ownership through Graph (teams and members), against the local fake Graph.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { GraphClient } from "../../src/graph/graph-client.js";
import { GraphTeamRoles } from "../../src/graph/team-roles.js";
import { startFakeGraph, type FakeGraph } from "../../fakes/graph.js";

const GROUP = "77777777-7777-7777-7777-777777777777";
const THREAD = "19:roles@thread.tacv2";
const OWNER = "aaaaaaaa-0000-0000-0000-00000000000a";
const MEMBER = "bbbbbbbb-0000-0000-0000-00000000000b";
let graph: FakeGraph;

describe("team owners from Microsoft Graph", () => {
  before(async () => {
    graph = await startFakeGraph(undefined);
    graph.teams.set(GROUP, {
      internalId: THREAD,
      members: [
        { userId: OWNER, roles: ["owner"] },
        { userId: MEMBER, roles: [] },
      ],
    });
  });
  after(() => graph.close());

  it("says yes for an owner, no for a member, a stranger, a mismatched or missing group id", async () => {
    const roles = new GraphTeamRoles(new GraphClient({ tokens: { token: async () => "t" }, baseUrl: graph.baseUrl }));
    assert.equal(await roles.isOwner({ threadId: THREAD, groupId: GROUP }, OWNER), true);
    assert.equal(await roles.isOwner({ threadId: THREAD, groupId: GROUP }, MEMBER), false);
    assert.equal(await roles.isOwner({ threadId: THREAD, groupId: GROUP }, "cccccccc-0000-0000-0000-00000000000c"), false);
    assert.equal(await roles.isOwner({ threadId: "19:other@thread.tacv2", groupId: GROUP }, OWNER), false, "the group must be the norms' team");
    assert.equal(await roles.isOwner({ threadId: THREAD, groupId: undefined }, OWNER), false);
    assert.equal(await roles.isOwner({ threadId: THREAD, groupId: "not-a-guid" }, OWNER), false);
  });

  it("says who is in a group chat; an unknown chat is an error, not a yes", async () => {
    graph.chats.set("19:chat@unq.gbl.spaces", [OWNER]);
    const roles = new GraphTeamRoles(new GraphClient({ tokens: { token: async () => "t" }, baseUrl: graph.baseUrl }));
    assert.equal(await roles.isChatMember("19:chat@unq.gbl.spaces", OWNER), true);
    assert.equal(await roles.isChatMember("19:chat@unq.gbl.spaces", MEMBER), false);
    await assert.rejects(roles.isChatMember("19:unknown@unq.gbl.spaces", OWNER), /404/);
  });

  it("caches an answer for a few minutes", async () => {
    const roles = new GraphTeamRoles(new GraphClient({ tokens: { token: async () => "t" }, baseUrl: graph.baseUrl }));
    await roles.isOwner({ threadId: THREAD, groupId: GROUP }, OWNER);
    const before = graph.requests;
    assert.equal(await roles.isOwner({ threadId: THREAD, groupId: GROUP }, OWNER), true);
    assert.equal(graph.requests, before);
  });
});
