// zod shapes of the Microsoft Graph responses we read. Only the fields we ask for with $select;
// unknown fields pass through untouched. A page is validated as a page, each event on its own, so
// one malformed event is skipped without losing its neighbours.
import { z } from "zod";

const text = (max: number) => z.string().max(max);

/** Where a response failed validation, as field paths only: a response can hold meeting text, which never reaches a log. */
export function issuePaths(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => i.path.join(".") || "(root)")
    .join(", ");
}

export const EmailAddressSchema = z.object({
  name: text(1000).nullish(),
  address: text(1000).nullish(),
});

export const DateTimeTimeZoneSchema = z.object({
  dateTime: text(64),
  timeZone: text(128).nullish(),
});

export const GraphEventSchema = z.object({
  id: text(1024).min(1),
  subject: text(2000).nullish(),
  start: DateTimeTimeZoneSchema,
  end: DateTimeTimeZoneSchema,
  isAllDay: z.boolean().nullish(),
  isCancelled: z.boolean().nullish(),
  isOrganizer: z.boolean().nullish(),
  organizer: z.object({ emailAddress: EmailAddressSchema }).nullish(),
  attendees: z
    .array(
      z.object({
        type: z.enum(["required", "optional", "resource"]).nullish(),
        emailAddress: EmailAddressSchema,
      }),
    )
    .max(5000)
    .nullish(),
  body: z.object({ contentType: z.enum(["html", "text"]).nullish(), content: text(1_000_000).nullish() }).nullish(),
  hasAttachments: z.boolean().nullish(),
  isOnlineMeeting: z.boolean().nullish(),
  webLink: z.url().max(4000).nullish(),
  type: z.enum(["singleInstance", "occurrence", "exception", "seriesMaster"]).nullish(),
  seriesMasterId: text(1024).nullish(),
  createdDateTime: text(64).nullish(),
});
export type GraphEvent = z.infer<typeof GraphEventSchema>;

/** A collection page: the items are checked one by one afterwards. */
export const PageSchema = z.object({
  value: z.array(z.unknown()).max(1000),
  "@odata.nextLink": z.url().optional(),
});

export const AttachmentPageSchema = z.object({
  value: z
    .array(
      z.object({
        name: text(1000).nullish(),
        size: z.number().int().nonnegative().nullish(),
        contentType: text(200).nullish(),
        isInline: z.boolean().nullish(),
      }),
    )
    .max(500),
});
