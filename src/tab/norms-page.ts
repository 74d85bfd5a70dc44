// The "Team norms" tab (and the personal "My norms" tab): the norms in force in plain words, who
// changed what and when, a form validated live with the server's schema, a preview under the edited
// norms, and a save that never overwrites someone else's newer change.
import { DEFAULT_NORMS, describeChanges, describeNorms, type Norms } from "../rules/index.js";
import { custom, el, list } from "./dom.js";
import { applyFluentTheme, registerFluent } from "./fluent.js";
import type { TabContext, TabHost, TabTheme } from "./host.js";
import { NormsClient, type NormsDocument } from "./norms-client.js";
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

export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("timeout")), ms);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error)),
    );
  });
}

interface Scope {
  key: string;
  query: Record<string, string>;
  title: string;
  canEdit: boolean;
  whyReadOnly?: string;
}

function scopeOf(context: TabContext): Scope {
  if (context.teamId) {
    const owner = context.isTeamOwner !== false;
    return {
      key: `team:${context.teamId}`,
      query: context.teamGroupId ? { groupId: context.teamGroupId } : {},
      title: context.teamName ? `Team norms for ${context.teamName}` : "Team norms",
      canEdit: owner,
      ...(owner ? {} : { whyReadOnly: "Only team owners can change team norms. Talk to an owner if a norm does not fit how you work." }),
    };
  }
  if (context.chatId) return { key: `chat:${context.chatId}`, query: {}, title: "Norms for this chat", canEdit: true };
  return { key: "user:me", query: {}, title: "My norms", canEdit: true };
}

/** The host's context, or undefined at once outside any host and after the timeout inside a silent one. */
export async function connect(host: TabHost, timeoutMs: number): Promise<TabContext | undefined> {
  if (!host.isEmbedded()) return undefined;
  try {
    return await withTimeout(host.initialize(), timeoutMs);
  } catch {
    return undefined;
  }
}

/** The page outside Teams or Outlook: say so, and show the defaults read-only. */
export function renderOutsideHost(root: HTMLElement): void {
  applyTheme("light");
  root.replaceChildren(
    el("h1", {}, "Async Coach norms"),
    el(
      "p",
      { class: "notice", role: "status", "data-testid": "outside-host" },
      "This page runs inside Microsoft Teams or Outlook. Open the Team norms tab there to see and change your team's norms.",
    ),
    el(
      "section",
      { "aria-labelledby": "defaults-title" },
      el("h2", { id: "defaults-title" }, "The defaults"),
      el("p", {}, "Until a team changes them, every check follows these norms:"),
      list(describeNorms(DEFAULT_NORMS), { class: "summary", "data-testid": "summary" }),
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
  const scope = scopeOf(context);
  const client = new NormsClient(() => host.getAuthToken());
  document.title = `${scope.title} · Async Coach`;

  const load = async () => {
    root.setAttribute("aria-busy", "true");
    try {
      const [doc, reminders] = await Promise.all([client.get(scope.key, scope.query), personal ? preReadToggle(() => host.getAuthToken()) : undefined]);
      renderDocument(doc, reminders ? [reminders] : []);
    } catch (error) {
      const retry = custom("fluent-button", { type: "button" }, "Try again");
      retry.addEventListener("click", () => void load());
      root.replaceChildren(
        el("h1", {}, scope.title),
        el("p", { class: "error", role: "alert" }, `The norms could not be loaded: ${(error as Error).message}`),
        retry,
      );
    } finally {
      root.removeAttribute("aria-busy");
    }
  };

  // The personal tab also holds the pre-read reminder switch.
  const personal = scope.key === "user:me";

  function renderDocument(initial: NormsDocument, extra: Node[]): void {
    let doc = initial;
    const inForce = el("section", { "aria-labelledby": "in-force-title" });
    const renderInForce = () => {
      const changed = doc.updatedBy && doc.updatedAt
        ? `Last changed by ${doc.updatedBy} on ${formatWhen(doc.updatedAt, context.locale)}.`
        : "Nobody has changed these yet: they are Async Coach's defaults.";
      const history = doc.history.length
        ? el(
            "details",
            { class: "history" },
            el("summary", {}, "Who changed what"),
            el(
              "ol",
              { "data-testid": "history" },
              ...doc.history.map((c) =>
                el("li", {}, el("strong", {}, `${c.by}, ${formatWhen(c.at, context.locale)}: `), c.changes.length ? c.changes.join(" ") : "saved without changes."),
              ),
            ),
          )
        : "";
      inForce.replaceChildren(
        el("h2", { id: "in-force-title" }, "The norms in force"),
        list(doc.summary, { class: "summary", "data-testid": "summary" }),
        el("p", { class: "changed", "data-testid": "changed" }, changed),
        history,
      );
    };
    renderInForce();

    const preview = new Preview(doc.norms);
    const parts: Node[] = [el("h1", {}, scope.title), inForce];

    if (!scope.canEdit) {
      parts.push(el("p", { class: "notice", "data-testid": "read-only" }, scope.whyReadOnly ?? "You can read these norms but not change them."));
      parts.push(preview.element);
      root.replaceChildren(...parts);
      return;
    }

    const form = new NormsForm(false);
    form.write(doc.norms);
    const pending = el("div", { class: "pending", "aria-live": "polite", "data-testid": "pending" });
    const status = el("p", { class: "save-status", role: "status", "data-testid": "save-status" });
    const save = custom("fluent-button", { type: "submit", appearance: "accent" }, "Save norms") as HTMLElement & { disabled: boolean };
    form.element.append(pending, el("div", { class: "actions" }, save, status));

    let edited: Norms | undefined = doc.norms;
    const refresh = () => {
      const result = form.validate();
      edited = result.ok ? result.norms : undefined;
      preview.setNorms(edited);
      const changes = edited ? describeChanges(doc.norms, edited) : [];
      pending.replaceChildren(...(changes.length ? [el("p", {}, "Not saved yet:"), list(changes)] : []));
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
        status.textContent = "Not saved: fix the fields marked in red.";
        form.element.querySelector<HTMLElement>("[aria-invalid]")?.focus();
        return;
      }
      save.disabled = true;
      status.textContent = "Saving…";
      void client
        .save(scope.key, edited, doc.eTag, scope.query)
        .then((result) => {
          if (result.ok) {
            doc = result.document;
            form.write(doc.norms);
            renderInForce();
            refresh();
            status.textContent = "Saved. Every check in Teams and Outlook follows these norms from now on.";
            return;
          }
          // 428: the form was read as never-saved defaults, and someone has saved since.
          if (result.status === 412 || result.status === 428) {
            const reload = custom("fluent-button", { type: "button" }, "Reload the norms");
            reload.addEventListener("click", () => void load());
            status.replaceChildren(
              "Not saved: someone changed the norms after you opened them. Reload to see their change, then make yours again (your edits are still in the form until you reload). ",
              reload,
            );
          } else if (result.status === 400 && result.details) {
            status.textContent = `Not saved: ${result.details.join("; ")}`;
          } else if (result.status === 401) {
            status.textContent = "Not saved: your sign-in has expired. Reopen the tab and try again.";
          } else {
            status.textContent = `Not saved: ${result.message}`;
          }
        })
        .catch((error: Error) => {
          status.textContent = `Not saved: ${error.message}. Check your connection and try again.`;
        })
        .finally(() => {
          save.disabled = false;
        });
    });

    parts.push(
      ...extra,
      el("section", { "aria-labelledby": "change-title" }, el("h2", { id: "change-title" }, "Change the norms"), form.element),
      preview.element,
    );
    root.replaceChildren(...parts);
    refresh();
  }

  await load();
}
