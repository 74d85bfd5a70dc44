// Tiny DOM helpers: text goes in through textContent only, never innerHTML.
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | boolean> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === false) continue;
    node.setAttribute(k, v === true ? "" : v);
  }
  node.append(...children);
  return node;
}

export function list(items: readonly string[], attrs: Record<string, string> = {}): HTMLUListElement {
  return el("ul", attrs, ...items.map((text) => el("li", {}, text)));
}

/** A custom element (Fluent UI's `fluent-*`), built like el(). */
export function custom(tag: `${string}-${string}`, attrs: Record<string, string | boolean> = {}, ...children: (Node | string)[]): HTMLElement {
  return el(tag as "div", attrs, ...children);
}
