// Who turned the pre-meeting check on: people ("watch my meetings") and teams ("watch team
// meetings", by a team owner, for every member). People in a watched team can opt out. One index
// item, changed with conditional writes so two servers never lose each other's changes.
import type { Storage } from "botbuilder";
import { isConflict } from "./storage-contract.js";

export interface Watcher {
  /** The person's Entra object id: their mailbox in Graph and their key for proactive messages. */
  userId: string;
  name: string;
  since: string;
  /** Set when the person is watched because their team is: how to reach them and whose norms apply. */
  team?: TeamReach;
}

/** What the bot needs to start a 1:1 chat with a team member it has not talked to yet. */
export interface TeamReach {
  threadId: string;
  groupId: string;
  tenantId: string;
  serviceUrl: string;
}

export interface TeamWatch extends TeamReach {
  name: string;
  by: string;
  since: string;
}

const KEY = "pre-read-watchers";
interface Index {
  watchers: Record<string, Watcher>;
  teams?: Record<string, TeamWatch>;
  optedOut?: Record<string, string>;
  eTag?: string;
}
type Lists = Required<Omit<Index, "eTag">>;

export class WatchStore {
  constructor(private readonly storage: Storage) {}

  private async index(): Promise<Index> {
    return ((await this.storage.read([KEY]))[KEY] as Index | undefined) ?? { watchers: {} };
  }

  /** `edit` changes the lists and says whether anything changed. */
  private async change(edit: (lists: Lists) => boolean): Promise<boolean> {
    for (let attempt = 0; attempt < 10; attempt++) {
      const current = await this.index();
      const lists: Lists = { watchers: { ...current.watchers }, teams: { ...current.teams }, optedOut: { ...current.optedOut } };
      if (!edit(lists)) return false;
      try {
        await this.storage.write({ [KEY]: { ...lists, eTag: current.eTag ?? "" } });
        return true;
      } catch (error) {
        if (!isConflict(error)) throw error;
      }
    }
    throw new Error("the watch list is changing too fast; try again");
  }

  /** True when the person was not watching yet. Clears an opt-out from a team's watch. */
  watch(userId: string, name: string): Promise<boolean> {
    return this.change((l) => {
      const optedOut = Boolean(l.optedOut[userId]);
      delete l.optedOut[userId];
      if (l.watchers[userId]) return optedOut;
      l.watchers[userId] = { userId, name, since: new Date().toISOString() };
      return true;
    });
  }

  /** True when the person was watching for themselves. Also opts them out of any team's watch. */
  async unwatch(userId: string): Promise<boolean> {
    let was = false;
    await this.change((l) => {
      was = Boolean(l.watchers[userId]);
      delete l.watchers[userId];
      l.optedOut[userId] = new Date().toISOString();
      return true;
    });
    return was;
  }

  async isWatching(userId: string): Promise<boolean> {
    return Boolean((await this.index()).watchers[userId]);
  }

  /** True when the team was not watched yet. */
  watchTeam(team: TeamReach & { name: string }, by: string): Promise<boolean> {
    return this.change((l) => {
      if (l.teams[team.threadId]) return false;
      l.teams[team.threadId] = { ...team, by, since: new Date().toISOString() };
      return true;
    });
  }

  unwatchTeam(threadId: string): Promise<boolean> {
    return this.change((l) => {
      if (!l.teams[threadId]) return false;
      delete l.teams[threadId];
      return true;
    });
  }

  async list(): Promise<Watcher[]> {
    return Object.values((await this.index()).watchers);
  }

  async teams(): Promise<TeamWatch[]> {
    return Object.values((await this.index()).teams ?? {});
  }

  async optedOut(): Promise<Set<string>> {
    return new Set(Object.keys((await this.index()).optedOut ?? {}));
  }
}
