// Wires Microsoft Graph into the server when it is configured: the token source, the Graph client,
// team owners for norms, and the pre-read scan on an interval, sending through the bot.
import { readFile } from "node:fs/promises";
import type { CloudAdapter } from "botbuilder";
import { BotReminderSender } from "../bot/reminder-sender.js";
import { GraphClient } from "../graph/graph-client.js";
import { PreReadScanner } from "../pre-read/scan.js";
import { normsForWatcher, watchedPeople } from "../pre-read/watch-list.js";
import { intervalScheduler, leasedJob, type Scheduler } from "../pre-read/scheduler.js";
import { GraphTeamRoles } from "../graph/team-roles.js";
import { MsalTokenSource, type GraphCredentials } from "../graph/token-provider.js";
import type { ConversationStore } from "../storage/conversation-store.js";
import type { NormsStore } from "../storage/norms-store.js";
import type { ReminderStore } from "../storage/reminder-store.js";
import type { ScanLease } from "../storage/scan-lease.js";
import type { WatchStore } from "../storage/watch-store.js";
import type { GraphConfig } from "./config.js";
import type { Logger } from "./log.js";

export async function graphCredentials(config: GraphConfig): Promise<GraphCredentials> {
  return {
    tenantId: config.tenantId,
    clientId: config.clientId,
    ...(config.clientSecret ? { clientSecret: config.clientSecret } : {}),
    ...(config.certificate
      ? { certificate: { thumbprintSha256: config.certificate.thumbprintSha256, privateKey: await readFile(config.certificate.file, "utf8") } }
      : {}),
    ...(config.authorityHost ? { authorityHost: config.authorityHost } : {}),
    ...(config.authorityMetadataFile ? { authorityMetadata: await readFile(config.authorityMetadataFile, "utf8") } : {}),
    ...(config.caFile ? { ca: await readFile(config.caFile) } : {}),
  };
}

export interface PreReadDeps {
  adapter: CloudAdapter;
  botAppId: string;
  conversations: ConversationStore;
  norms: NormsStore;
  watches: WatchStore;
  reminders: ReminderStore;
  logger: Logger;
  scanIntervalMs: number;
  /** Shared by every instance over the same storage: one of them scans per interval. */
  lease: ScanLease;
  /** Deletes old reminder records (the file store; Blob Storage prunes them itself). */
  pruneReminders?: (now: Date) => Promise<number>;
}

export async function startPreReadCheck(config: GraphConfig, deps: PreReadDeps): Promise<{ roles: GraphTeamRoles; scheduler: Scheduler; graph: GraphClient }> {
  const graph = new GraphClient({ tokens: new MsalTokenSource(await graphCredentials(config)), ...(config.baseUrl ? { baseUrl: config.baseUrl } : {}) });
  const scanner = new PreReadScanner({
    graph,
    watchers: () => watchedPeople(deps.watches, graph, deps.logger),
    normsFor: normsForWatcher(deps.norms),
    reminders: deps.reminders,
    sender: new BotReminderSender(deps.adapter, deps.botAppId, deps.conversations),
    logger: deps.logger,
    // Two intervals of lead, so a scan always comes before the notice deadline.
    leadMs: 2 * deps.scanIntervalMs,
  });
  const scanOnce = leasedJob(
    deps.lease,
    async () => {
      const r = await scanner.scan();
      deps.logger.info(
        `pre-read check: ${r.mailboxes} mailboxes (${r.failedMailboxes} failed), ${r.meetings} meetings, ${r.reminded} reminders (${r.failedReminders} not delivered), ${r.malformed} malformed events skipped, ${r.durationMs} ms`,
      );
      const pruned = (await deps.pruneReminders?.(new Date())) ?? 0;
      if (pruned > 0) deps.logger.info(`pre-read check: ${pruned} old reminder records pruned`);
    },
    { intervalMs: deps.scanIntervalMs, onLeaseLost: (error) => deps.logger.error(`pre-read check: the scan lease was lost while scanning: ${error.message}`) },
  );
  const scheduler = intervalScheduler(
    async () => {
      await scanOnce();
    },
    deps.scanIntervalMs,
    (error) => deps.logger.error(`pre-read check: scan failed: ${error.message}`),
  );
  scheduler.start();
  return { roles: new GraphTeamRoles(graph), scheduler, graph };
}
