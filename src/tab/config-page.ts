// The configurable tab's setup page: one sentence about what the tab does, and the host's Save button
// turns it into a "Team norms" tab pointing at norms.html.
import { el } from "./dom.js";
import type { TabHost } from "./host.js";
import { applyTheme, connect, renderOutsideHost, INIT_TIMEOUT_MS } from "./norms-page.js";

export async function startConfigPage(host: TabHost, root: HTMLElement, initTimeoutMs = INIT_TIMEOUT_MS): Promise<void> {
  const context = await connect(host, initTimeoutMs);
  if (!context) {
    renderOutsideHost(root);
    return;
  }
  applyTheme(context.theme);
  host.onThemeChange(applyTheme);
  const url = new URL("norms.html", location.href).toString();
  host.enableConfigSave({ contentUrl: url, websiteUrl: url, entityId: "async-coach-team-norms", suggestedDisplayName: "Team norms" });
  root.replaceChildren(
    el("h1", {}, "Add the Team norms tab"),
    el("p", {}, "Everyone here sees the norms Async Coach's checks follow: reply times, working hours, focus time and pre-read notice. Team owners can change them."),
    el("p", {}, "Select Save to add the tab."),
  );
  root.removeAttribute("aria-busy");
}
