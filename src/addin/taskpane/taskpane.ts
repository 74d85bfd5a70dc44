// The compose task pane: checks the draft or invite in the browser (it never leaves the user's
// machine), live as the user writes, and applies a fix with one click.
import { baseLayerLuminance, fluentBadge, fluentButton, provideFluentDesignSystem, StandardLuminance } from "@fluentui/web-components";
import { findingWordsFor } from "../../i18n/findings.js";
import { uiWordsFor } from "../../i18n/ui.js";
import { check, type Finding, type Norms } from "../../rules/index.js";
import { mailboxZone } from "../mailbox-zone.js";
import { defaultNormsIn, normsLoader } from "../norms-source.js";
import { readComposeItem } from "../office-item.js";
import { withLineAfterGreeting } from "./place-fix.js";
import { localizePage, renderError, renderReport } from "./view.js";

/** How often the body is re-read: Outlook has no event for typing. */
const BODY_POLL_MS = 1500;
const DEBOUNCE_MS = 250;

function isDark(color: string | undefined): boolean {
  const hex = /^#?([0-9a-f]{6})$/i.exec(color ?? "")?.[1];
  if (!hex) return false;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b! < 128;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c);
}

void Office.onReady(() => {
  const root = document.getElementById("results")!;
  const item = Office.context.mailbox.item as unknown as Office.MessageCompose & {
    addHandlerAsync?: (type: Office.EventType, handler: () => void) => void;
  };
  const theme = Office.context.officeTheme?.bodyBackgroundColor;
  const dark = isDark(theme);
  document.documentElement.dataset.theme = dark ? "dark" : "light";
  // Fluent's design tokens follow the base layer's luminance: dark Office, dark pane.
  baseLayerLuminance.withDefault(dark ? StandardLuminance.DarkMode : StandardLuminance.LightMode);
  provideFluentDesignSystem().register(fluentBadge(), fluentButton());

  // Everything in Outlook's display language: the pane's own words and what the checks say.
  const language = Office.context.displayLanguage;
  const ui = uiWordsFor(language);
  const say = findingWordsFor(language);
  localizePage(document, ui);

  // The person's own norms when Office SSO and our API answer; until then the defaults, in the
  // mailbox's own time zone ("today" is the writer's today, not UTC's).
  const zone = () => mailboxZone(Office);
  let norms: Norms = defaultNormsIn(zone());
  const loadNorms = normsLoader({
    getToken: () => Office.auth.getAccessToken({ allowSignInPrompt: false, allowConsentPrompt: false }),
    apiBase: location.origin,
    defaultZone: zone,
  });

  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastBody = "";
  const refresh = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void recheck(), DEBOUNCE_MS);
  };
  const recheck = async () => {
    try {
      const input = await readComposeItem(Office);
      lastBody = input.bodyHtml ?? "";
      const report = check(input, norms, new Date(), say);
      renderReport(root, report, applyFix, ui, say);
    } catch (error) {
      renderError(root, ui.pane.unreadable({ error: (error as Error).message }));
    }
  };

  // The line goes after the greeting, as in the bot: the body is read, the line placed, the body set;
  // with no greeting (or a body that cannot be read) it goes at the very top.
  const applyFix = (finding: Finding) => {
    if (!finding.fix) return;
    const html = `<p>${escapeHtml(finding.fix.text).replace(/\n/g, "<br>")}</p>`;
    const done = (result: Office.AsyncResult<void>) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) renderError(root, ui.pane.notAdded({ error: result.error?.message ?? "?" }));
      refresh();
    };
    item.body.getAsync(Office.CoercionType.Html, (read) => {
      const placed = read.status === Office.AsyncResultStatus.Succeeded ? withLineAfterGreeting(read.value, html) : null;
      if (placed !== null) item.body.setAsync(placed, { coercionType: Office.CoercionType.Html }, done);
      else item.body.prependAsync(html, { coercionType: Office.CoercionType.Html }, done);
    });
  };

  for (const type of ["RecipientsChanged", "AppointmentTimeChanged", "AttachmentsChanged"] as const) {
    const eventType = Office.EventType?.[type];
    if (eventType && item.addHandlerAsync) item.addHandlerAsync(eventType, refresh);
  }
  loadNorms().then(
    (loaded) => {
      norms = loaded;
      refresh();
    },
    () => undefined,
  );
  setInterval(() => {
    item.body.getAsync(Office.CoercionType.Html, (result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded && result.value !== lastBody) refresh();
    });
  }, BODY_POLL_MS);
  refresh();
});
