// Bot Framework's CloudAdapter with credentials from configuration. With no app id it runs with
// anonymous auth for local use and tests; with one, every request must carry a valid token.
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  type TurnContext,
} from "botbuilder";

export interface BotCredentials {
  appId?: string;
  appPassword?: string;
  /** SingleTenant for new registrations (multi-tenant ones are no longer allowed), or UserAssignedMSI. */
  appType?: "SingleTenant" | "MultiTenant" | "UserAssignedMSI";
  tenantId?: string;
}

export interface ErrorLogger {
  error(message: string): void;
}

export function createAdapter(credentials: BotCredentials, logger: ErrorLogger): CloudAdapter {
  const factory = new ConfigurationServiceClientCredentialFactory({
    MicrosoftAppId: credentials.appId ?? "",
    MicrosoftAppPassword: credentials.appPassword ?? "",
    MicrosoftAppType: credentials.appId ? (credentials.appType ?? "SingleTenant") : "",
    MicrosoftAppTenantId: credentials.tenantId ?? "",
  });
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}, factory));
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    // The error's message only: an activity holds message text, which is never logged.
    logger.error(`bot turn failed (${context.activity.type}): ${error.message}`);
    try {
      await context.sendActivity("Sorry, something went wrong on my side. Please try again.");
    } catch {
      // The channel may be unreachable; nothing more to do.
    }
  };
  return adapter;
}
