// Where the pane puts a fix's line in the HTML body: after the greeting ("Hi Sam," stays the first
// line, as the bot and the CLI place it), else at the very top. Works on the DOM the browser parses,
// so Outlook's own markup (styles, signatures, its wrappers) comes back as it was.
import { isGreetingLine } from "../../rules/index.js";

/** A block that holds text of its own: a paragraph or a div with no blocks inside it. */
const BLOCK = "p, div, li, h1, h2, h3, h4, h5, h6, blockquote, table";

/**
 * The body with `lineHtml` after the greeting, or null when the body opens with no greeting (or
 * the greeting shares its block with more text): the caller then puts the line at the top.
 */
export function withLineAfterGreeting(bodyHtml: string, lineHtml: string): string | null {
  const doc = new DOMParser().parseFromString(bodyHtml, "text/html");
  for (const block of Array.from(doc.body.querySelectorAll(BLOCK))) {
    if (block.querySelector(BLOCK)) continue; // a wrapper: its first child block is read instead
    const text = block.textContent?.trim() ?? "";
    if (text === "") continue; // Outlook's empty paragraphs (<p><br></p>) and spacers
    if (!isGreetingLine(text)) return null;
    block.insertAdjacentHTML("afterend", lineHtml);
    return /<html[\s>]/i.test(bodyHtml) ? `<!DOCTYPE html>${doc.documentElement.outerHTML}` : doc.body.innerHTML;
  }
  return null;
}
