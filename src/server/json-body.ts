// Bodies of writes: JSON only, never empty. A write with any other body changes nothing: 415 for a
// body that is not JSON, 400 for an empty one, before any handler sees it.
import express, { type NextFunction, type Request, type Response } from "express";

const JSON_TYPES = ["application/json", "application/*+json"];

/** express.json with the content type required and an empty body refused. */
export function jsonBody(limit: number) {
  const parse = express.json({
    limit,
    strict: true,
    type: JSON_TYPES,
    verify: (req, _res, buf) => {
      (req as Request & { bodyBytes?: number }).bodyBytes = buf.length;
    },
  });
  return [
    (req: Request, res: Response, next: NextFunction) => {
      if (!req.is(JSON_TYPES)) {
        res.status(415).json({ error: "send the body as JSON (Content-Type: application/json); nothing was changed" });
        return;
      }
      next();
    },
    parse,
    (req: Request, res: Response, next: NextFunction) => {
      if (!(req as Request & { bodyBytes?: number }).bodyBytes) {
        res.status(400).json({ error: "the body is empty: send the JSON to save; nothing was changed" });
        return;
      }
      next();
    },
  ];
}
