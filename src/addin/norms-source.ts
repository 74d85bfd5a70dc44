// The person's own norms ("My norms" in Teams) for the checks in Outlook: read from our norms API
// with an Office SSO token, kept for a few minutes, and never waited on for long. Anything that
// fails (no SSO, offline, a slow server) leaves the checks on the defaults: a draft is never held up.
import { DEFAULT_NORMS, parseNorms, type Norms } from "../rules/index.js";
import { MY_SCOPE, normsKey } from "../storage/norms-scope.js";
import { NormsClient } from "../web/norms-api.js";

export interface NormsSourceOptions {
  /** An access token for our API (Office.auth.getAccessToken). */
  getToken: () => Promise<string>;
  /** Where the norms API lives: the origin that served the add-in; undefined where that is unknown. */
  apiBase: string | undefined;
  fetcher?: typeof fetch;
  ttlMs?: number;
  now?: () => number;
  /** The mailbox's time zone (IANA): "today" is the writer's until they save norms of their own. */
  defaultZone?: () => string | undefined;
}

/** The default norms in the writer's own time zone, where it is known and valid. */
export function defaultNormsIn(zone: string | undefined): Norms {
  if (!zone || zone === DEFAULT_NORMS.timeZone) return DEFAULT_NORMS;
  const parsed = parseNorms({ ...DEFAULT_NORMS, timeZone: zone });
  return parsed.ok ? parsed.norms : DEFAULT_NORMS;
}

export const NORMS_TTL_MS = 5 * 60_000;

export function normsLoader(options: NormsSourceOptions): () => Promise<Norms> {
  const client = new NormsClient(options.getToken, { base: options.apiBase ?? "", ...(options.fetcher ? { fetcher: options.fetcher } : {}) });
  const now = options.now ?? Date.now;
  let cached: { norms: Norms; at: number } | undefined;
  let pending: Promise<Norms> | undefined;

  const zone = () => options.defaultZone?.();
  const load = async (): Promise<Norms> => {
    const document = await client.get(normsKey(MY_SCOPE));
    // Never saved: the server's defaults, which know nothing of where the writer is.
    const parsed = parseNorms(document.updatedAt === null ? { ...document.norms, timeZone: zone() ?? document.norms.timeZone } : document.norms);
    if (!parsed.ok) throw new Error("the norms API sent invalid norms");
    cached = { norms: parsed.norms, at: now() };
    return parsed.norms;
  };

  return async () => {
    if (!options.apiBase) return defaultNormsIn(zone());
    if (cached && now() - cached.at < (options.ttlMs ?? NORMS_TTL_MS)) return cached.norms;
    pending ??= load().finally(() => {
      pending = undefined;
    });
    try {
      return await pending;
    } catch (error) {
      // Last known norms beat defaults when the server is briefly unreachable.
      if (cached) return cached.norms;
      throw error;
    }
  };
}
