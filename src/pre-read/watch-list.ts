// Everyone whose meetings the pre-read scan reads: people who asked, plus the members of teams whose
// owners turned it on, minus anyone who said "stop watching". One team failing to list is skipped.
import { normsKey, teamScope, userScope } from "../storage/norms-scope.js";
import type { Norms } from "../rules/index.js";
import type { NormsStore } from "../storage/norms-store.js";
import type { Watcher, WatchStore } from "../storage/watch-store.js";
import type { GraphClient } from "../graph/graph-client.js";
import { listTeamMembers } from "../graph/team-members.js";
import type { ScanLogger } from "./scan.js";

export async function watchedPeople(store: WatchStore, graph: GraphClient, logger: ScanLogger): Promise<Watcher[]> {
  const [people, teams, optedOut] = await Promise.all([store.list(), store.teams(), store.optedOut()]);
  const byId = new Map(people.map((p) => [p.userId, p]));
  for (const team of teams) {
    let members;
    try {
      members = await listTeamMembers(graph, team.groupId);
    } catch (error) {
      logger.error(`pre-read check: members of team ${team.threadId} not read: ${(error as Error).message}`);
      continue;
    }
    for (const member of members) {
      if (byId.has(member.userId) || optedOut.has(member.userId)) continue;
      const { threadId, groupId, tenantId, serviceUrl } = team;
      byId.set(member.userId, { userId: member.userId, name: member.name, since: team.since, team: { threadId, groupId, tenantId, serviceUrl } });
    }
  }
  return [...byId.values()];
}

/**
 * The norms of the team a person follows, or their own when they saved some; else their team's,
 * when watched through a team; else the defaults.
 */
export function normsForWatcher(store: NormsStore): (watcher: Watcher) => Promise<Norms> {
  return async (watcher) => {
    const own = await store.inForce(normsKey(userScope(watcher.userId)));
    if (own.follows || own.eTag || !watcher.team) return own.norms;
    return (await store.get(normsKey(teamScope(watcher.team.threadId)))).norms;
  };
}
