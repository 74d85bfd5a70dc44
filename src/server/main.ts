// npm start: the Async Coach server on localhost with embedded defaults (no Azure, no credentials):
// POST /api/check, and the Teams bot on POST /api/messages with file-backed storage in DATA_DIR.
import { readFile } from "node:fs/promises";
import { createServer as createHttpServer } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import { createAdapter } from "../bot/adapter.js";
import { AsyncCoachBot } from "../bot/async-coach-bot.js";
import { MessageDraftSchema, parseNorms, type MessageReport, type Norms } from "../rules/index.js";
import { createCheckPool } from "./check-pool.js";
import { ConversationStore } from "../storage/conversation-store.js";
import { createScanLease, createStorage, reminderPruner } from "../storage/create-storage.js";
import { NormsStore } from "../storage/norms-store.js";
import { ReminderStore } from "../storage/reminder-store.js";
import { WatchStore } from "../storage/watch-store.js";
import { startPreReadCheck } from "./pre-read-wiring.js";
import { createApp } from "./app.js";
import { ConfigError, readConfig } from "./config.js";
import { consoleLogger } from "./log.js";
import { developmentVerifier, entraTokenVerifier } from "./auth/entra-token.js";

async function loadNorms(file: string | undefined): Promise<Norms | undefined> {
  if (!file) return undefined;
  const result = parseNorms(JSON.parse(await readFile(file, "utf8")));
  if (!result.ok) throw new ConfigError(`${file}: invalid norms: ${result.errors.join("; ")}`);
  return result.norms;
}

try {
  const config = readConfig(process.env);
  const norms = await loadNorms(config.normsFile);
  const storage = createStorage(config.storage);
  const normsStore = new NormsStore(storage);
  const conversations = new ConversationStore(storage);
  const adapter = createAdapter(config.bot, consoleLogger);
  const watches = new WatchStore(storage);
  const reminders = new ReminderStore(storage);
  // Microsoft Graph, when configured: team owners for norms, and the pre-meeting pre-read check.
  const graph = config.graph
    ? await startPreReadCheck(config.graph, {
        adapter,
        botAppId: config.bot.appId ?? "",
        conversations,
        norms: normsStore,
        watches,
        reminders,
        logger: consoleLogger,
        scanIntervalMs: config.scanIntervalMs,
        lease: createScanLease(config.storage),
        pruneReminders: reminderPruner(storage),
      })
    : undefined;
  if (!graph) {
    console.log(
      "Pre-meeting pre-read check: off (no Microsoft Graph credentials). To turn it on, set GRAPH_CLIENT_ID, GRAPH_TENANT_ID and GRAPH_CLIENT_SECRET (or a certificate) for an Entra app with the Calendars.Read application permission; see the README.",
    );
  }
  // Checks run in worker threads: one heavy draft never freezes the server.
  const checker = createCheckPool();
  const bot = new AsyncCoachBot({
    checkDraft: (draft, rules, locale) =>
      checker.check({ ...MessageDraftSchema.parse(draft), kind: "message" }, rules, new Date(), locale) as Promise<MessageReport>,
    norms: normsStore,
    conversations,
    ...(graph ? { roles: graph.roles, preRead: { watches, reminders } } : {}),
    // Local development without credentials: anyone may change team norms from the bot.
    anyoneMayEditTeamNorms: !config.bot.appId,
    botAppId: config.bot.appId ?? "",
  });
  // Without Graph, team ownership cannot be checked: team norms are then read-only through the API
  // (except for the logged development identity).
  const normsApi = {
    store: normsStore,
    verify: config.auth ? entraTokenVerifier(config.auth) : developmentVerifier(),
    ...(graph ? { roles: graph.roles } : {}),
  };
  const preReadApi = { verify: normsApi.verify, conversations, ...(graph ? { watches } : {}) };
  const app = createApp({
    ...(norms ? { norms } : {}),
    checker,
    normsApi,
    preReadApi,
    addinDir: config.addinDir,
    tabDir: config.tabDir,
    bot: { adapter, bot, requireToken: Boolean(config.bot.appId) },
  });
  // HTTPS when a certificate is configured: Outlook loads sideloaded add-in pages only over HTTPS.
  const scheme = config.tls ? "https" : "http";
  const server = config.tls
    ? createHttpsServer({ cert: await readFile(config.tls.certFile), key: await readFile(config.tls.keyFile) }, app)
    : createHttpServer(app);
  server.listen(config.port, config.host, () => {
    const auth = config.bot.appId ? `bot ${config.bot.appId}` : "anonymous bot auth (local development: no BOT_ID)";
    console.log(`Async Coach listening on ${scheme}://${config.host}:${config.port} (POST /api/check, POST /api/messages, /addin/, /tab/; ${auth})`);
  });
  const stop = () => {
    void graph?.scheduler.stop();
    void checker.close();
    server.close(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
} catch (error) {
  console.error(`Async Coach cannot start: ${(error as Error).message}`);
  process.exit(1);
}
