// Who turned the pre-meeting check on ("watch my meetings"): one index item, changed with
// conditional writes so two servers never lose each other's additions.
import type { Storage } from "botbuilder";
import { isConflict } from "./norms-store.js";

export interface Watcher {
  /** The person's Entra object id: their mailbox in Graph and their key for proactive messages. */
  userId: string;
  name: string;
  since: string;
}

const KEY = "pre-read-watchers";
type Index = { watchers: Record<string, Watcher>; eTag?: string };

export class WatchStore {
  constructor(private readonly storage: Storage) {}

  private async index(): Promise<Index> {
    return ((await this.storage.read([KEY]))[KEY] as Index | undefined) ?? { watchers: {} };
  }

  private async change(edit: (watchers: Record<string, Watcher>) => boolean): Promise<void> {
    for (let attempt = 0; attempt < 10; attempt++) {
      const current = await this.index();
      const watchers = { ...current.watchers };
      if (!edit(watchers)) return;
      try {
        await this.storage.write({ [KEY]: { watchers, eTag: current.eTag ?? "" } });
        return;
      } catch (error) {
        if (!isConflict(error)) throw error;
      }
    }
    throw new Error("the watch list is changing too fast; try again");
  }

  /** True when the person was not watching yet. */
  async watch(userId: string, name: string): Promise<boolean> {
    let added = false;
    await this.change((w) => {
      if (w[userId]) return false;
      w[userId] = { userId, name, since: new Date().toISOString() };
      return (added = true);
    });
    return added;
  }

  /** True when the person was watching. */
  async unwatch(userId: string): Promise<boolean> {
    let removed = false;
    await this.change((w) => {
      if (!w[userId]) return false;
      delete w[userId];
      return (removed = true);
    });
    return removed;
  }

  async isWatching(userId: string): Promise<boolean> {
    return Boolean((await this.index()).watchers[userId]);
  }

  async list(): Promise<Watcher[]> {
    return Object.values((await this.index()).watchers);
  }
}
