// Express middleware: the caller's Entra identity in res.locals.identity, or 401 with no detail.
import type { RequestHandler, Response } from "express";
import type { Logger } from "../log.js";
import { AuthError, KeysUnavailableError, type Identity, type TokenVerifier } from "./entra-token.js";

export function requireIdentity(verify: TokenVerifier, logger: Logger, api: string): RequestHandler {
  let warnedDevelopment = false;
  return async (req, res, next) => {
    try {
      const identity = await verify(req.headers.authorization);
      if (identity.development && !warnedDevelopment) {
        warnedDevelopment = true;
        logger.info(`${api}: development mode (no app id configured): requests act as the development user`);
      }
      res.locals.identity = identity;
      next();
    } catch (error) {
      if (error instanceof KeysUnavailableError) {
        logger.error(`${api}: ${error.message}`);
        res.status(503).set("Retry-After", "30").json({ error: "sign-in cannot be checked just now: try again shortly" });
        return;
      }
      if (!(error instanceof AuthError)) {
        next(error);
        return;
      }
      logger.info(`${api}: refused (${error.message})`);
      res.status(401).set("WWW-Authenticate", "Bearer").json({ error: "unauthorized: a valid Microsoft Entra ID token is required" });
    }
  };
}

export const identityOf = (res: Response): Identity => res.locals.identity as Identity;
