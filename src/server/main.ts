// npm start: the Async Coach server on localhost with embedded defaults (no Azure, no credentials):
// POST /api/check, and the Teams bot on POST /api/messages with file-backed storage in DATA_DIR.
import { readFile } from "node:fs/promises";
import { createServer as createHttpServer } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import { createAdapter } from "../bot/adapter.js";
import { AsyncCoachBot } from "../bot/async-coach-bot.js";
import { parseNorms, type Norms } from "../rules/index.js";
import { ConversationStore } from "../storage/conversation-store.js";
import { createStorage } from "../storage/create-storage.js";
import { NormsStore } from "../storage/norms-store.js";
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
  const bot = new AsyncCoachBot({ norms: normsStore, conversations: new ConversationStore(storage) });
  const adapter = createAdapter(config.bot, consoleLogger);
  // Team ownership (for writing team norms) needs a roster source; until one is configured only
  // personal and chat norms can be written through the API in production.
  const normsApi = { store: normsStore, verify: config.auth ? entraTokenVerifier(config.auth) : developmentVerifier() };
  const app = createApp({ ...(norms ? { norms } : {}), normsApi, addinDir: config.addinDir, tabDir: config.tabDir, bot: { adapter, bot, requireToken: Boolean(config.bot.appId) } });
  // HTTPS when a certificate is configured: Outlook loads sideloaded add-in pages only over HTTPS.
  const scheme = config.tls ? "https" : "http";
  const server = config.tls
    ? createHttpsServer({ cert: await readFile(config.tls.certFile), key: await readFile(config.tls.keyFile) }, app)
    : createHttpServer(app);
  server.listen(config.port, config.host, () => {
    const auth = config.bot.appId ? `bot ${config.bot.appId}` : "anonymous bot auth (local development: no BOT_ID)";
    console.log(`Async Coach listening on ${scheme}://${config.host}:${config.port} (POST /api/check, POST /api/messages, /addin/, /tab/; ${auth})`);
  });
  const stop = () => server.close(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
} catch (error) {
  console.error(`Async Coach cannot start: ${(error as Error).message}`);
  process.exit(1);
}
