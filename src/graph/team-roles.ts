// Who may change shared norms: a team's owners, a group chat's members. Teams gives a tab and a bot
// the team's thread id and its Microsoft 365 group id; Graph confirms they belong together and reads
// the caller's roles. Application permissions: Team.ReadBasic.All, TeamMember.Read.All,
// ChatMember.Read.All.
import { z } from "zod";
import type { GraphClient } from "./graph-client.js";

export interface TeamRef {
  /** The team's thread id ("19:…@thread.tacv2"): what norms are stored under. */
  threadId: string;
  /** The team's Microsoft 365 group id (a GUID), from the Teams context or activity. */
  groupId: string | undefined;
}

export interface TeamRoles {
  isOwner(team: TeamRef, userId: string): Promise<boolean>;
  /** Whether the person is a member (or owner) of the team: members may read who changed its norms. */
  isTeamMember(team: TeamRef, userId: string): Promise<boolean>;
  /** Whether the person is in the group chat (chat norms are for its members to change). */
  isChatMember(chatId: string, userId: string): Promise<boolean>;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TeamSchema = z.object({ id: z.string(), internalId: z.string().nullish() });
const ChatMembersSchema = z.object({
  value: z.array(z.object({ userId: z.string().nullish() })).max(1000),
  "@odata.nextLink": z.url().optional(),
});
const MembersSchema = z.object({ value: z.array(z.object({ roles: z.array(z.string()).nullish(), userId: z.string().nullish() })).max(1000) });

type TeamRole = "owner" | "member" | "none";

/** Answers are cached briefly: a tab save or a settings card does not need a fresh roster each time. */
const CACHE_MS = 5 * 60_000;

export class GraphTeamRoles implements TeamRoles {
  private readonly cache = new Map<string, { answer: boolean; until: number }>();
  private readonly roles = new Map<string, { answer: TeamRole; until: number }>();

  constructor(private readonly graph: GraphClient) {}

  async isOwner(team: TeamRef, userId: string): Promise<boolean> {
    return (await this.roleIn(team, userId)) === "owner";
  }

  async isTeamMember(team: TeamRef, userId: string): Promise<boolean> {
    return (await this.roleIn(team, userId)) !== "none";
  }

  /** The person's role in the team, from one roster query (cached). */
  private async roleIn(team: TeamRef, userId: string): Promise<TeamRole> {
    if (!team.groupId || !GUID.test(team.groupId) || !GUID.test(userId)) return "none";
    const key = `${team.threadId}|${team.groupId}|${userId}`;
    const cached = this.roles.get(key);
    if (cached && cached.until > Date.now()) return cached.answer;
    const group = encodeURIComponent(team.groupId);
    const found = await this.graph.get(`team:${team.groupId}`, `/teams/${group}?$select=id,internalId`, TeamSchema);
    // A group id from the caller must be the team the norms belong to.
    let role: TeamRole = "none";
    if (found.internalId === team.threadId) {
      const filter = `(microsoft.graph.aadUserConversationMember/userId eq '${userId}')`;
      const members = await this.graph.get(`team:${team.groupId}`, `/teams/${group}/members?$filter=${encodeURIComponent(filter)}`, MembersSchema);
      const me = members.value.find((m) => m.userId === userId) ?? members.value[0];
      if (me) role = (me.roles ?? []).includes("owner") ? "owner" : "member";
    }
    if (this.roles.size > 5000) this.roles.clear();
    this.roles.set(key, { answer: role, until: Date.now() + CACHE_MS });
    return role;
  }

  async isChatMember(chatId: string, userId: string): Promise<boolean> {
    if (!GUID.test(userId)) return false;
    const key = `chat|${chatId}|${userId}`;
    const cached = this.recall(key);
    if (cached !== undefined) return cached;
    let member = false;
    for await (const page of this.graph.pages(`chat:${chatId}`, `/chats/${encodeURIComponent(chatId)}/members`, ChatMembersSchema, {}, 20)) {
      member = page.value.some((m) => m.userId === userId);
      if (member) break;
    }
    this.remember(key, member);
    return member;
  }

  private recall(key: string): boolean | undefined {
    const cached = this.cache.get(key);
    return cached && cached.until > Date.now() ? cached.answer : undefined;
  }

  private remember(key: string, answer: boolean): void {
    if (this.cache.size > 5000) this.cache.clear();
    this.cache.set(key, { answer, until: Date.now() + CACHE_MS });
  }
}
