// The express app: security headers, request log, JSON bodies, routes, and errors as clear 4xx
// answers. No business logic here: routes hand validated input to the rule module.
import express, { type ErrorRequestHandler } from "express";
import helmet from "helmet";
import { DEFAULT_NORMS, type Norms } from "../rules/index.js";
import type { AsyncCoachAdapter } from "../bot/adapter.js";
import type { AsyncCoachBot } from "../bot/async-coach-bot.js";
import { addinRouter } from "./addin-route.js";
import { botRouter } from "./bot-route.js";
import { inProcessChecker, type Checker } from "./check-pool.js";
import { checkRouter } from "./check-route.js";
import { tabRouter } from "./tab-route.js";
import { preReadRouter, type PreReadApiOptions } from "./pre-read-route.js";
import { normsRouter, type NormsApiOptions } from "./norms-route.js";
import { consoleLogger, requestLog, type Logger } from "./log.js";
import { hstsOverHttps, methodNotAllowed } from "./security-headers.js";
import { StorageFullError } from "../storage/file-storage.js";

export const MAX_JSON_BYTES = 1024 * 1024;

export interface AppOptions {
  norms?: Norms;
  logger?: Logger;
  /** The team norms API on /api/norms/:scope. */
  normsApi?: Omit<NormsApiOptions, "logger">;
  /** The caller's pre-read reminders on /api/pre-read/me. */
  preReadApi?: Omit<PreReadApiOptions, "logger">;
  /** The folder with the built add-in, served under /addin/. */
  addinDir?: string;
  /** The folder with the built norms tab, served under /tab/. */
  tabDir?: string;
  /** Where checks run: the worker pool in production (check-pool.ts); on this thread by default. */
  checker?: Checker;
  /** The Teams bot on POST /api/messages; `requireToken` when bot credentials are configured. */
  bot?: { adapter: AsyncCoachAdapter; bot: AsyncCoachBot; requireToken?: boolean };
}

export function createApp(options: AppOptions = {}): express.Express {
  const logger = options.logger ?? consoleLogger;
  const app = express();
  app.disable("x-powered-by");
  // ETags are ours alone (the norms API's versions); express's body hashes would muddle If-Match.
  app.set("etag", false);
  app.use(requestLog(logger));
  if (options.addinDir) app.use("/addin", addinRouter(options.addinDir));
  if (options.tabDir) app.use("/tab", tabRouter(options.tabDir));
  app.use(helmet({ strictTransportSecurity: false }));
  app.use(hstsOverHttps);

  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  // Before the general JSON parser: the norms API reads its own, smaller bodies.
  if (options.normsApi) app.use("/api", normsRouter({ ...options.normsApi, logger }));
  if (options.preReadApi) app.use("/api", preReadRouter({ ...options.preReadApi, logger }));
  app.use("/api", express.json({ limit: MAX_JSON_BYTES, strict: true, type: ["application/json", "application/*+json"] }));
  app.use("/api", checkRouter(options.norms ?? DEFAULT_NORMS, options.checker ?? inProcessChecker));
  if (options.bot) app.use("/api", botRouter(options.bot.adapter, options.bot.bot, options.bot.requireToken ?? false, logger));

  // Known routes asked with another method: 405 and what they take, not 404.
  app.all("/healthz", methodNotAllowed(["GET", "HEAD"]));
  app.all("/api/check", methodNotAllowed(["POST"]));
  if (options.bot) app.all("/api/messages", methodNotAllowed(["POST"]));
  if (options.normsApi) app.all("/api/norms/:scope", methodNotAllowed(["GET", "PUT"]));
  if (options.preReadApi) app.all("/api/pre-read/me", methodNotAllowed(["GET", "PUT"]));
  app.use((_req, res) => {
    res.status(404).json({ error: "not found" });
  });
  app.use(errorHandler(logger));
  return app;
}

function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, _req, res, _next) => {
    const e = error as { type?: string; status?: number; message?: string; limit?: number };
    if (e.type === "entity.too.large") {
      res.status(413).json({ error: `request body too large: at most ${e.limit ?? MAX_JSON_BYTES} bytes` });
    } else if (e.type === "entity.parse.failed") {
      res.status(400).json({ error: "request body is not valid JSON" });
    } else if (e.type === "encoding.unsupported" || e.type === "charset.unsupported") {
      res.status(415).json({ error: "unsupported body encoding: send UTF-8 JSON" });
    } else if (error instanceof StorageFullError) {
      logger.error(error.message);
      res.status(507).json({ error: "the server's disk is full: nothing was saved" });
    } else if (typeof e.status === "number" && e.status >= 400 && e.status < 500) {
      res.status(e.status).json({ error: "bad request" });
    } else {
      // The message only: a stack trace or a body never reaches the log or the client.
      logger.error(`internal error: ${e.message ?? "unknown"}`);
      res.status(500).json({ error: "internal error" });
    }
  };
}
