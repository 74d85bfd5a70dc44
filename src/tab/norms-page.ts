// The "Team norms" tab (and the personal "My norms" tab): the norms in force in plain words, who
// changed what and when, a form validated live with the server's schema, a preview under the edited
// norms, and a save that never overwrites someone else's newer change.
import { uiLanguage } from "../i18n/language.js";
import { chatScope, MY_SCOPE, normsKey, teamScope } from "../storage/norms-scope.js";
import { normsWordsFor } from "../i18n/norms.js";
import { tabWordsFor, type TabWords } from "../i18n/tab.js";
import { DEFAULT_NORMS, describeChanges, describeNorms, type Norms } from "../rules/index.js";
import { withTimeout } from "../web/with-timeout.js";
import { custom, el, list } from "./dom.js";
import { applyFluentTheme, registerFluent } from "./fluent.js";
import type { TabContext, TabHost, TabTheme } from "./host.js";
import { NormsClient, type NormsDocument } from "../web/norms-api.js";
import { NormsForm } from "./norms-form.js";
import { preReadToggle } from "./pre-read-toggle.js";
import { Preview } from "./preview.js";

export interface NormsPageOptions {
  /** How long to wait for the host before showing the outside-Teams page. */
  initTimeoutMs?: number;
}

/** How long a host may take to answer: Teams on a slow phone can take a few seconds. */
export const INIT_TIMEOUT_MS = 10_000;

/** Teams' theme on the page and on its Fluent UI components. */
export function applyTheme(theme: TabTheme): void {
  registerFluent();
  applyFluentTheme(theme);
}

interface Scope {
  key: string;
  query: Record<string, string>;
  title: string;
  canEdit: boolean;
  whyReadOnly?: string;
}

function scopeOf(context: TabContext, say: TabWords["scope"]): Scope {
  if (context.teamId) {
    const owner = context.isTeamOwner !== false;
    return {
      key: normsKey(teamScope(context.teamId)),
      query: context.teamGroupId ? { groupId: context.teamGroupId } : {},
      title: say.team({ team: context.teamName ?? null }),
      canEdit: owner,
      ...(owner ? {} : { whyReadOnly: say.ownersOnly }),
    };
  }
  if (context.chatId) return { key: normsKey(chatScope(context.chatId)), query: {}, title: say.chat, canEdit: true };
  return { key: normsKey(MY_SCOPE), query: {}, title: say.personal, canEdit: true };
}

/** The host's context, or undefined at once outside any host and after the timeout inside a silent one. */
export async function connect(host: TabHost, timeoutMs: number): Promise<TabContext | undefined> {
  if (!host.isEmbedded()) return undefined;
  try {
    return await withTimeout(host.initialize(), timeoutMs, "the host");
  } catch {
    return undefined;
  }
}

/** The page's language: the host's locale, or the browser's outside any host. */
function speak(locale: string | undefined): TabWords {
  const words = tabWordsFor(locale);
  document.documentElement.lang = words.locale;
  return words;
}

/** The page outside Teams or Outlook: say so, and show the defaults read-only. */
export function renderOutsideHost(root: HTMLElement, locale = navigator.language): void {
  applyTheme("light");
  const say = speak(locale).outside;
  root.replaceChildren(
    el("h1", {}, say.title),
    el("p", { class: "notice", role: "status", "data-testid": "outside-host" }, say.notice),
    el(
      "section",
      { "aria-labelledby": "defaults-title" },
      el("h2", { id: "defaults-title" }, say.defaultsTitle),
      el("p", {}, say.defaultsIntro),
      list(describeNorms(DEFAULT_NORMS, normsWordsFor(locale), uiLanguage(locale)), { class: "summary", "data-testid": "summary" }),
    ),
  );
  root.removeAttribute("aria-busy");
}

function formatWhen(iso: string, locale: string | undefined): string {
  const date = new Date(iso);
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(date);
  } catch {
    return date.toUTCString();
  }
}

export async function startNormsPage(host: TabHost, root: HTMLElement, options: NormsPageOptions = {}): Promise<void> {
  const connected = await connect(host, options.initTimeoutMs ?? INIT_TIMEOUT_MS);
  if (!connected) {
    renderOutsideHost(root);
    return;
  }
  const context: TabContext = connected;
  applyTheme(context.theme);
  host.onThemeChange(applyTheme);
  const words = speak(context.locale);
  const say = words.page;
  const normsWords = normsWordsFor(context.locale);
  const scope = scopeOf(context, words.scope);
  const client = new NormsClient(() => host.getAuthToken());
  document.title = `${scope.title} · Async Coach`;

  const load = async () => {
    root.setAttribute("aria-busy", "true");
    try {
      const [doc, reminders] = await Promise.all([
        client.get(scope.key, scope.query),
        personal ? preReadToggle(() => host.getAuthToken(), words.reminders) : undefined,
      ]);
      renderDocument(doc, reminders ? [reminders] : []);
    } catch (error) {
      const retry = custom("fluent-button", { type: "button" }, say.tryAgain);
      retry.addEventListener("click", () => void load());
      root.replaceChildren(el("h1", {}, scope.title), el("p", { class: "error", role: "alert" }, say.notLoaded({ error: (error as Error).message })), retry);
    } finally {
      root.removeAttribute("aria-busy");
    }
  };

  // The personal tab also holds the pre-read reminder switch.
  const personal = scope.key === normsKey(MY_SCOPE);

  function renderDocument(initial: NormsDocument, extra: Node[]): void {
    let doc = initial;
    const inForce = el("section", { "aria-labelledby": "in-force-title" });
    const renderInForce = () => {
      const changed = doc.updatedBy && doc.updatedAt ? say.changedBy({ by: doc.updatedBy, when: formatWhen(doc.updatedAt, context.locale) }) : say.defaults;
      const history = doc.history.length
        ? el(
            "details",
            { class: "history" },
            el("summary", {}, say.history),
            el(
              "ol",
              { "data-testid": "history" },
              ...doc.history.map((c) =>
                el(
                  "li",
                  {},
                  el("strong", {}, `${c.by}, ${formatWhen(c.at, context.locale)}: `),
                  c.changes.length ? c.changes.join(" ") : say.savedWithoutChanges,
                ),
              ),
            ),
          )
        : "";
      inForce.replaceChildren(
        el("h2", { id: "in-force-title" }, say.inForce),
        // Worded here, in the reader's language (the API's summary is in the server's words).
        list(describeNorms(doc.norms, normsWords, uiLanguage(context.locale)), { class: "summary", "data-testid": "summary" }),
        el("p", { class: "changed", "data-testid": "changed" }, changed),
        history,
      );
    };
    renderInForce();

    const preview = new Preview(doc.norms, context.locale);
    const parts: Node[] = [el("h1", {}, scope.title), inForce];

    if (!scope.canEdit) {
      parts.push(el("p", { class: "notice", "data-testid": "read-only" }, scope.whyReadOnly ?? words.scope.readOnly));
      parts.push(preview.element);
      root.replaceChildren(...parts);
      return;
    }

    const form = new NormsForm(words.form, words.locale);
    form.write(doc.norms);
    const pending = el("div", { class: "pending", "aria-live": "polite", "data-testid": "pending" });
    const status = el("p", { class: "save-status", role: "status", "data-testid": "save-status" });
    const save = custom("fluent-button", { type: "submit", appearance: "accent" }, say.save) as HTMLElement & { disabled: boolean };
    form.element.append(pending, el("div", { class: "actions" }, save, status));

    let edited: Norms | undefined = doc.norms;
    const refresh = () => {
      const result = form.validate();
      edited = result.ok ? result.norms : undefined;
      preview.setNorms(edited);
      const changes = edited ? describeChanges(doc.norms, edited, normsWords, uiLanguage(context.locale)) : [];
      pending.replaceChildren(...(changes.length ? [el("p", {}, say.notSavedYet), list(changes)] : []));
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const soon = () => {
      clearTimeout(timer);
      timer = setTimeout(refresh, 120);
    };
    form.element.addEventListener("input", soon);
    form.element.addEventListener("change", soon);

    form.element.addEventListener("submit", (event) => {
      event.preventDefault();
      clearTimeout(timer);
      refresh();
      if (!edited) {
        status.textContent = say.fixFields;
        form.element.querySelector<HTMLElement>("[aria-invalid]")?.focus();
        return;
      }
      save.disabled = true;
      status.textContent = say.saving;
      void client
        .save(scope.key, edited, doc.eTag, scope.query)
        .then((result) => {
          if (result.ok) {
            doc = result.document;
            form.write(doc.norms);
            renderInForce();
            refresh();
            status.textContent = say.saved;
            return;
          }
          // 428: the form was read as never-saved defaults, and someone has saved since.
          if (result.status === 412 || result.status === 428) {
            const reload = custom("fluent-button", { type: "button" }, say.reload);
            reload.addEventListener("click", () => void load());
            status.replaceChildren(say.conflict, reload);
          } else if (result.status === 400 && result.details) {
            status.textContent = say.notSaved({ reason: result.details.join("; ") });
          } else if (result.status === 401) {
            status.textContent = say.signedOut;
          } else {
            status.textContent = say.notSaved({ reason: result.message });
          }
        })
        .catch((error: Error) => {
          status.textContent = say.offline({ error: error.message });
        })
        .finally(() => {
          save.disabled = false;
        });
    });

    parts.push(...extra, el("section", { "aria-labelledby": "change-title" }, el("h2", { id: "change-title" }, say.change), form.element), preview.element);
    root.replaceChildren(...parts);
    refresh();
  }

  await load();
}
