// Turns a body (text or HTML) into the text the rules judge: only what the writer wrote now.
import { repairLostCharacters } from "./artifacts.js";
import { stripDisclaimers } from "./disclaimer.js";
import { htmlToText, tidyLines } from "./html.js";
import { stripJoinInfo } from "./join-info.js";
import { countReplyHeaders, quotedOriginal, stripQuotedReply } from "./quotes.js";
import { stripSignature } from "./signature.js";
import { unwrapLines } from "./unwrap.js";

export interface Body {
  bodyText?: string | undefined;
  bodyHtml?: string | undefined;
}

export interface PreparedText {
  /** The analysed text; every finding's range points into it. */
  text: string;
  /** Join links, dial-in numbers and their boilerplate were found (and removed). */
  hasJoinInfo: boolean;
  /** Reply and forward headers in the whole body: how long the thread is. */
  replyHeaders: number;
}

// Google Calendar writes HTML into the plain-text description; read such text as HTML. A tag's name
// ends at a space, "/" or ">": "Li Wei <li@contoso.com>" in a quoted header is an address, not a list item.
const LOOKS_LIKE_HTML = /<(?:br|[pbiua]|div|ul|ol|li|span|strong|em|html|body|table)(?=[\s/>])[^<>]{0,200}>/i;

export function bodyToPlainText(body: Body): string {
  if (body.bodyHtml !== undefined && body.bodyHtml.trim() !== "") return htmlToText(body.bodyHtml);
  if (body.bodyText !== undefined && LOOKS_LIKE_HTML.test(body.bodyText)) {
    return htmlToText(body.bodyText.replace(/\r?\n/g, "<br>"));
  }
  return tidyLines((body.bodyText ?? "").replace(/\r\n?/g, "\n").replace(/\u00a0/g, " "));
}

/**
 * The writer's own text: quotes, signature, disclaimers (and for invites, join boilerplate)
 * removed, hard-wrapped lines joined again.
 */
/**
 * An invite forwarded with a note of its own: the original's text below the forward header, its
 * join boilerplate, signature and disclaimers removed. The attendee reads it as the invite's
 * content when the note says nothing. Empty when nothing was forwarded.
 */
export function forwardedInviteText(body: Body): string {
  const original = quotedOriginal(bodyToPlainText(body).split("\n"));
  if (original.length === 0) return "";
  const own = stripSignature(stripJoinInfo(original).lines, { footers: false });
  return tidyLines(unwrapLines(stripDisclaimers(own)).join("\n"));
}

export function prepareBody(body: Body, options: { invite: boolean }): PreparedText {
  const lines = bodyToPlainText(body).split("\n");
  const replyHeaders = countReplyHeaders(lines);
  let own = repairLostCharacters(stripQuotedReply(lines).join("\n")).split("\n");
  let hasJoinInfo = false;
  if (options.invite) {
    const result = stripJoinInfo(own);
    own = result.lines;
    hasJoinInfo = result.hasJoinInfo;
  }
  own = stripSignature(own, { footers: !options.invite });
  own = unwrapLines(stripDisclaimers(own));
  return { text: tidyLines(own.join("\n")), hasJoinInfo, replyHeaders };
}
