// POST /api/check: a message draft or a meeting invite in, the report out. The check runs in the
// check pool, off the event loop; when the pool is full the caller is asked to come back.
import { Router } from "express";
import { UI_LANGUAGES } from "../i18n/index.js";
import { CheckInputSchema, describeZodError, type Norms } from "../rules/index.js";
import { CheckPoolBusyError, type Checker } from "./check-pool.js";

/** Seconds a refused caller is asked to wait. */
export const BUSY_RETRY_AFTER_SECONDS = 2;

export function checkRouter(norms: Norms, checker: Checker): Router {
  const router = Router();
  router.post("/check", async (req, res, next) => {
    if (!req.is("application/json") && !req.is("application/*+json")) {
      res.status(415).json({ error: "send the draft or invite as JSON (Content-Type: application/json)" });
      return;
    }
    const parsed = CheckInputSchema.safeParse(req.body);
    if (!parsed.success) {
      res.status(400).json({ error: "invalid draft or invite", details: describeZodError(parsed.error) });
      return;
    }
    try {
      // The findings in the caller's language (Accept-Language), English for any other.
      const locale = req.acceptsLanguages(...UI_LANGUAGES) || undefined;
      res.json(await checker.check(parsed.data, norms, new Date(), locale));
    } catch (error) {
      if (error instanceof CheckPoolBusyError) {
        res.set("Retry-After", String(BUSY_RETRY_AFTER_SECONDS)).status(503).json({ error: "busy checking other drafts: try again shortly" });
      } else next(error);
    }
  });
  return router;
}
