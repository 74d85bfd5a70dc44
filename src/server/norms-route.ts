// GET/PUT /api/norms/:scope: team norms for the tab and the add-in. Every request carries an Entra
// token; writes are conditional (If-Match on the ETag), so a stale form never overwrites silently.
// Scopes: "team:<id>", "chat:<id>", "user:me" (the caller's own defaults). PUT and DELETE
// /api/norms/user:me/follow choose a team whose norms the caller's own checks follow instead.
import { Router, type Response } from "express";
import { z } from "zod";
import { describeNorms } from "../rules/index.js";
import type { TeamRoles } from "../graph/team-roles.js";
import { mayEditNorms, normsKey, parseNormsKey, userScope, type NormsScope } from "../storage/norms-scope.js";
import type { Followed, NormsInForce, NormsStore } from "../storage/norms-store.js";
import type { Identity, TokenVerifier } from "./auth/entra-token.js";
import { identityOf, requireIdentity } from "./auth/require-identity.js";
import { jsonBody } from "./json-body.js";
import type { Logger } from "./log.js";

export const MAX_NORMS_BODY_BYTES = 64 * 1024;

export type { TeamRoles } from "../graph/team-roles.js";

export interface NormsApiOptions {
  store: NormsStore;
  verify: TokenVerifier;
  roles?: TeamRoles;
  logger: Logger;
}

const quoted = (eTag: string) => `"${eTag}"`;
const unquote = (header: string | undefined) => header?.trim().replace(/^W\//, "").replace(/^"|"$/g, "");

/**
 * The body of every norms answer: the norms, in plain words, and who changed what and when. Who
 * changed what is for the team's or chat's members; others see the norms in force only.
 */
function normsBody(scope: string, stored: NormsInForce, withHistory = true) {
  return {
    scope,
    // A person who follows a team: the team's norms, and which team.
    follows: stored.follows ? { team: stored.follows.team, name: stored.follows.name } : null,
    norms: stored.norms,
    summary: describeNorms(stored.norms),
    updatedBy: withHistory ? (stored.updatedBy ?? null) : null,
    updatedAt: withHistory ? (stored.updatedAt ?? null) : null,
    history: withHistory ? stored.history : [],
    historyShown: withHistory,
  };
}

/** A roles question to Graph; when Graph fails, 503 (nothing saved) and undefined. */
async function askGraph(res: Response, question: () => Promise<boolean>): Promise<boolean | undefined> {
  try {
    return await question();
  } catch {
    res
      .status(503)
      .set("Retry-After", "30")
      .json({ error: "your role could not be checked with Microsoft Graph just now; nothing was saved, try again shortly" });
    return undefined;
  }
}

export function normsRouter({ store, verify, roles, logger }: NormsApiOptions): Router {
  const router = Router();
  router.use("/norms", requireIdentity(verify, logger, "norms API"));

  function scopeKey(raw: string, identity: Identity, res: Response): (NormsScope & { key: string }) | undefined {
    const scope = parseNormsKey(raw);
    if (!scope) {
      res.status(400).json({ error: 'scope must be "team:<id>", "chat:<id>" or "user:me"' });
      return undefined;
    }
    if (scope.kind === "user") {
      if (scope.id !== "me" && scope.id !== identity.id) {
        res.status(403).json({ error: "you can read and change only your own personal norms" });
        return undefined;
      }
      const own = userScope(identity.id);
      return { key: normsKey(own), ...own };
    }
    return { key: normsKey(scope), ...scope };
  }

  /** Whether the caller belongs to the team or chat (Graph, cached); false when that cannot be told. */
  async function isMember(scope: { kind: string; id: string }, identity: Identity, groupId: string | undefined): Promise<boolean> {
    if (scope.kind === "user" || identity.development) return true;
    if (!roles) return false;
    try {
      return scope.kind === "team" ? await roles.isTeamMember({ threadId: scope.id, groupId }, identity.id) : await roles.isChatMember(scope.id, identity.id);
    } catch {
      return false; // Graph failing: the norms in force, without who changed them
    }
  }

  router.get("/norms/:scope", async (req, res, next) => {
    try {
      const identity = identityOf(res);
      const scope = scopeKey(req.params.scope, identity, res);
      if (!scope) return;
      const stored = await store.inForce(scope.key);
      const groupId = typeof req.query.groupId === "string" ? req.query.groupId : undefined;
      const member = await isMember(scope, identity, groupId);
      // The ETag is always the version of this scope's own norms, which a PUT here changes.
      const eTag = stored.follows ? (await store.get(scope.key)).eTag : stored.eTag;
      if (eTag) res.set("ETag", quoted(eTag));
      res.set("Cache-Control", "no-store").json(normsBody(scope.key, stored, member));
    } catch (error) {
      next(error);
    }
  });

  router.put("/norms/:scope", ...jsonBody(MAX_NORMS_BODY_BYTES), async (req, res, next) => {
    try {
      const identity = identityOf(res);
      const scope = scopeKey(String(req.params.scope), identity, res);
      if (!scope) return;
      if (scope.kind === "team") {
        const groupId = typeof req.query.groupId === "string" ? req.query.groupId : undefined;
        if (roles && !groupId) {
          res.status(400).json({ error: "send the team's groupId (from the Teams context) as ?groupId= so ownership can be checked" });
          return;
        }
        const owner = await askGraph(res, () => mayEditNorms(scope, identity.id, { roles, groupId, unchecked: Boolean(identity.development) }));
        if (owner === undefined) return;
        if (!owner) {
          res.status(403).json({ error: roles ? "only team owners can change team norms" : "team ownership cannot be checked on this server" });
          return;
        }
      }
      if (scope.kind === "chat") {
        const member = await askGraph(res, () => mayEditNorms(scope, identity.id, { roles, unchecked: Boolean(identity.development) }));
        if (member === undefined) return;
        if (!member) {
          res.status(403).json({ error: roles ? "only the chat's members can change its norms" : "chat membership cannot be checked on this server" });
          return;
        }
      }
      const current = await store.get(scope.key);
      const ifMatch = unquote(req.headers["if-match"]);
      if (current.eTag && !ifMatch) {
        res.status(428).json({ error: "send If-Match with the ETag you read, so a newer change is not overwritten" });
        return;
      }
      if (ifMatch && ifMatch !== "*" && ifMatch !== current.eTag) {
        res.status(412).json({ error: "the norms changed since you read them; read them again", updatedBy: current.updatedBy ?? null });
        return;
      }
      const result = await store.set(scope.key, req.body, identity.name, current.eTag);
      if (!result.ok && result.reason === "invalid") {
        res.status(400).json({ error: "invalid norms", details: result.errors });
        return;
      }
      if (!result.ok) {
        res.status(412).json({ error: "the norms changed while saving; read them again" });
        return;
      }
      // Saving one's own norms is choosing them: a team followed until now is followed no more.
      if (scope.kind === "user") await store.follow(scope.key, null);
      if (result.stored.eTag) res.set("ETag", quoted(result.stored.eTag));
      res.set("Cache-Control", "no-store").json(normsBody(scope.key, result.stored));
    } catch (error) {
      next(error);
    }
  });

  /** The caller's own scope, from "user:me" (or their own id); anything else is refused. */
  function ownScope(raw: string, identity: Identity, res: Response): string | undefined {
    const scope = scopeKey(raw, identity, res);
    if (scope && scope.kind !== "user") {
      res.status(400).json({ error: 'only "user:me" follows a team' });
      return undefined;
    }
    return scope?.key;
  }

  router.put("/norms/:scope/follow", ...jsonBody(MAX_NORMS_BODY_BYTES), async (req, res, next) => {
    try {
      const identity = identityOf(res);
      const key = ownScope(String(req.params.scope), identity, res);
      if (!key) return;
      const body = FollowSchema.safeParse(req.body);
      const team = body.success ? parseNormsKey(body.data.team) : null;
      if (!body.success || team?.kind !== "team") {
        res.status(400).json({ error: 'send {"team": "team:<thread id>", "name": "…", "groupId": "…"}' });
        return;
      }
      if (roles && !body.data.groupId) {
        res.status(400).json({ error: "send the team's groupId (from the Teams context) so membership can be checked" });
        return;
      }
      const member = await askGraph(res, async () =>
        identity.development ? true : roles ? roles.isTeamMember({ threadId: team.id, groupId: body.data.groupId }, identity.id) : false,
      );
      if (member === undefined) return;
      if (!member) {
        res.status(403).json({ error: roles ? "you can follow only the norms of a team you are in" : "team membership cannot be checked on this server" });
        return;
      }
      const followed: Followed = { team: normsKey(team), name: body.data.name ?? null, ...(body.data.groupId ? { groupId: body.data.groupId } : {}) };
      await store.follow(key, followed);
      res.set("Cache-Control", "no-store").json(normsBody(key, await store.inForce(key)));
    } catch (error) {
      next(error);
    }
  });

  router.delete("/norms/:scope/follow", async (req, res, next) => {
    try {
      const key = ownScope(String(req.params.scope), identityOf(res), res);
      if (!key) return;
      await store.follow(key, null);
      res.set("Cache-Control", "no-store").json(normsBody(key, await store.inForce(key)));
    } catch (error) {
      next(error);
    }
  });
  return router;
}

const FollowSchema = z.object({
  team: z.string().max(320),
  name: z.string().max(256).optional(),
  groupId: z.guid().optional(),
});
