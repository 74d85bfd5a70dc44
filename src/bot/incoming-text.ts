// The text a person sent the bot. Usually the message text; but a card they inserted from "Check my
// draft" and then sent arrives as the card (Teams) or as the card's rendered HTML in the text
// (Agents Playground), and the draft is the card's text, not its markup.
import type { Activity } from "botbuilder";
import { htmlToText } from "../rules/text/html.js";

const ADAPTIVE_CARD = "application/vnd.microsoft.card.adaptive";
const INLINE_CARD_HTML = /^\s*<[^>]*class="[^"]*\binline-compose-card\b/;

/** The TextBlock texts of an Adaptive Card, in order, a paragraph each. */
export function cardText(card: unknown): string {
  const texts: string[] = [];
  const walk = (node: unknown, depth: number): void => {
    if (depth > 20 || node === null || typeof node !== "object") return;
    if (Array.isArray(node)) {
      for (const item of node) walk(item, depth + 1);
      return;
    }
    const element = node as Record<string, unknown>;
    if (element.type === "TextBlock" && typeof element.text === "string") texts.push(element.text);
    for (const key of ["body", "items", "columns"]) walk(element[key], depth + 1);
  };
  walk(card, 0);
  return texts.join("\n\n");
}

/** What the person wrote: the text, or the text of the one card they sent. */
export function incomingText(activity: Partial<Activity>): string {
  const text = activity.text ?? "";
  if (INLINE_CARD_HTML.test(text)) return htmlToText(text);
  if (text.trim() === "") {
    const card = activity.attachments?.find((a) => a.contentType === ADAPTIVE_CARD);
    if (card) return cardText(card.content);
  }
  return text;
}
