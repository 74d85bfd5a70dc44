// A local stand-in for Entra ID's signing keys: a JWKS served on 127.0.0.1 and tokens signed with
// jose the way Entra signs Teams SSO tokens (RS256, looked up by `kid`).
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { exportJWK, generateKeyPair, SignJWT } from "jose";

export const TENANT = "11111111-1111-1111-1111-111111111111";
export const AUDIENCE = "api://coach.contoso.com/22222222-2222-2222-2222-222222222222";
export const ISSUER = `https://login.microsoftonline.com/${TENANT}/v2.0`;
export const ANA = "aaaaaaaa-0000-0000-0000-000000000001";
export const BEN = "bbbbbbbb-0000-0000-0000-000000000002";

export interface TokenOptions {
  oid?: string;
  name?: string;
  audience?: string;
  issuer?: string;
  expiresIn?: string;
  key?: CryptoKey;
  kid?: string;
  /** The delegated scopes; "access_as_user" unless given (null: none, as in an app-only token). */
  scp?: string | null;
  /** Extra claims, such as idtyp: "app". */
  claims?: Record<string, unknown>;
  /** No exp claim at all. */
  noExpiry?: boolean;
}

export interface SigningKeys {
  jwksUri: string;
  /** A key the key set does not publish: for forged tokens. */
  otherKey: CryptoKey;
  token(options?: TokenOptions): Promise<string>;
  close(): void;
}

export async function startSigningKeys(): Promise<SigningKeys> {
  const keys = await generateKeyPair("RS256");
  const other = await generateKeyPair("RS256");
  const app = express();
  app.get("/keys", async (_req, res) => {
    res.json({ keys: [{ ...(await exportJWK(keys.publicKey)), kid: "key-1", alg: "RS256", use: "sig" }] });
  });
  const server: Server = app.listen(0, "127.0.0.1");
  await new Promise((r) => server.once("listening", r));
  return {
    jwksUri: `http://127.0.0.1:${(server.address() as AddressInfo).port}/keys`,
    otherKey: other.privateKey,
    token: (o: TokenOptions = {}) => {
      const scp = o.scp === undefined ? "access_as_user" : o.scp;
      const jwt = new SignJWT({ oid: o.oid ?? ANA, name: o.name ?? "Ana Diaz", tid: TENANT, ...(scp ? { scp } : {}), ...o.claims })
        .setProtectedHeader({ alg: "RS256", kid: o.kid ?? "key-1" })
        .setIssuer(o.issuer ?? ISSUER)
        .setAudience(o.audience ?? AUDIENCE)
        .setIssuedAt();
      return (o.noExpiry ? jwt : jwt.setExpirationTime(o.expiresIn ?? "1h")).sign(o.key ?? keys.privateKey);
    },
    close: () => server.close(),
  };
}
