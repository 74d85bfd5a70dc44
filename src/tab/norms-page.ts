// The "Team norms" tab (and the personal "My norms" tab): the norms in force in plain words, who
// changed what and when, a form validated live with the server's schema, a preview under the edited
// norms, and a save that never overwrites someone else's newer change.
import { uiLanguage } from "../i18n/language.js";
import { chatScope, MY_SCOPE, normsKey, teamScope } from "../storage/norms-scope.js";
import { normsWordsFor, type NormsWords } from "../i18n/norms.js";
import { tabWordsFor, type TabWords } from "../i18n/tab.js";
import { DEFAULT_NORMS, describeChanges, describeNorms, type Norms } from "../rules/index.js";
import { withTimeout } from "../web/with-timeout.js";
import { custom, el, list } from "./dom.js";
import { applyFluentTheme, registerFluent } from "./fluent.js";
import { INIT_TIMEOUT_MS, type TabContext, type TabHost, type TabTheme } from "./host.js";
import { NormsClient, type NormsDocument, type SaveResult } from "../web/norms-api.js";
import { NormsForm } from "./norms-form.js";
import { preReadToggle } from "./pre-read-toggle.js";
import { Preview } from "./preview.js";

export interface NormsPageOptions {
  /** How long to wait for the host before showing the outside-Teams page. */
  initTimeoutMs?: number;
}

/** Teams' theme on the page and on its Fluent UI components. */
export function applyTheme(theme: TabTheme): void {
  registerFluent();
  applyFluentTheme(theme);
}

interface Scope {
  kind: "team" | "chat" | "personal";
  key: string;
  /** A team's name, as Teams gives it. */
  teamName?: string | null;
  query: Record<string, string>;
  title: string;
  canEdit: boolean;
  whyReadOnly?: string;
}

function scopeOf(context: TabContext, say: TabWords["scope"]): Scope {
  if (context.teamId) {
    const owner = context.isTeamOwner !== false;
    return {
      kind: "team",
      teamName: context.teamName ?? null,
      key: normsKey(teamScope(context.teamId)),
      query: context.teamGroupId ? { groupId: context.teamGroupId } : {},
      title: say.team({ team: context.teamName ?? null }),
      canEdit: owner,
      ...(owner ? {} : { whyReadOnly: say.ownersOnly }),
    };
  }
  if (context.chatId) return { kind: "chat", key: normsKey(chatScope(context.chatId)), query: {}, title: say.chat, canEdit: true };
  return { kind: "personal", key: normsKey(MY_SCOPE), query: {}, title: say.personal, canEdit: true };
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

/** What the page's parts share once the host has answered. */
interface Page {
  root: HTMLElement;
  context: TabContext;
  words: TabWords;
  normsWords: NormsWords;
  scope: Scope;
  client: NormsClient;
  /** Reads the norms again and renders the page from scratch. */
  reload: () => Promise<void>;
}

/** The norms in force in plain words, who changed them last, and the history. */
function renderInForce(section: HTMLElement, doc: NormsDocument, page: Page): void {
  const say = page.words.page;
  const locale = page.context.locale;
  const changed = doc.updatedBy && doc.updatedAt ? say.changedBy({ by: doc.updatedBy, when: formatWhen(doc.updatedAt, locale) }) : say.defaults;
  const history = doc.history.length
    ? el(
        "details",
        { class: "history" },
        el("summary", {}, say.history),
        el(
          "ol",
          { "data-testid": "history" },
          ...doc.history.map((c) =>
            el("li", {}, el("strong", {}, `${c.by}, ${formatWhen(c.at, locale)}: `), c.changes.length ? c.changes.join(" ") : say.savedWithoutChanges),
          ),
        ),
      )
    : "";
  section.replaceChildren(
    el("h2", { id: "in-force-title" }, say.inForce),
    // Worded here, in the reader's language (the API's summary is in the server's words).
    list(describeNorms(doc.norms, page.normsWords, uiLanguage(locale)), { class: "summary", "data-testid": "summary" }),
    el("p", { class: "changed", "data-testid": "changed" }, changed),
    history,
  );
}

/** What the status line says when a save is refused. */
function refusal(result: Extract<SaveResult, { ok: false }>, page: Page): (string | Node)[] {
  const say = page.words.page;
  // 428: the form was read as never-saved defaults, and someone has saved since.
  if (result.status === 412 || result.status === 428) {
    const reload = custom("fluent-button", { type: "button" }, say.reload);
    reload.addEventListener("click", () => void page.reload());
    return [say.conflict, reload];
  }
  if (result.status === 400 && result.details) return [say.notSaved({ reason: result.details.join("; ") })];
  if (result.status === 401) return [say.signedOut];
  return [say.notSaved({ reason: result.message })];
}

/**
 * The form, validated as the person types, with the changes not yet saved listed and the preview
 * following them; a save that never overwrites a newer change. `onSaved` gets the saved document.
 */
function editor(initial: NormsDocument, page: Page, preview: Preview, onSaved: (doc: NormsDocument) => void): { element: HTMLElement; refresh: () => void } {
  const say = page.words.page;
  let doc = initial;
  const form = new NormsForm(page.words.form, page.words.locale);
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
    const changes = edited ? describeChanges(doc.norms, edited, page.normsWords, uiLanguage(page.context.locale)) : [];
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
    void page.client
      .save(page.scope.key, edited, doc.eTag, page.scope.query)
      .then((result) => {
        if (!result.ok) return status.replaceChildren(...refusal(result, page));
        doc = result.document;
        form.write(doc.norms);
        onSaved(doc);
        refresh();
        status.textContent = say.saved({ scope: page.scope.kind });
      })
      .catch((error: Error) => {
        status.textContent = say.offline({ error: error.message });
      })
      .finally(() => {
        save.disabled = false;
      });
  });
  return { element: form.element, refresh };
}

/** A button that changes whom the person's own checks follow, then shows the page again. */
function followButton(label: string, testId: string, team: Parameters<NormsClient["follow"]>[0], page: Page, status: HTMLElement): HTMLElement {
  const button = custom("fluent-button", { type: "button", "data-testid": testId }, label) as HTMLElement & { disabled: boolean };
  button.addEventListener("click", () => {
    button.disabled = true;
    void page.client
      .follow(team)
      .then(() => page.reload())
      .catch((error: Error) => {
        status.textContent = page.words.follow.failed({ error: error.message });
        button.disabled = false;
      });
  });
  return button;
}

/** In a team: whether the person's own checks (Outlook, the 1:1 chat) follow this team's norms, and a switch. */
function followSection(mine: NormsDocument, page: Page): HTMLElement {
  const say = page.words.follow;
  const following = mine.follows?.team === page.scope.key;
  const status = el("p", { role: "status", "data-testid": "follow-status" });
  const team = { key: page.scope.key, name: page.scope.teamName ?? null, groupId: page.context.teamGroupId };
  return el(
    "section",
    { "aria-labelledby": "follow-title", "data-testid": "follow" },
    el("h2", { id: "follow-title" }, say.title),
    el("p", {}, following ? say.following : say.notFollowing),
    following ? followButton(say.unfollow, "unfollow", null, page, status) : followButton(say.follow, "follow-team", team, page, status),
    status,
  );
}

/** My norms while following a team: whose they are, and the way back to one's own. */
function followingNotice(doc: NormsDocument, page: Page): HTMLElement {
  const status = el("p", { role: "status", "data-testid": "follow-status" });
  return el(
    "section",
    { class: "notice", "data-testid": "follows" },
    el("p", {}, page.words.follow.youFollow({ team: doc.follows?.name ?? null })),
    followButton(page.words.follow.unfollow, "unfollow", null, page, status),
    status,
  );
}

/** The whole page for one read of the norms: in force, then (for those who may) the editor and the preview. */
function renderDocument(doc: NormsDocument, extra: Node[], page: Page, mine?: NormsDocument): void {
  const { scope, words } = page;
  const inForce = el("section", { "aria-labelledby": "in-force-title" });
  renderInForce(inForce, doc, page);
  const preview = new Preview(doc.norms, page.context.locale);
  const parts: Node[] = [el("h1", {}, scope.title), inForce];
  if (mine && scope.kind === "team") parts.push(followSection(mine, page));
  if (scope.kind === "personal" && doc.follows) {
    // The team's owners change these: no editor here until the person takes their own back.
    page.root.replaceChildren(...parts, followingNotice(doc, page), ...extra, preview.element);
    return;
  }
  if (!scope.canEdit) {
    parts.push(el("p", { class: "notice", "data-testid": "read-only" }, scope.whyReadOnly ?? words.scope.readOnly), preview.element);
    page.root.replaceChildren(...parts);
    return;
  }
  const edit = editor(doc, page, preview, (saved) => renderInForce(inForce, saved, page));
  parts.push(
    ...extra,
    el("section", { "aria-labelledby": "change-title" }, el("h2", { id: "change-title" }, words.page.change), edit.element),
    preview.element,
  );
  page.root.replaceChildren(...parts);
  edit.refresh();
}

export async function startNormsPage(host: TabHost, root: HTMLElement, options: NormsPageOptions = {}): Promise<void> {
  const context = await connect(host, options.initTimeoutMs ?? INIT_TIMEOUT_MS);
  if (!context) {
    renderOutsideHost(root);
    return;
  }
  applyTheme(context.theme);
  host.onThemeChange(applyTheme);
  const words = speak(context.locale);
  const scope = scopeOf(context, words.scope);
  // The personal tab also holds the pre-read reminder switch.
  const personal = scope.key === normsKey(MY_SCOPE);
  document.title = `${scope.title} · Async Coach`;

  const page: Page = {
    root,
    context,
    words,
    normsWords: normsWordsFor(context.locale),
    scope,
    client: new NormsClient(() => host.getAuthToken()),
    reload: async () => {
      root.setAttribute("aria-busy", "true");
      try {
        const [doc, reminders, mine] = await Promise.all([
          page.client.get(scope.key, scope.query),
          personal ? preReadToggle(() => host.getAuthToken(), words.reminders) : undefined,
          // In a team, whether the person's own checks follow it; the page stands without it.
          scope.kind === "team" ? page.client.get(normsKey(MY_SCOPE)).catch(() => undefined) : undefined,
        ]);
        renderDocument(doc, reminders ? [reminders] : [], page, mine);
      } catch (error) {
        const retry = custom("fluent-button", { type: "button" }, words.page.tryAgain);
        retry.addEventListener("click", () => void page.reload());
        root.replaceChildren(
          el("h1", {}, scope.title),
          el("p", { class: "error", role: "alert" }, words.page.notLoaded({ error: (error as Error).message })),
          retry,
        );
      } finally {
        root.removeAttribute("aria-busy");
      }
    },
  };
  await page.reload();
}
