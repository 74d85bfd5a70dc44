// What the norms tab needs from its host (Teams, Outlook or the Microsoft 365 app). teams-host.ts
// implements it with @microsoft/teams-js; tests stub it. Nothing else in the tab imports teams-js.

/** How long a host may take to answer: Teams on a slow phone can take a few seconds. */
export const INIT_TIMEOUT_MS = 10_000;

export type TabTheme = "light" | "dark" | "contrast";

export interface TabContext {
  /** The team's thread id (what the bot sees as the team id), when the tab is in a channel. */
  teamId?: string;
  /** The team's Microsoft 365 group id: the server checks ownership with it. */
  teamGroupId?: string;
  teamName?: string;
  /** True for a team owner, false for a member or guest, undefined when the host does not say. */
  isTeamOwner?: boolean;
  /** The chat's id, when the tab is in a group chat or meeting chat. */
  chatId?: string;
  userName?: string;
  theme: TabTheme;
  /** The host's locale (e.g. "en-GB"), for dates. */
  locale?: string;
}

/** What a configurable tab saves: where its content lives and what the tab is called. */
export interface TabConfig {
  contentUrl: string;
  websiteUrl: string;
  entityId: string;
  suggestedDisplayName: string;
}

export interface TabHost {
  /** False in a plain browser tab: then no host will ever answer, and the page says so at once. */
  isEmbedded(): boolean;
  /** Resolves once the host has answered; may never resolve (callers time out). */
  initialize(): Promise<TabContext>;
  /** A Microsoft Entra ID access token for our API (Teams SSO). */
  getAuthToken(): Promise<string>;
  onThemeChange(handler: (theme: TabTheme) => void): void;
  /** On a configuration page: let the user save, and save `config` when they do. */
  enableConfigSave(config: TabConfig): void;
}
