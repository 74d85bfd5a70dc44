// Validates Microsoft Entra ID access tokens (from Teams SSO) with jose: the signature against the
// tenant's published signing keys (looked up by `kid`, cached), the issuer, the audience and the
// expiry. Any failure is a 401 for the caller; the reason is kept for the log, never the token.
import { createRemoteJWKSet, jwtVerify, type JWTPayload } from "jose";

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

export type TokenVerifier = (authorization: string | undefined) => Promise<Identity>;

export function entraTokenVerifier(config: EntraAuthConfig): TokenVerifier {
  const jwks = createRemoteJWKSet(
    new URL(config.jwksUri ?? `https://login.microsoftonline.com/${config.tenantId}/discovery/v2.0/keys`),
    { timeoutDuration: 5000, cooldownDuration: 30_000 },
  );
  const issuers = config.issuers ?? [
    `https://login.microsoftonline.com/${config.tenantId}/v2.0`,
    `https://sts.windows.net/${config.tenantId}/`,
  ];
  return async (authorization) => {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? "")?.[1];
    if (!token) throw new AuthError("no bearer token");
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, jwks, { issuer: issuers, audience: config.audiences, algorithms: ["RS256"], clockTolerance: 60 }));
    } catch (error) {
      throw new AuthError(`invalid token: ${(error as Error).message}`);
    }
    const id = typeof payload.oid === "string" ? payload.oid : undefined;
    if (!id) throw new AuthError("invalid token: no user object id (oid)");
    return {
      id,
      name: typeof payload.name === "string" ? payload.name : (payload.preferred_username as string | undefined) ?? id,
      tenantId: typeof payload.tid === "string" ? payload.tid : config.tenantId,
    };
  };
}

/** Local development without an app id: every request acts as one clearly named identity. */
export function developmentVerifier(): TokenVerifier {
  return async () => ({ id: "development-user", name: "Development user (no auth configured)", tenantId: "development", development: true });
}
