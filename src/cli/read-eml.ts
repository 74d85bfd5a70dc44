// Reads an RFC 5322 / MIME message (plain, HTML, multipart, quoted-printable, base64, attachments)
// with postal-mime. A message carrying a text/calendar part is an invite: its events are read
// instead, with the e-mail's HTML as the description when the event has none.
import PostalMime from "postal-mime";
import type { MessageDraftInput, MeetingInviteInput } from "../rules/index.js";
import { readIcs, type IcsEvent } from "./read-ics.js";

export type EmlContent = { kind: "message"; draft: MessageDraftInput } | { kind: "invites"; events: IcsEvent[] };

function decodeText(content: ArrayBuffer | Uint8Array | string): string {
  if (typeof content === "string") return content;
  return new TextDecoder("utf-8").decode(content instanceof Uint8Array ? content : new Uint8Array(content));
}

/** The headers the rules read (bulk mail, automatic replies); the rest stay out of the draft. */
const HEADERS_READ = new Set(["list-id", "list-post", "list-unsubscribe", "precedence", "auto-submitted", "x-autoreply", "x-autorespond"]);

function headersRead(headers: readonly { key: string; value: string }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const h of headers) {
    const key = h.key.toLowerCase();
    if (HEADERS_READ.has(key) && !(key in out)) out[key] = h.value.slice(0, 4000);
  }
  return out;
}

const isCalendar = (a: { mimeType?: string; filename?: string | null }) =>
  /^(?:text\/calendar|application\/ics)$/i.test(a.mimeType ?? "") || /\.ics$/i.test(a.filename ?? "");

export async function readEml(bytes: Uint8Array, floatingZone = "UTC"): Promise<EmlContent> {
  const email = await PostalMime.parse(bytes);
  const sentAt = email.date && !Number.isNaN(Date.parse(email.date)) ? new Date(email.date).toISOString() : undefined;

  const calendar = email.attachments.find(isCalendar);
  if (calendar) {
    const events = readIcs(decodeText(calendar.content), floatingZone);
    const withBody = events.map((event): IcsEvent => {
      if (!event.invite) return event;
      const invite: MeetingInviteInput = { ...event.invite };
      if (!invite.bodyText && !invite.bodyHtml) {
        if (email.html) invite.bodyHtml = email.html;
        else if (email.text) invite.bodyText = email.text;
      }
      const others = email.attachments.filter((a) => !isCalendar(a) && a.disposition === "attachment");
      if (invite.attachments?.length === 0 && others.length > 0) {
        invite.attachments = others.map((a) => ({ name: a.filename ?? "attachment", isInline: false }));
      }
      return { ...event, invite };
    });
    if (withBody.length > 0) return { kind: "invites", events: withBody };
  }

  const person = (a: { name?: string; address?: string }) => ({
    ...(a.name ? { name: a.name.slice(0, 320) } : {}),
    ...(a.address ? { email: a.address.slice(0, 320) } : {}),
  });
  const flatten = (list: typeof email.to) => (list ?? []).flatMap((a) => ("group" in a && Array.isArray(a.group) ? a.group : [a])).map(person);

  return {
    kind: "message",
    draft: {
      kind: "message",
      channel: "email",
      subject: (email.subject ?? "").slice(0, 2000),
      ...(email.text !== undefined ? { bodyText: email.text } : {}),
      ...(email.html !== undefined ? { bodyHtml: email.html } : {}),
      to: flatten(email.to),
      cc: flatten(email.cc),
      attachments: email.attachments.map((a) => ({
        name: (a.filename ?? "attachment").slice(0, 1000),
        size: typeof a.content === "string" ? a.content.length : a.content.byteLength,
        contentType: (a.mimeType ?? "application/octet-stream").slice(0, 200),
        isInline: a.disposition === "inline" || Boolean(a.related),
      })),
      ...(sentAt ? { sentAt } : {}),
      headers: headersRead(email.headers),
    },
  };
}
