// GET/PUT /api/pre-read/me: the caller's pre-meeting pre-read reminders, on or off, for the personal
// norms tab. The bot's "watch my meetings" does the same; both write the one watch list.
import { Router } from "express";
import { z } from "zod";
import type { ConversationStore } from "../storage/conversation-store.js";
import type { WatchStore } from "../storage/watch-store.js";
import type { TokenVerifier } from "./auth/entra-token.js";
import { identityOf, requireIdentity } from "./auth/require-identity.js";
import { jsonBody } from "./json-body.js";
import type { Logger } from "./log.js";

export interface PreReadApiOptions {
  verify: TokenVerifier;
  /** Absent when Microsoft Graph is not configured: the check is then unavailable. */
  watches?: WatchStore;
  conversations: ConversationStore;
  logger: Logger;
}

const BodySchema = z.object({ watching: z.boolean() }).strict();

export function preReadRouter({ verify, watches, conversations, logger }: PreReadApiOptions): Router {
  const router = Router();
  router.use("/pre-read", requireIdentity(verify, logger, "pre-read API"));

  const state = async (userId: string) => ({
    available: Boolean(watches),
    watching: watches ? await watches.isWatching(userId) : false,
    // Reminders arrive in the person's 1:1 chat with the bot, which must exist.
    hasChat: Boolean(await conversations.forUser(userId)),
  });

  router.get("/pre-read/me", async (_req, res, next) => {
    try {
      res.set("Cache-Control", "no-store").json(await state(identityOf(res).id));
    } catch (error) {
      next(error);
    }
  });

  router.put("/pre-read/me", ...jsonBody(1024), async (req, res, next) => {
    try {
      const body = BodySchema.safeParse(req.body);
      if (!body.success) {
        res.status(400).json({ error: 'send {"watching": true} or {"watching": false}' });
        return;
      }
      const identity = identityOf(res);
      if (!watches) {
        res.status(409).json({ error: "the pre-meeting pre-read check is not switched on for this server" });
        return;
      }
      if (body.data.watching) {
        if (!(await conversations.forUser(identity.id))) {
          res.status(409).json({ error: "reminders arrive in your chat with Async Coach: open a chat with it in Teams first, then turn them on" });
          return;
        }
        await watches.watch(identity.id, identity.name);
      } else {
        await watches.unwatch(identity.id);
      }
      res.set("Cache-Control", "no-store").json(await state(identity.id));
    } catch (error) {
      next(error);
    }
  });
  return router;
}
