// Store keys for norms are built and read in one place.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { chatScope, mayEditNorms, MY_SCOPE, normsKey, parseNormsKey, teamScope, userScope, type ScopeRoles } from "../../src/storage/norms-scope.js";

describe("norms scopes", () => {
  it("builds the keys every surface uses and reads them back", () => {
    const scopes = [teamScope("19:abc@thread.tacv2"), chatScope("19:meeting_x@thread.v2"), userScope("6f1a-22"), MY_SCOPE];
    assert.deepEqual(scopes.map(normsKey), ["team:19:abc@thread.tacv2", "chat:19:meeting_x@thread.v2", "user:6f1a-22", "user:me"]);
    assert.deepEqual(
      scopes.map((s) => parseNormsKey(normsKey(s))),
      scopes,
    );
  });

  it("refuses anything that is not a scope", () => {
    for (const key of ["team:", "site:x", "team:has space", "user:a/b", "", "team", `team:${"x".repeat(301)}`]) assert.equal(parseNormsKey(key), null, key);
  });

  it("decides who may change norms in one place: a person their own, a chat's members, a team's owners", async () => {
    const asked: string[] = [];
    const roles: ScopeRoles = {
      isOwner: async (team, userId) => (asked.push(`owner ${team.threadId} ${team.groupId} ${userId}`), userId === "ana"),
      isChatMember: async (chatId, userId) => (asked.push(`member ${chatId} ${userId}`), userId === "ana"),
    };
    const team = teamScope("19:t@thread.tacv2");
    const chat = chatScope("19:c@thread.v2");
    assert.equal(await mayEditNorms(userScope("ana"), "ana", { unchecked: false }), true);
    assert.equal(await mayEditNorms(userScope("ana"), "ben", { roles, unchecked: true }), false);
    assert.equal(await mayEditNorms(team, "ana", { roles, groupId: "g1", unchecked: false }), true);
    assert.equal(await mayEditNorms(team, "ben", { roles, groupId: "g1", unchecked: true }), false);
    assert.equal(await mayEditNorms(chat, "ben", { roles, unchecked: false }), false);
    assert.equal(await mayEditNorms(chat, "ben", { roles, chatMember: true, unchecked: false }), true, "known to be in the chat: Graph is not asked");
    assert.equal(await mayEditNorms(team, "ben", { unchecked: true }), true, "no Graph: the server's choice");
    assert.equal(await mayEditNorms(team, undefined, { roles, unchecked: true }), false, "nobody known");
    assert.deepEqual(asked, ["owner 19:t@thread.tacv2 g1 ana", "owner 19:t@thread.tacv2 g1 ben", "member 19:c@thread.v2 ben"]);
  });
});
