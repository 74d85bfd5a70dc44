// Whose norms: a team's, a group chat's or one person's. Every store key is built and read here, so
// "team:<thread id>" is written one way everywhere (bot, tab, API, pre-read scan). Pure: the tab
// bundles it too.

export type NormsScope = { kind: "team"; id: string } | { kind: "chat"; id: string } | { kind: "user"; id: string };

/** What an id may hold: Teams thread ids ("19:…@thread.tacv2"), Entra object ids, "me". */
const ID = /^[\w:@.-]{1,300}$/;
const KEY = /^(team|chat|user):(.+)$/;

export const teamScope = (threadId: string): NormsScope => ({ kind: "team", id: threadId });
export const chatScope = (chatId: string): NormsScope => ({ kind: "chat", id: chatId });
export const userScope = (userId: string): NormsScope => ({ kind: "user", id: userId });
/** The signed-in person, as the tab asks for them; the server puts in their id. */
export const MY_SCOPE: NormsScope = userScope("me");

/** The store key: "team:19:abc@thread.tacv2", "chat:…", "user:<entra id>". */
export function normsKey(scope: NormsScope): string {
  return `${scope.kind}:${scope.id}`;
}

/** A key back into its scope; null for anything else ("team:", "site:x", an id with spaces). */
export function parseNormsKey(key: string): NormsScope | null {
  const match = KEY.exec(key);
  const [, kind, id] = match ?? [];
  if (!kind || !id || !ID.test(id)) return null;
  return { kind: kind as NormsScope["kind"], id };
}
