// TabHost over @microsoft/teams-js: initialisation, context, theme and Teams SSO.
import { app, authentication, pages, UserTeamRole } from "@microsoft/teams-js";
import type { TabConfig, TabContext, TabHost, TabTheme } from "./host.js";

function themeOf(name: string | undefined): TabTheme {
  if (name === "dark") return "dark";
  if (name === "contrast") return "contrast";
  return "light";
}

function contextOf(context: app.Context): TabContext {
  const team = context.team;
  return {
    ...(team?.internalId ? { teamId: team.internalId } : {}),
    ...(team?.groupId ? { teamGroupId: team.groupId } : {}),
    ...(team?.displayName ? { teamName: team.displayName } : {}),
    ...(team?.userRole !== undefined ? { isTeamOwner: team.userRole === UserTeamRole.Admin } : {}),
    ...(!team && context.chat?.id ? { chatId: context.chat.id } : {}),
    ...(context.user?.displayName ? { userName: context.user.displayName } : {}),
    theme: themeOf(context.app.theme),
    ...(context.app.locale ? { locale: context.app.locale } : {}),
  };
}

export function teamsHost(): TabHost {
  return {
    // Teams and Outlook show tabs in a frame (web, desktop) or a webview with a native bridge (mobile).
    isEmbedded: () => window.parent !== window || window.opener != null || "nativeInterface" in window,
    async initialize() {
      await app.initialize();
      const context = contextOf(await app.getContext());
      void app.notifySuccess();
      return context;
    },
    getAuthToken: () => authentication.getAuthToken(),
    onThemeChange(handler) {
      app.registerOnThemeChangeHandler((theme) => handler(themeOf(theme)));
    },
    enableConfigSave(config: TabConfig) {
      pages.config.registerOnSaveHandler((event) => {
        pages.config.setConfig(config).then(
          () => event.notifySuccess(),
          (error: Error) => event.notifyFailure(error.message),
        );
      });
      pages.config.setValidityState(true);
    },
  };
}
