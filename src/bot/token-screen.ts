// A first look at a bearer token before Bot Framework fetches its signing keys: a token that could
// never be valid (no signature algorithm, a shared-secret one, expired, for another app) is refused
// here, at once and without a network call. Whatever passes is still verified in full by botbuilder.

/** Why a token was refused, in a few words for the log; null when it may go on to full validation. */
export function screenBotToken(authorization: string | undefined, appId: string, nowSeconds = Date.now() / 1000): string | null {
  const match = /^Bearer ([\w-]+)\.([\w-]+)\.([\w-]*)$/.exec((authorization ?? "").trim());
  if (!match) return "no bearer token in the JWT form";
  let header: { alg?: unknown; kid?: unknown };
  let claims: { exp?: unknown; nbf?: unknown; aud?: unknown };
  try {
    header = JSON.parse(Buffer.from(match[1] ?? "", "base64url").toString("utf8")) as typeof header;
    claims = JSON.parse(Buffer.from(match[2] ?? "", "base64url").toString("utf8")) as typeof claims;
  } catch {
    return "a token that is not JSON";
  }
  // Bot Framework and Entra sign with RSA keys published by kid: "none" and HMAC never come from them.
  if (header.alg !== "RS256") return `signing algorithm ${String(header.alg)}`;
  if (typeof header.kid !== "string") return "no key id";
  if (!match[3]) return "no signature";
  // Five minutes of clock skew, as botbuilder allows.
  if (typeof claims.exp !== "number" || claims.exp < nowSeconds - 300) return "expired or without expiry";
  if (typeof claims.nbf === "number" && claims.nbf > nowSeconds + 300) return "not valid yet";
  const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (!audiences.includes(appId)) return "for another app";
  return null;
}
