// POST /api/messages: Teams activities in, through the bot's adapter, to the bot. Refused tokens get
// 401 and a short JSON error, unreachable signing keys 503; one log line each, never a stack trace.
import { Router } from "express";
import { BotAuthError, BotKeysUnavailableError, BotServiceUrlError, type AsyncCoachAdapter } from "../bot/adapter.js";
import type { AsyncCoachBot } from "../bot/async-coach-bot.js";
import { IncomingActivitySchema } from "../bot/activity-schema.js";
import { describeZodError } from "../rules/index.js";
import type { Logger } from "./log.js";

/** With `requireToken` (credentials configured), a request without a bearer token stops here. */
export function botRouter(adapter: AsyncCoachAdapter, bot: AsyncCoachBot, requireToken: boolean, logger: Logger): Router {
  const router = Router();
  router.post("/messages", async (req, res, next) => {
    // Unauthenticated callers learn nothing about the body's validation.
    if (requireToken && !/^Bearer \S+/i.test(req.headers.authorization ?? "")) {
      res.status(401).json({ error: "unauthorized" });
      return;
    }
    if (!req.is(["application/json", "application/*+json"])) {
      res.status(415).json({ error: "send the activity as JSON (Content-Type: application/json)" });
      return;
    }
    const parsed = IncomingActivitySchema.safeParse(req.body);
    if (!parsed.success) {
      res.status(400).json({ error: "not a Bot Framework activity", details: describeZodError(parsed.error) });
      return;
    }
    try {
      const answer = await adapter.answer(req.headers.authorization, req.body as Record<string, unknown>, bot);
      if (answer.body === undefined) res.status(answer.status).end();
      else res.status(answer.status).json(answer.body);
    } catch (error) {
      if (error instanceof BotAuthError) {
        logger.info(error.message);
        res.status(401).json({ error: "unauthorized" });
      } else if (error instanceof BotServiceUrlError) {
        logger.info(error.message);
        res.status(400).json({ error: "serviceUrl is not an allowed Bot Framework connector" });
      } else if (error instanceof BotKeysUnavailableError) {
        logger.error(error.message);
        res.status(503).set("Retry-After", "30").json({ error: "the token cannot be checked just now: try again shortly" });
      } else next(error);
    }
  });
  return router;
}
