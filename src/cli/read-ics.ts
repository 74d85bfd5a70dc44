// Reads iCalendar text (RFC 5545) into meeting invites: every VEVENT, with folded lines, TZID
// (IANA, Windows or a VTIMEZONE in the file), DURATION, RRULE, ATTACH, METHOD:CANCEL and
// X-ALT-DESC HTML. DTSTAMP is when the invite was sent.
import ICAL from "ical.js";
import { DateTime } from "luxon";
import { findIana } from "windows-iana";
import { isTimeZone, type MeetingInviteInput } from "../rules/index.js";

// X-ALT-DESC is escaped as TEXT, like DESCRIPTION (Outlook writes "\n", "\," and "\;" in it), but
// ical.js reads properties it does not know raw: an HTML description kept its escapes, and a
// "\;" inside a tag left some invites with no readable text at all.
(ICAL.design.icalendar.property as Record<string, { defaultType: string }>)["x-alt-desc"] = { defaultType: "text" };

export class CalendarFormatError extends Error {}

type Component = InstanceType<typeof ICAL.Component>;
type Property = InstanceType<typeof ICAL.Property>;
type Time = InstanceType<typeof ICAL.Time>;

/** An IANA zone for a TZID: IANA already, a Windows name ("FLE Standard Time"), or "/Europe/Berlin". */
export function ianaZone(tzid: string | undefined): string | null {
  if (!tzid) return null;
  const cleaned = tzid.trim().replace(/^"|"$/g, "").replace(/^\/+/, "");
  if (cleaned !== "" && isTimeZone(cleaned)) return cleaned;
  try {
    const windows = findIana(cleaned)?.[0];
    if (windows && isTimeZone(windows)) return windows;
  } catch {
    // an unknown Windows name: fall through
  }
  return null;
}

/** An instant as ISO 8601, or null for a date that does not exist. */
function toIso(time: Time, tzid: string | undefined, registered: Set<string>, floatingZone: string): string | null {
  const { year, month, day, hour, minute, second } = time;
  const wall = { year, month, day, hour, minute, second: Math.min(second, 59) };
  let dt: DateTime;
  if (time.zone?.tzid === "UTC" || time.zone === ICAL.Timezone.utcTimezone) {
    dt = DateTime.fromObject(wall, { zone: "UTC" });
  } else if (tzid && registered.has(tzid) && time.zone && time.zone.tzid === tzid) {
    dt = DateTime.fromSeconds(time.toUnixTime(), { zone: "UTC" });
  } else {
    dt = DateTime.fromObject(wall, { zone: ianaZone(tzid) ?? floatingZone });
  }
  return dt.isValid ? dt.toISO({ suppressMilliseconds: true }) : null;
}

function mailAddress(prop: Property): { name?: string; email?: string } {
  const value = String(prop.getFirstValue() ?? "").trim();
  const email = value.replace(/^mailto:/i, "");
  const cn = prop.getParameter("cn");
  const name = typeof cn === "string" ? cn : undefined;
  return { ...(name ? { name } : {}), ...(email ? { email } : {}) };
}

function text(event: Component, name: string): string | undefined {
  const value = event.getFirstPropertyValue(name);
  if (value === null || value === undefined) return undefined;
  return String(value);
}

function attachmentsOf(event: Component): MeetingInviteInput["attachments"] {
  return event.getAllProperties("attach").map((prop) => {
    const param = (name: string) => {
      const v = prop.getParameter(name);
      return typeof v === "string" ? v : undefined;
    };
    const value = String(prop.getFirstValue() ?? "");
    const fromUrl = /^https?:/i.test(value) ? decodeURIComponent(value.split(/[?#]/)[0]?.split("/").pop() ?? "") : "";
    const name = param("filename") ?? param("x-filename") ?? param("x-apple-filename") ?? (fromUrl || "attachment");
    const type = param("fmttype");
    return { name: name.slice(0, 1000), ...(type ? { contentType: type.slice(0, 200) } : {}), isInline: false };
  });
}

function readEvent(event: Component, method: string, registered: Set<string>, floatingZone: string): MeetingInviteInput {
  const startProp = event.getFirstProperty("dtstart");
  const startTime = startProp?.getFirstValue() as Time | null | undefined;
  if (!startProp || !startTime || typeof startTime !== "object" || !("isDate" in startTime)) {
    throw new CalendarFormatError("the event has no valid DTSTART");
  }
  const tzid = (startProp.getParameter("tzid") as string | undefined) ?? undefined;
  const start = toIso(startTime, tzid, registered, floatingZone);
  if (!start) throw new CalendarFormatError("DTSTART is not a real date");

  let end: string | undefined;
  const endProp = event.getFirstProperty("dtend");
  const endTime = endProp?.getFirstValue() as Time | null | undefined;
  if (endProp && endTime && typeof endTime === "object" && "isDate" in endTime) {
    end = toIso(endTime, (endProp.getParameter("tzid") as string | undefined) ?? tzid, registered, floatingZone) ?? undefined;
  } else {
    const duration = event.getFirstPropertyValue("duration") as InstanceType<typeof ICAL.Duration> | null;
    if (duration && typeof duration === "object" && "toSeconds" in duration) {
      const endAt = DateTime.fromISO(start, { setZone: true }).plus({ seconds: duration.toSeconds() });
      end = endAt.toISO({ suppressMilliseconds: true }) ?? undefined;
    }
  }
  if (end && Date.parse(end) < Date.parse(start)) end = undefined;

  const isAllDay = startTime.isDate || /^true$/i.test(text(event, "x-microsoft-cdo-alldayevent") ?? "");
  const organizerProp = event.getFirstProperty("organizer");
  const attendees = event
    .getAllProperties("attendee")
    .filter((p) => !/^(?:room|resource)$/i.test(String(p.getParameter("cutype") ?? "")))
    .filter((p) => !/^non-participant$/i.test(String(p.getParameter("role") ?? "")))
    .map((p) => ({ ...mailAddress(p), optional: /^opt-participant$/i.test(String(p.getParameter("role") ?? "")) }));

  let bodyHtml: string | undefined;
  for (const prop of event.getAllProperties("x-alt-desc")) {
    if (/html/i.test(String(prop.getParameter("fmttype") ?? ""))) bodyHtml = String(prop.getFirstValue() ?? "");
  }
  const rrule = event.getFirstPropertyValue("rrule");
  const stamp = event.getFirstPropertyValue("dtstamp") as Time | null;
  const sentAt = stamp && typeof stamp === "object" && "isDate" in stamp ? toIso(stamp, undefined, registered, "UTC") : null;
  const status = (text(event, "status") ?? "").toUpperCase();
  const online = ["x-microsoft-skypeteamsmeetingurl", "x-google-conference", "conference", "x-microsoft-onlinemeetingconflink"].some((name) =>
    event.hasProperty(name),
  );

  return {
    kind: "invite",
    subject: (text(event, "summary") ?? "").slice(0, 2000),
    ...(text(event, "description") !== undefined ? { bodyText: text(event, "description") } : {}),
    ...(bodyHtml ? { bodyHtml } : {}),
    start,
    ...(end ? { end } : {}),
    isAllDay,
    ...(organizerProp ? { organizer: mailAddress(organizerProp) } : {}),
    attendees,
    attachments: attachmentsOf(event),
    ...(rrule ? { recurrence: String(rrule) } : {}),
    isOnlineMeeting: online,
    isCancelled: method === "CANCEL" || status === "CANCELLED",
    ...(sentAt ? { sentAt } : {}),
  };
}

function parseRoot(source: string): Component {
  const jcal: unknown = ICAL.parse(source);
  // A file may hold several VCALENDARs: ical.js then returns an array of them.
  const calendars = Array.isArray(jcal) && Array.isArray(jcal[0]) ? jcal : [jcal];
  return new ICAL.Component(["x-root", [], calendars as unknown[]]);
}

const CONTENT_LINE = /^[A-Z][A-Z0-9-]*[;:]/i;

/** Joins lines that are neither a content line nor a folded continuation to the value before them. */
export function repairUnfoldedLines(source: string): string {
  const out: string[] = [];
  for (const line of source.split(/\r\n|\n|\r/)) {
    if (out.length === 0 || CONTENT_LINE.test(line) || /^[ \t]/.test(line)) out.push(line);
    else out[out.length - 1] += `\\n${line}`;
  }
  return out.join("\r\n");
}

export interface IcsEvent {
  /** "2: Roadmap review", to tell events of one file apart. */
  label: string;
  invite?: MeetingInviteInput;
  error?: string;
}

/**
 * Every VEVENT in the text. A file that is not iCalendar throws CalendarFormatError; an event that
 * cannot be read comes back with an error and the others are still read.
 */
export function readIcs(source: string, floatingZone = "UTC"): IcsEvent[] {
  const clean = source.replace(/^\uFEFF/, "");
  let root: Component;
  try {
    root = parseRoot(clean);
  } catch (strictError) {
    // Some writers put raw line breaks inside a value; read those lines as part of the value.
    try {
      root = parseRoot(repairUnfoldedLines(clean));
    } catch {
      const message = strictError instanceof TypeError ? "malformed structure" : (strictError as Error).message;
      throw new CalendarFormatError(`not valid iCalendar: ${message.split("\n")[0]}`);
    }
  }
  const calendars = root.getAllSubcomponents("vcalendar");
  if (calendars.length === 0) throw new CalendarFormatError("no VCALENDAR in the file");

  const events: IcsEvent[] = [];
  for (const calendar of calendars) {
    const method = String(calendar.getFirstPropertyValue("method") ?? "").toUpperCase();
    const registered = new Set<string>();
    for (const vtimezone of calendar.getAllSubcomponents("vtimezone")) {
      try {
        const tz = new ICAL.Timezone(vtimezone);
        if (tz.tzid && !ICAL.TimezoneService.has(tz.tzid)) {
          ICAL.TimezoneService.register(tz);
          registered.add(tz.tzid);
        }
      } catch {
        // A broken VTIMEZONE: its events fall back to the IANA or floating zone.
      }
    }
    try {
      for (const event of calendar.getAllSubcomponents("vevent")) {
        const label = `${events.length + 1}: ${text(event, "summary") ?? "(no title)"}`.slice(0, 120);
        try {
          events.push({ label, invite: readEvent(event, method, registered, floatingZone) });
        } catch (error) {
          events.push({ label, error: (error as Error).message.split("\n")[0] ?? "unreadable event" });
        }
      }
    } finally {
      for (const tzid of registered) ICAL.TimezoneService.remove(tzid);
    }
  }
  return events;
}
