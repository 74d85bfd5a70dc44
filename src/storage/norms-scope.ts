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

/** What tells a team's owners and a chat's members (graph/team-roles.ts, through Microsoft Graph). */
export interface ScopeRoles {
  isOwner(team: { threadId: string; groupId?: string | undefined }, userId: string): Promise<boolean>;
  isChatMember(chatId: string, userId: string): Promise<boolean>;
}

export interface EditCheck {
  /** Graph's answer on owners and members; absent where Graph is not configured. */
  roles?: ScopeRoles | undefined;
  /** The team's Microsoft 365 group, which Graph needs to find its owners. */
  groupId?: string | undefined;
  /** Already known, as when the person writes in the chat itself. */
  chatMember?: boolean;
  /** The answer where roles cannot be told (no Graph): a development server's choice, else false. */
  unchecked: boolean;
}

/**
 * Who may change a scope's norms, decided in this one place for the bot and the norms API: a person
 * their own, a chat's members, a team's owners.
 */
export async function mayEditNorms(scope: NormsScope, userId: string | undefined, check: EditCheck): Promise<boolean> {
  if (!userId) return false;
  switch (scope.kind) {
    case "user":
      return scope.id === userId;
    case "chat":
      return check.chatMember ?? (check.roles ? check.roles.isChatMember(scope.id, userId) : check.unchecked);
    case "team":
      return check.roles ? check.roles.isOwner({ threadId: scope.id, groupId: check.groupId }, userId) : check.unchecked;
  }
}
