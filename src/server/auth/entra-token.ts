// Validates Microsoft Entra ID access tokens (from Teams SSO) with jose: the signature against the
// tenant's published signing keys (looked up by `kid`, cached), the issuer, the audience, the expiry
// (which must be there), and that a person signed in: a delegated token with the access_as_user
// scope, never an app-only one. Any failure is a 401 for the caller; the reason is kept for the log,
// never the token. Keys that cannot be fetched are KeysUnavailableError (503), remembered for a
// while so every bad request does not wait on the network again.
import { createRemoteJWKSet, errors, jwtVerify, type JWTHeaderParameters, type JWTPayload, type FlattenedJWSInput } from "jose";

export interface EntraAuthConfig {
  tenantId: string;
  /** The API's app id and/or its Application ID URI ("api://host/<app id>"): accepted audiences. */
  audiences: string[];
  /** Defaults to the tenant's v2.0 keys; tests point it at a local key set. */
  jwksUri?: string;
  /** Defaults to the tenant's v1 and v2 issuers. */
  issuers?: string[];
}

export interface Identity {
  /** The user's object id: stable across names and e-mail changes. */
  id: string;
  name: string;
  tenantId: string;
  development?: true;
}

export class AuthError extends Error {}

/** The tenant's signing keys could not be fetched: no token can be checked just now. */
export class KeysUnavailableError extends Error {}

/** The scope Teams SSO asks for on our API (aad.manifest.json). */
export const USER_SCOPE = "access_as_user";
/** How long a failed key fetch is remembered, and how long one may take. */
const KEY_FAILURE_MS = 30_000;
const KEY_FETCH_TIMEOUT_MS = 3_000;

export type TokenVerifier = (authorization: string | undefined) => Promise<Identity>;

export function entraTokenVerifier(config: EntraAuthConfig): TokenVerifier {
  const remote = createRemoteJWKSet(new URL(config.jwksUri ?? `https://login.microsoftonline.com/${config.tenantId}/discovery/v2.0/keys`), {
    timeoutDuration: KEY_FETCH_TIMEOUT_MS,
    cooldownDuration: 30_000,
  });
  let keysFailedAt = -Infinity;
  const jwks = async (header: JWTHeaderParameters, token: FlattenedJWSInput) => {
    if (Date.now() - keysFailedAt < KEY_FAILURE_MS) throw new KeysUnavailableError("the signing keys could not be fetched a moment ago");
    try {
      return await remote(header, token);
    } catch (error) {
      // An unknown key id is the token's fault; a timeout, a network error or a bad key set is not.
      if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) throw error;
      keysFailedAt = Date.now();
      throw new KeysUnavailableError(`the signing keys could not be fetched: ${(error as Error).message}`);
    }
  };
  const issuers = config.issuers ?? [`https://login.microsoftonline.com/${config.tenantId}/v2.0`, `https://sts.windows.net/${config.tenantId}/`];
  return async (authorization) => {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? "")?.[1];
    if (!token) throw new AuthError("no bearer token");
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, jwks, {
        issuer: issuers,
        audience: config.audiences,
        algorithms: ["RS256"],
        clockTolerance: 60,
        requiredClaims: ["exp", "oid"],
      }));
    } catch (error) {
      if (error instanceof KeysUnavailableError) throw error;
      throw new AuthError(`invalid token: ${(error as Error).message}`);
    }
    // A person, not an app: app-only tokens carry roles and idtyp "app", never a delegated scope.
    const scopes = typeof payload.scp === "string" ? payload.scp.split(" ") : [];
    if (payload.idtyp === "app" || !scopes.includes(USER_SCOPE)) throw new AuthError(`invalid token: not a delegated token with the ${USER_SCOPE} scope`);
    const id = typeof payload.oid === "string" ? payload.oid : undefined;
    if (!id) throw new AuthError("invalid token: no user object id (oid)");
    return {
      id,
      name: typeof payload.name === "string" ? payload.name : ((payload.preferred_username as string | undefined) ?? id),
      tenantId: typeof payload.tid === "string" ? payload.tid : config.tenantId,
    };
  };
}

/** Local development without an app id: every request acts as one clearly named identity. */
export function developmentVerifier(): TokenVerifier {
  return () => Promise.resolve({ id: "development-user", name: "Development user (no auth configured)", tenantId: "development", development: true });
}
