// Headers every response carries beyond helmet's defaults, and the answer to a method a known route
// does not take.
import type { RequestHandler } from "express";

/** HSTS tells a browser to use HTTPS from now on: it means something only on a response over HTTPS. */
export const hstsOverHttps: RequestHandler = (req, res, next) => {
  if (req.secure) res.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  next();
};

/** 405 with the methods the route takes, for a known route asked with another method. */
export function methodNotAllowed(allowed: readonly string[]): RequestHandler {
  return (_req, res) => {
    res
      .set("Allow", allowed.join(", "))
      .status(405)
      .json({ error: `method not allowed: use ${allowed.join(" or ")}` });
  };
}
