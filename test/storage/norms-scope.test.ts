// Store keys for norms are built and read in one place.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { chatScope, MY_SCOPE, normsKey, parseNormsKey, teamScope, userScope } from "../../src/storage/norms-scope.js";

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
});
