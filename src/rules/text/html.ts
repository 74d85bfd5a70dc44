// HTML to plain text for analysis: block elements become line breaks, list items get a bullet,
// links keep their address ("memo [https://...]") so invite rules can see linked documents, and
// table cells are kept apart with " | ".
import { Parser } from "htmlparser2";

const BLOCK = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "dd",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "table",
  "tr",
  "ul",
]);
const MAX_OPEN_LINKS = 16;
const SKIP = new Set(["head", "script", "style", "title", "template", "noscript", "xml"]);

/**
 * How much HTML is read. The writer's new text is at the top; what lies beyond this is quoted
 * history.
 */
export const MAX_HTML_CHARS = 256 * 1024;

/**
 * How deep elements may nest before further tags are dropped. htmlparser2's element stack costs
 * time in proportion to its depth for every tag, so unclosed tags by the thousand ("<b>" × 300,000)
 * would make the parse quadratic; real mail nests a few dozen deep.
 */
export const MAX_NESTING = 200;

const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen"]);
// A tag: "<b>", "</div>", "<a href='x'>", "<br/>". The name ends at a space, a slash or ">", and
// "[^<>]*" stops at the next "<", so the scan stays linear.
const TAG = /<(\/?)([a-z][a-z0-9:-]*)(?:[\s/][^<>]*)?>/gi;

/** The HTML with every tag past MAX_NESTING open elements dropped, with its closing tag. Linear. */
export function limitNesting(html: string): string {
  const parts: string[] = [];
  let depth = 0;
  let last = 0;
  const dropped = new Map<string, number>();
  for (const m of html.matchAll(TAG)) {
    const closing = m[1] === "/";
    const name = (m[2] ?? "").toLowerCase();
    const selfClosing = VOID.has(name) || m[0].endsWith("/>");
    let drop = false;
    if (closing) {
      const pending = dropped.get(name) ?? 0;
      if (pending > 0) {
        dropped.set(name, pending - 1);
        drop = true;
      } else depth = Math.max(0, depth - 1);
    } else if (!selfClosing) {
      if (depth >= MAX_NESTING) {
        dropped.set(name, (dropped.get(name) ?? 0) + 1);
        drop = true;
      } else depth++;
    }
    if (drop) {
      const at = m.index ?? 0;
      parts.push(html.slice(last, at));
      last = at + m[0].length;
    }
  }
  if (last === 0) return html;
  parts.push(html.slice(last));
  return parts.join("");
}

export function htmlToText(source: string): string {
  const html = limitNesting(source.length > MAX_HTML_CHARS ? source.slice(0, MAX_HTML_CHARS) : source);
  const parts: string[] = [];
  let skipDepth = 0;
  const links: { href: string; textStart: number }[] = [];
  const listCounters: (number | null)[] = [];
  let cellsInRow = 0;
  // Inside a table cell, paragraphs and breaks are spaces: Word puts every cell's text in a <p>, and
  // a row must stay one line ("New England | Sept 13-24 | Colin").
  let inCell = 0;

  // Block boundaries need one line break; <br> always adds one (an empty <div><br></div> is a blank line).
  const newline = () => {
    const last = parts.at(-1);
    if (inCell > 0) parts.push(" ");
    else if (last !== undefined && !last.endsWith("\n")) parts.push("\n");
  };
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (SKIP.has(name)) skipDepth++;
        if (skipDepth > 0) return;
        if (name === "br") parts.push(inCell > 0 ? " " : "\n");
        else if (name === "li") {
          const counter = listCounters.at(-1);
          if (typeof counter === "number") {
            listCounters[listCounters.length - 1] = counter + 1;
            newline();
            parts.push(`${counter + 1}. `);
          } else {
            newline();
            parts.push("* ");
          }
        } else if (name === "ol") {
          listCounters.push(0);
          newline();
        } else if (name === "ul") {
          listCounters.push(null);
          newline();
        } else if (name === "tr") {
          cellsInRow = 0;
          newline();
        } else if (name === "td" || name === "th") {
          // Cells of a row stay apart: an agenda in a table reads "10:00 | Pricing | Ana".
          parts.push(cellsInRow > 0 ? " | " : " ");
          cellsInRow++;
          inCell++;
        } else if (BLOCK.has(name)) newline();
        // Links nest only in broken HTML; past a few levels their addresses are not worth the work.
        if (name === "a" && links.length < MAX_OPEN_LINKS) links.push({ href: attrs.href ?? "", textStart: parts.length });
      },
      ontext(text) {
        if (skipDepth === 0) parts.push(text.replace(/[ \t\r\n\f\u00a0]+/g, " "));
      },
      onclosetag(name) {
        if (SKIP.has(name)) {
          skipDepth = Math.max(0, skipDepth - 1);
          return;
        }
        if (skipDepth > 0) return;
        if (name === "ol" || name === "ul") listCounters.pop();
        if (name === "td" || name === "th") inCell = Math.max(0, inCell - 1);
        if (name === "tr" || name === "table") inCell = 0;
        if (name === "a") {
          const link = links.pop();
          if (link && /^(?:https?:|mailto:|tel:)/i.test(link.href)) {
            // Compare with the link text only when it is short: it is one word or a few, not a page.
            const span = parts.length - link.textStart;
            const text = span <= 8 ? parts.slice(link.textStart).join("").trim() : "";
            if (text !== link.href && text !== link.href.replace(/^mailto:/i, "")) parts.push(` [${link.href}]`);
          }
        } else if (BLOCK.has(name) || name === "li") newline();
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return tidyLines(parts.join(""));
}

/** Trims each line and collapses runs of blank lines to one. */
export function tidyLines(text: string): string {
  const out: string[] = [];
  let blank = true;
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line === "") {
      if (!blank) out.push("");
      blank = true;
    } else {
      out.push(line);
      blank = false;
    }
  }
  while (out.length > 0 && out.at(-1) === "") out.pop();
  return out.join("\n");
}
