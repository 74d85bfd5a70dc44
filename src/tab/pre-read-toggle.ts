// "My norms" only: pre-meeting pre-read reminders on or off for the signed-in person, through
// /api/pre-read/me (the bot's "watch my meetings" does the same).
import { tab as english } from "../i18n/en/tab.js";
import type { TabWords } from "../i18n/tab.js";
import { apiFetch, type TokenProvider } from "../web/api-fetch.js";
import { custom, el } from "./dom.js";

interface PreReadState {
  available: boolean;
  watching: boolean;
  hasChat: boolean;
}

async function call(token: TokenProvider, init: RequestInit = {}): Promise<{ ok: boolean; body: PreReadState & { error?: string } }> {
  const response = await apiFetch(token, "/api/pre-read/me", init);
  return { ok: response.ok, body: (await response.json()) as PreReadState & { error?: string } };
}

export async function preReadToggle(token: TokenProvider, say: TabWords["reminders"] = english.reminders): Promise<HTMLElement> {
  const section = el("section", { "aria-labelledby": "pre-read-title", "data-testid": "pre-read" }, el("h2", { id: "pre-read-title" }, say.title));
  let state: PreReadState;
  try {
    const first = await call(token);
    if (!first.ok) throw new Error(first.body.error ?? "unavailable");
    state = first.body;
  } catch {
    section.append(el("p", { class: "hint" }, say.notLoaded));
    return section;
  }
  if (!state.available) {
    section.append(el("p", { class: "hint" }, say.notSwitchedOn));
    return section;
  }
  const box = custom("fluent-switch", { id: "pre-read-watching" }, say.switch) as HTMLElement & { checked: boolean; disabled: boolean };
  box.checked = state.watching;
  // What the server last said. A Fluent switch fires "change" when the page sets it too: a change
  // to what the server already has is the page putting the switch back, not the user asking.
  let saved = state.watching;
  const status = el("p", { class: "save-status", role: "status", "data-testid": "pre-read-status" });
  box.addEventListener("change", () => {
    const wanted = box.checked;
    if (wanted === saved) return;
    box.disabled = true;
    status.textContent = say.saving;
    void call(token, { method: "PUT", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ watching: wanted }) })
      .then(({ ok, body }) => {
        if (!ok) throw new Error(body.error ?? "not saved");
        saved = body.watching;
        box.checked = saved;
        status.textContent = body.watching ? say.on : say.off;
      })
      .catch((error: Error) => {
        box.checked = saved;
        status.textContent = say.notChanged({ error: error.message });
      })
      .finally(() => {
        box.disabled = false;
      });
  });
  section.append(el("p", { class: "hint" }, say.hint), el("div", { class: "field" }, box), status);
  return section;
}
