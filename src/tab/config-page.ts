// The configurable tab's setup page: one sentence about what the tab does, and the host's Save button
// turns it into a "Team norms" tab pointing at norms.html.
import { tabWordsFor } from "../i18n/tab.js";
import { el } from "./dom.js";
import { INIT_TIMEOUT_MS, type TabHost } from "./host.js";
import { applyTheme, connect, renderOutsideHost } from "./norms-page.js";

export async function startConfigPage(host: TabHost, root: HTMLElement, initTimeoutMs = INIT_TIMEOUT_MS): Promise<void> {
  const context = await connect(host, initTimeoutMs);
  if (!context) {
    renderOutsideHost(root);
    return;
  }
  applyTheme(context.theme);
  host.onThemeChange(applyTheme);
  const say = tabWordsFor(context.locale).config;
  document.documentElement.lang = tabWordsFor(context.locale).locale;
  const url = new URL("norms.html", location.href).toString();
  host.enableConfigSave({ contentUrl: url, websiteUrl: url, entityId: "async-coach-team-norms", suggestedDisplayName: say.tabName });
  root.replaceChildren(el("h1", {}, say.title), el("p", {}, say.intro), el("p", {}, say.save));
  root.removeAttribute("aria-busy");
}
