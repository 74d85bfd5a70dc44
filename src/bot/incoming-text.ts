// The text a person sent the bot. Usually the message text; but a card they inserted from "Check my
// draft" and then sent arrives as the card, with a placeholder of markup as its text
// (<span class="inline-compose-card">…), and the draft is the card's text, not the markup.
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

/** What the person wrote: the text, or the text of the card they sent. */
export function incomingText(activity: Partial<Activity>): string {
  const text = activity.text ?? "";
  const placeholder = INLINE_CARD_HTML.test(text);
  if (placeholder || text.trim() === "") {
    // The card is the message; the text is at most a placeholder for where it sits.
    const card = activity.attachments?.find((a) => a.contentType === ADAPTIVE_CARD);
    if (card) return cardText(card.content);
  }
  return placeholder ? htmlToText(text) : text;
}

/** The shape of a message that "Check this message" receives (Teams' messagePayload), as far as we read it. */
export interface MessagePayloadLike {
  body?: { contentType?: string; content?: string } | undefined;
  attachments?: { contentType?: string; content?: unknown }[] | undefined;
}

/**
 * The draft in a message someone picked from its menu: its HTML body, or, for a card message (whose
 * body is only a placeholder), the text of its card. Teams sends the card as a JSON string.
 */
export function payloadDraft(payload: MessagePayloadLike | undefined): { bodyHtml: string } | { bodyText: string } {
  const content = payload?.body?.content ?? "";
  const isHtml = payload?.body?.contentType === "html";
  const hasText = (isHtml ? htmlToText(content) : content).trim() !== "";
  const card = payload?.attachments?.find((a) => a.contentType === ADAPTIVE_CARD);
  if (!hasText && card) {
    let parsed: unknown = card.content;
    if (typeof parsed === "string") {
      try {
        parsed = JSON.parse(parsed);
      } catch {
        parsed = undefined;
      }
    }
    return { bodyText: cardText(parsed) };
  }
  return isHtml ? { bodyHtml: content } : { bodyText: content };
}
