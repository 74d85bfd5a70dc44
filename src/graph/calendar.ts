// Upcoming meetings a person organises, read from Microsoft Graph's calendarView (which expands
// recurring series) and turned into the rule module's MeetingInvite shape.
import { DateTime } from "luxon";
import { findIana } from "windows-iana";
import type { MeetingInviteInput } from "../rules/index.js";
import type { GraphClient } from "./graph-client.js";
import { AttachmentPageSchema, GraphEventSchema, issuePaths, PageSchema, type GraphEvent } from "./graph-schemas.js";

export const EVENT_FIELDS = [
  "id",
  "subject",
  "start",
  "end",
  "isAllDay",
  "isCancelled",
  "isOrganizer",
  "organizer",
  "attendees",
  "body",
  "hasAttachments",
  "isOnlineMeeting",
  "webLink",
  "type",
  "seriesMasterId",
  "createdDateTime",
].join(",");

/** A meeting as the scan needs it: the invite for the rules, plus what to link and remember. */
export interface UpcomingMeeting {
  id: string;
  webLink: string | undefined;
  invite: MeetingInviteInput;
}

export interface CalendarPage {
  meetings: UpcomingMeeting[];
  /** Events that did not match Graph's documented shape, skipped. */
  malformed: number;
}

/** Graph's dateTimeTimeZone to an ISO instant; calendarView is asked for UTC, but be tolerant. */
export function toInstant(value: { dateTime: string; timeZone?: string | null | undefined }): string | undefined {
  const zone = value.timeZone ?? "UTC";
  const iana = /^(?:utc|etc\/utc|gmt)$/i.test(zone) ? "UTC" : DateTime.local().setZone(zone).isValid ? zone : findIana(zone)?.[0];
  if (!iana) return undefined;
  const parsed = DateTime.fromISO(value.dateTime, { zone: iana });
  return parsed.isValid ? (parsed.toUTC().toISO() ?? undefined) : undefined;
}

function person(e: { name?: string | null | undefined; address?: string | null | undefined }) {
  return { ...(e.name ? { name: e.name } : {}), ...(e.address ? { email: e.address } : {}) };
}

export function toInvite(event: GraphEvent, attachments: MeetingInviteInput["attachments"] = []): MeetingInviteInput | undefined {
  const start = toInstant(event.start);
  const end = toInstant(event.end);
  if (!start || !end) return undefined;
  const sentAt = event.createdDateTime ? toInstant({ dateTime: event.createdDateTime, timeZone: "UTC" }) : undefined;
  const html = event.body?.contentType !== "text";
  const content = event.body?.content ?? "";
  return {
    kind: "invite",
    subject: event.subject ?? "",
    ...(html ? { bodyHtml: content } : { bodyText: content }),
    start,
    end,
    isAllDay: event.isAllDay ?? false,
    ...(event.organizer ? { organizer: person(event.organizer.emailAddress) } : {}),
    // Rooms and equipment are not people who need a pre-read.
    attendees: (event.attendees ?? []).filter((a) => a.type !== "resource").map((a) => ({ ...person(a.emailAddress), optional: a.type === "optional" })),
    attachments,
    ...(event.type === "occurrence" || event.type === "exception" || event.seriesMasterId ? { recurrence: "part of a series" } : {}),
    isOnlineMeeting: event.isOnlineMeeting ?? false,
    isCancelled: event.isCancelled ?? false,
    ...(sentAt ? { sentAt } : {}),
  };
}

export interface CalendarWindow {
  start: Date;
  end: Date;
}

/**
 * The meetings `mailbox` organises in the window, page by page. A malformed event is counted and
 * skipped; a failing call throws (the scan then moves on to the next mailbox).
 */
export async function listOrganisedMeetings(
  graph: GraphClient,
  mailbox: string,
  window: CalendarWindow,
  onMalformed?: (why: string) => void,
): Promise<CalendarPage> {
  const user = encodeURIComponent(mailbox);
  const query = new URLSearchParams({
    startDateTime: window.start.toISOString(),
    endDateTime: window.end.toISOString(),
    $select: EVENT_FIELDS,
    $orderby: "start/dateTime",
    $top: "50",
  });
  const headers = { Prefer: 'outlook.timezone="UTC", outlook.body-content-type="html"' };
  const meetings: UpcomingMeeting[] = [];
  let malformed = 0;
  for await (const page of graph.pages(mailbox, `/users/${user}/calendarView?${query.toString()}`, PageSchema, headers)) {
    const organised: GraphEvent[] = [];
    for (const item of page.value) {
      const parsed = GraphEventSchema.safeParse(item);
      if (!parsed.success) {
        malformed++;
        onMalformed?.(issuePaths(parsed.error));
        continue;
      }
      if (parsed.data.isOrganizer === false || parsed.data.isCancelled) continue;
      organised.push(parsed.data);
    }
    // Attachment names only (never content), fetched for the events that have any.
    const withAttachments = await Promise.all(
      organised.map(async (event) => {
        if (!event.hasAttachments) return { event, attachments: [] };
        const list = await graph.get(
          mailbox,
          `/users/${user}/events/${encodeURIComponent(event.id)}/attachments?$select=name,size,contentType,isInline`,
          AttachmentPageSchema,
        );
        return {
          event,
          attachments: list.value.map((a) => ({
            name: a.name ?? "attachment",
            ...(a.size != null ? { size: a.size } : {}),
            ...(a.contentType ? { contentType: a.contentType } : {}),
            isInline: a.isInline ?? false,
          })),
        };
      }),
    );
    for (const { event, attachments } of withAttachments) {
      const invite = toInvite(event, attachments);
      if (!invite) {
        malformed++;
        onMalformed?.("start or end is not a date in a known time zone");
        continue;
      }
      meetings.push({ id: event.id, webLink: event.webLink ?? undefined, invite });
    }
  }
  return { meetings, malformed };
}
