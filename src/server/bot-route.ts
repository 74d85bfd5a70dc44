// POST /api/messages: Teams activities in, through Bot Framework's CloudAdapter, to the bot.
import { Router } from "express";
import type { CloudAdapter } from "botbuilder";
import type { AsyncCoachBot } from "../bot/async-coach-bot.js";
import { IncomingActivitySchema } from "../bot/activity-schema.js";
import { describeZodError } from "../rules/index.js";

/** With `requireToken` (credentials configured), a request without a bearer token stops here. */
export function botRouter(adapter: CloudAdapter, bot: AsyncCoachBot, requireToken: boolean): Router {
  const router = Router();
  router.post("/messages", async (req, res, next) => {
    // The adapter checks the token itself; this only keeps unauthenticated callers from learning
    // anything about the body's validation.
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
      await adapter.process(req, res, (context) => bot.run(context));
    } catch (error) {
      next(error);
    }
  });
  return router;
}
