// POST /api/check: a message draft or a meeting invite in, the report out.
import { Router } from "express";
import { CheckInputSchema, checkInvite, checkMessage, describeZodError, type Norms } from "../rules/index.js";

export function checkRouter(norms: Norms): Router {
  const router = Router();
  router.post("/check", (req, res) => {
    if (!req.is("application/json") && !req.is("application/*+json")) {
      res.status(415).json({ error: "send the draft or invite as JSON (Content-Type: application/json)" });
      return;
    }
    const parsed = CheckInputSchema.safeParse(req.body);
    if (!parsed.success) {
      res.status(400).json({ error: "invalid draft or invite", details: describeZodError(parsed.error) });
      return;
    }
    const input = parsed.data;
    res.json(input.kind === "message" ? checkMessage(input, norms) : checkInvite(input, norms));
  });
  return router;
}
