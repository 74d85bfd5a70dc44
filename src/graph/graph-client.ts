// A small Microsoft Graph client for application calls on behalf of mailboxes: at most 4 requests
// in flight per mailbox, Retry-After honoured on 429/503/504, capped retries with jitter, a timeout
// on every call, one token refresh on 401, and every response validated with zod before use.
import pLimit, { type LimitFunction } from "p-limit";
import type { z } from "zod";
import { issuePaths } from "./graph-schemas.js";
import type { TokenSource } from "./token-provider.js";
import { withoutTrailingSlashes } from "./url.js";

export const GRAPH_BASE_URL = "https://graph.microsoft.com/v1.0";

export interface GraphClientOptions {
  tokens: TokenSource;
  baseUrl?: string;
  /** Microsoft's limit is about 4 concurrent requests per app per mailbox. */
  maxInFlightPerMailbox?: number;
  timeoutMs?: number;
  maxRetries?: number;
  /** Upper bound on one wait, whatever Retry-After says. */
  maxRetryAfterMs?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export class GraphError extends Error {
  constructor(
    message: string,
    readonly status: number | undefined,
  ) {
    super(message);
    this.name = "GraphError";
  }
}

export interface GraphStats {
  requests: number;
  retries: number;
  throttled: number;
  tokenRefreshes: number;
  /** The most requests that were ever in flight for one mailbox at once. */
  peakInFlightPerMailbox: number;
}

const RETRYABLE = new Set([429, 503, 504]);
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Seconds or an HTTP date, as Graph may send either. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export class GraphClient {
  readonly stats: GraphStats = { requests: 0, retries: 0, throttled: 0, tokenRefreshes: 0, peakInFlightPerMailbox: 0 };
  private readonly limits = new Map<string, LimitFunction>();
  private readonly inFlight = new Map<string, number>();
  private readonly baseUrl: string;
  private readonly o: Required<Omit<GraphClientOptions, "baseUrl" | "tokens">>;

  constructor(private readonly options: GraphClientOptions) {
    this.baseUrl = withoutTrailingSlashes(options.baseUrl ?? GRAPH_BASE_URL);
    this.o = {
      maxInFlightPerMailbox: options.maxInFlightPerMailbox ?? 4,
      timeoutMs: options.timeoutMs ?? 15_000,
      maxRetries: options.maxRetries ?? 4,
      maxRetryAfterMs: options.maxRetryAfterMs ?? 120_000,
      sleep: options.sleep ?? sleep,
      random: options.random ?? Math.random,
    };
  }

  /** The URL for a path ("/users/x/calendarView?..."); nextLinks are used as given, if on our base. */
  url(pathOrUrl: string): string {
    if (/^https?:\/\//.test(pathOrUrl)) {
      if (!pathOrUrl.startsWith(`${this.baseUrl}/`)) throw new GraphError("a nextLink pointed outside Microsoft Graph", undefined);
      return pathOrUrl;
    }
    return `${this.baseUrl}${pathOrUrl.startsWith("/") ? "" : "/"}${pathOrUrl}`;
  }

  /**
   * GET queued behind the other calls for the same `queue`: a user's id for their mailbox (Microsoft
   * limits concurrency per mailbox), or "team:<group id>" / "chat:<id>" for a team's or chat's resources.
   */
  get<S extends z.ZodType>(queue: string, pathOrUrl: string, schema: S, headers: Record<string, string> = {}): Promise<z.infer<S>> {
    let limit = this.limits.get(queue);
    if (!limit) {
      limit = pLimit(this.o.maxInFlightPerMailbox);
      this.limits.set(queue, limit);
    }
    return limit(async () => {
      const now = (this.inFlight.get(queue) ?? 0) + 1;
      this.inFlight.set(queue, now);
      this.stats.peakInFlightPerMailbox = Math.max(this.stats.peakInFlightPerMailbox, now);
      try {
        return await this.send(this.url(pathOrUrl), schema, headers);
      } finally {
        const left = (this.inFlight.get(queue) ?? 1) - 1;
        if (left === 0) this.inFlight.delete(queue);
        else this.inFlight.set(queue, left);
        if (left === 0 && limit.pendingCount === 0) this.limits.delete(queue);
      }
    });
  }

  /** Every page of a collection, following `@odata.nextLink` (at most `maxPages`). */
  async *pages<S extends z.ZodType<{ "@odata.nextLink"?: string | undefined }>>(
    queue: string,
    firstPath: string,
    schema: S,
    headers: Record<string, string> = {},
    maxPages = 100,
  ): AsyncGenerator<z.infer<S>> {
    let next: string | undefined = firstPath;
    for (let page = 0; next && page < maxPages; page++) {
      const body: z.infer<S> = await this.get(queue, next, schema, headers);
      yield body;
      next = body["@odata.nextLink"];
    }
  }

  private backoff(attempt: number, retryAfter: number | undefined): number {
    const base = retryAfter ?? Math.min(500 * 2 ** attempt, 30_000);
    // Jitter spreads the retries of many mailboxes so they do not return all at once.
    return Math.min(base, this.o.maxRetryAfterMs) + Math.floor(this.o.random() * 250);
  }

  private async send<S extends z.ZodType>(url: string, schema: S, headers: Record<string, string>): Promise<z.infer<S>> {
    let refreshed = false;
    for (let attempt = 0; ; attempt++) {
      this.stats.requests++;
      let response: Response;
      try {
        // After a refresh, msal's cache holds the new token.
        const token = await this.options.tokens.token();
        response = await fetch(url, {
          headers: { Accept: "application/json", ...headers, Authorization: `Bearer ${token}` },
          signal: AbortSignal.timeout(this.o.timeoutMs),
        });
      } catch (error) {
        if (attempt < this.o.maxRetries) {
          this.stats.retries++;
          await this.o.sleep(this.backoff(attempt, undefined));
          continue;
        }
        const reason = (error as Error).name === "TimeoutError" ? `timed out after ${this.o.timeoutMs} ms` : (error as Error).message;
        throw new GraphError(`Graph request failed: ${reason}`, undefined);
      }
      if (response.status === 401 && !refreshed) {
        // An expired or revoked token: ask Entra ID for a fresh one, once.
        await response.body?.cancel();
        refreshed = true;
        this.stats.tokenRefreshes++;
        await this.options.tokens.token(true);
        attempt--;
        continue;
      }
      if (RETRYABLE.has(response.status) && attempt < this.o.maxRetries) {
        if (response.status === 429) this.stats.throttled++;
        this.stats.retries++;
        const wait = this.backoff(attempt, retryAfterMs(response.headers.get("Retry-After")));
        await response.body?.cancel();
        await this.o.sleep(wait);
        continue;
      }
      if (!response.ok) {
        const code = await graphErrorCode(response);
        throw new GraphError(`Graph answered ${response.status}${code ? ` (${code})` : ""}`, response.status);
      }
      let body: unknown;
      try {
        body = await response.json();
      } catch {
        throw new GraphError("Graph sent a response that is not JSON", response.status);
      }
      const parsed = schema.safeParse(body);
      if (!parsed.success) {
        throw new GraphError(`Graph sent a malformed response (${issuePaths(parsed.error)})`, response.status);
      }
      return parsed.data;
    }
  }
}

async function graphErrorCode(response: Response): Promise<string | undefined> {
  try {
    const body = (await response.json()) as { error?: { code?: unknown } };
    return typeof body.error?.code === "string" ? body.error.code.slice(0, 80) : undefined;
  } catch {
    return undefined;
  }
}
