// Bot Framework's CloudAdapter with credentials from configuration. With no app id it runs with
// anonymous auth for local use and tests; with one, every request must carry a valid token.
// Requests come in through `answer`, which keeps botbuilder's error handling (a stack trace on
// stderr, its error text in the response) away from callers: a refused token is BotAuthError, and
// signing keys that cannot be fetched are BotKeysUnavailableError.
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  type Activity,
  type TurnContext,
} from "botbuilder";
import type { AsyncCoachBot } from "./async-coach-bot.js";
import { describeError } from "./describe-error.js";
import { isAllowedServiceUrl } from "./service-url.js";
import { screenBotToken } from "./token-screen.js";

export interface BotCredentials {
  appId?: string;
  appPassword?: string;
  /** SingleTenant for new registrations (multi-tenant ones are no longer allowed), or UserAssignedMSI. */
  appType?: "SingleTenant" | "MultiTenant" | "UserAssignedMSI";
  tenantId?: string;
  /** Where Bot Framework's OpenID metadata is read (sovereign clouds, or a local stand-in); Microsoft's by default. */
  openIdMetadataUrl?: string;
}

export interface ErrorLogger {
  error(message: string): void;
}

/** A token that is not valid for this bot. */
export class BotAuthError extends Error {
  constructor(reason: string) {
    super(`bot: refused a request: ${reason}`);
    this.name = "BotAuthError";
  }
}

/** Bot Framework's or Entra's signing keys could not be fetched, so no token can be checked now. */
export class BotKeysUnavailableError extends Error {
  constructor(reason: string) {
    super(`bot: the signing keys could not be fetched: ${reason}`);
    this.name = "BotKeysUnavailableError";
  }
}

/** The activity names a serviceUrl the bot may not send to. */
export class BotServiceUrlError extends Error {
  constructor(serviceUrl: string) {
    let host = "unparsable";
    try {
      host = new URL(serviceUrl).host;
    } catch {
      // keep "unparsable"
    }
    super(`bot: refused an activity whose serviceUrl is not a Teams connector (${host})`);
    this.name = "BotServiceUrlError";
  }
}

export interface BotAnswer {
  status: number;
  body?: unknown;
}

type AuthenticateRequestResult = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication["authenticateRequest"]>>;

/** How long the token check may wait for Bot Framework's signing keys: botbuilder's fetch has no timeout. */
export const KEYS_TIMEOUT_MS = 5_000;
/** After the keys could not be fetched, requests are refused at once for this long instead of each fetching again. */
export const KEYS_RETRY_MS = 30_000;
/** A token check still waiting this long means the keys are slow: others are refused rather than open more fetches. */
const KEYS_SLOW_MS = 1_000;
/** At most this many token checks wait at once (with the keys cached, each takes a few milliseconds). */
const MAX_WAITING = 8;

// Errors of the HTTP client that fetches OpenID metadata and keys: the network, not the token.
const NETWORK = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|socket hang up|network|timeout|openid|request to https?:\/\//i;
/** "Failed to load openID config: 500", or the fetch itself failing: the keys, not the token. */
const keysUnreachable = (error: Error) => NETWORK.test(error.message ?? "") || /failed to load/i.test(error.message ?? "");

export class AsyncCoachAdapter extends CloudAdapter {
  /** Until when tokens are refused at once: the keys could not be fetched a moment ago. */
  private keysDownUntil = 0;
  /** The token checks still waiting, by number: when each started. */
  private readonly waiting = new Map<number, number>();
  private checks = 0;

  constructor(
    private readonly auth: ConfigurationBotFrameworkAuthentication,
    private readonly appId: string,
  ) {
    super(auth);
  }

  /**
   * Checks the token before the turn, with a bound: a keys endpoint that never answers, or is down,
   * costs one fetch per 30 s and a 503, not a hung request and a connection each.
   */
  private async authenticate(activity: Activity, authorization: string): Promise<AuthenticateRequestResult> {
    const now = Date.now();
    const slow = [...this.waiting.values()].some((since) => now - since > KEYS_SLOW_MS);
    if (now < this.keysDownUntil || slow || this.waiting.size >= MAX_WAITING)
      throw new BotKeysUnavailableError("bot: Bot Framework's signing keys could not be fetched just now");
    const id = ++this.checks;
    this.waiting.set(id, now);
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timeout: no signing keys within ${KEYS_TIMEOUT_MS} ms`)), KEYS_TIMEOUT_MS);
      });
      return await Promise.race([this.auth.authenticateRequest(activity, authorization), timeout]);
    } catch (error) {
      if (keysUnreachable(error as Error)) this.keysDownUntil = Date.now() + KEYS_RETRY_MS;
      throw error;
    } finally {
      clearTimeout(timer);
      this.waiting.delete(id);
    }
  }

  /** Runs one activity through the bot; the answer to write back, or a classified error. */
  async answer(authorization: string | undefined, body: Record<string, unknown>, bot: AsyncCoachBot): Promise<BotAnswer> {
    if (this.appId) {
      const refused = screenBotToken(authorization, this.appId);
      if (refused) throw new BotAuthError(refused);
    }
    // Replies go where the activity says: only this machine without credentials, Microsoft's connector with them.
    const serviceUrl = typeof body.serviceUrl === "string" ? body.serviceUrl : "";
    if (!isAllowedServiceUrl(serviceUrl, !this.appId)) throw new BotServiceUrlError(serviceUrl);
    const activity = withDates(body) as unknown as Activity;
    try {
      // With credentials, the token is checked here first, within a time bound; then the turn runs.
      const logic = (context: TurnContext) => bot.run(context);
      const response = this.appId
        ? await this.processActivity(await this.authenticate(activity, authorization ?? ""), activity, logic)
        : await this.processActivity(authorization ?? "", activity, logic);
      return response ? { status: response.status, body: response.body } : { status: 200 };
    } catch (error) {
      const e = error as Error & { statusCode?: number };
      if (e.statusCode === 401 || e.statusCode === 403) throw new BotAuthError(firstLine(e.message));
      if (keysUnreachable(e)) throw new BotKeysUnavailableError(firstLine(e.message));
      throw error;
    }
  }
}

const firstLine = (text: string | undefined) => (text ?? "unknown").split("\n")[0]!.slice(0, 200);

/** Timestamps as botbuilder's own request handling turns them into dates. */
function withDates(body: Record<string, unknown>): Record<string, unknown> {
  const activity: Record<string, unknown> = { ...body };
  for (const field of ["timestamp", "localTimestamp", "expiration"]) {
    const value = activity[field];
    if (typeof value === "string") {
      activity[`raw${field[0]!.toUpperCase()}${field.slice(1)}`] = value;
      activity[field] = new Date(value);
    }
  }
  return activity;
}

export function createAdapter(credentials: BotCredentials, logger: ErrorLogger): AsyncCoachAdapter {
  const factory = new ConfigurationServiceClientCredentialFactory({
    MicrosoftAppId: credentials.appId ?? "",
    MicrosoftAppPassword: credentials.appPassword ?? "",
    MicrosoftAppType: credentials.appId ? (credentials.appType ?? "SingleTenant") : "",
    MicrosoftAppTenantId: credentials.tenantId ?? "",
  });
  const metadata = credentials.openIdMetadataUrl
    ? {
        ToBotFromChannelOpenIdMetadataUrl: credentials.openIdMetadataUrl,
        ToBotFromEmulatorOpenIdMetadataUrl: credentials.openIdMetadataUrl,
        ToBotFromChannelTokenIssuer: "https://api.botframework.com",
      }
    : {};
  const adapter = new AsyncCoachAdapter(new ConfigurationBotFrameworkAuthentication(metadata, factory), credentials.appId ?? "");
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    // The error's message only: an activity holds message text, which is never logged.
    logger.error(`bot turn failed (${context.activity.type}): ${describeError(error)}`);
    try {
      await context.sendActivity("Sorry, something went wrong on my side. Please try again.");
    } catch {
      // The channel may be unreachable; nothing more to do.
    }
  };
  return adapter;
}
