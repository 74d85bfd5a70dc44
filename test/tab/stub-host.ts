// A TabHost for browser tests, bundled in place of teams-host.ts. It answers with what the test put
// in window.__teamsStub before the page loaded; with nothing there it never answers, like a page
// opened outside any host.
import type { TabConfig, TabContext, TabHost, TabTheme } from "../../src/tab/host.js";

interface StubState {
  context: TabContext;
  /** Embedded, but the host never answers. */
  silent?: boolean;
  initTimeoutMs?: number;
  token: string;
  savedConfig?: TabConfig;
  setTheme?: (theme: TabTheme) => void;
}

declare global {
  interface Window {
    __teamsStub?: StubState;
  }
}

export function stubHost(): TabHost {
  const state = window.__teamsStub;
  return {
    isEmbedded: () => Boolean(state),
    initialize: () => (state && !state.silent ? new Promise((resolve) => setTimeout(() => resolve(state.context), 20)) : new Promise(() => undefined)),
    getAuthToken: async () => state!.token,
    onThemeChange(handler) {
      if (state) state.setTheme = handler;
    },
    enableConfigSave(config) {
      if (state) state.savedConfig = config;
    },
  };
}
