// Turns the Outlook item being composed into the rule module's input. The only place that reads
// Office.js items. Reads are chained one after another: Outlook on the web allows only three
// asynchronous calls in flight.
import type { CheckInput } from "../rules/index.js";

type OfficeApi = typeof Office;
type Item = Office.MessageCompose & Office.AppointmentCompose;
type Callback<T> = (result: Office.AsyncResult<T>) => void;

export class ItemReadError extends Error {}

/** Wraps one getAsync call; a failure becomes an ItemReadError naming what could not be read. */
function read<T>(office: OfficeApi, what: string, call: (callback: Callback<T>) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    try {
      call((result) => {
        if (result.status === office.AsyncResultStatus.Succeeded) resolve(result.value);
        else reject(new ItemReadError(`could not read the ${what}: ${result.error?.message ?? "unknown error"}`));
      });
    } catch (error) {
      reject(new ItemReadError(`could not read the ${what}: ${(error as Error).message}`));
    }
  });
}

const people = (list: Office.EmailAddressDetails[] | undefined) =>
  (list ?? []).map((p) => ({ ...(p.displayName ? { name: p.displayName } : {}), ...(p.emailAddress ? { email: p.emailAddress } : {}) }));

const attachmentsOf = (list: Office.AttachmentDetailsCompose[] | undefined) =>
  (list ?? []).map((a) => ({ name: a.name, size: a.size, isInline: Boolean(a.isInline) }));

const RRULE_FREQ: Record<string, string> = {
  daily: "DAILY",
  weekday: "DAILY;BYDAY=MO,TU,WE,TH,FR",
  weekly: "WEEKLY",
  monthly: "MONTHLY",
  relativeMonthly: "MONTHLY",
  yearly: "YEARLY",
  relativeYearly: "YEARLY",
};

export function isAppointment(office: OfficeApi, item: { itemType?: unknown }): boolean {
  return item.itemType === office.MailboxEnums.ItemType.Appointment;
}

export async function readComposeItem(office: OfficeApi, now: Date = new Date()): Promise<CheckInput> {
  const item = office.context.mailbox.item as unknown as Item;
  if (!item) throw new ItemReadError("no item is open");
  const subject = await read<string>(office, "subject", (cb) => item.subject.getAsync(cb));
  const bodyHtml = await read<string>(office, "body", (cb) => item.body.getAsync(office.CoercionType.Html, cb));
  const attachments = attachmentsOf(await read<Office.AttachmentDetailsCompose[]>(office, "attachments", (cb) => item.getAttachmentsAsync(cb)));

  if (!isAppointment(office, item)) {
    const to = await read<Office.EmailAddressDetails[]>(office, "recipients", (cb) => item.to.getAsync(cb));
    const cc = await read<Office.EmailAddressDetails[]>(office, "Cc recipients", (cb) => item.cc.getAsync(cb));
    return { kind: "message", channel: "email", subject, bodyHtml, to: people(to), cc: people(cc), attachments, sentAt: now.toISOString() };
  }

  const start = await read<Date>(office, "start time", (cb) => item.start.getAsync(cb));
  const end = await read<Date>(office, "end time", (cb) => item.end.getAsync(cb));
  const required = await read<Office.EmailAddressDetails[]>(office, "attendees", (cb) => item.requiredAttendees.getAsync(cb));
  const optional = await read<Office.EmailAddressDetails[]>(office, "optional attendees", (cb) => item.optionalAttendees.getAsync(cb));
  // Organizer (1.7), recurrence (1.7) and all-day (1.13) are read when the client has them.
  const organizer = item.organizer?.getAsync ? await read<Office.EmailAddressDetails>(office, "organizer", (cb) => item.organizer.getAsync(cb)) : undefined;
  const recurrence = item.recurrence?.getAsync ? await read<Office.Recurrence | null>(office, "recurrence", (cb) => item.recurrence.getAsync(cb)) : null;
  const allDay = (item as unknown as { isAllDayEvent?: { getAsync?: (cb: Callback<boolean>) => void } }).isAllDayEvent;
  const isAllDay = allDay?.getAsync ? await read<boolean>(office, "all-day flag", (cb) => allDay.getAsync!(cb)) : false;
  return {
    kind: "invite",
    subject,
    bodyHtml,
    start: start.toISOString(),
    end: (end >= start ? end : start).toISOString(),
    isAllDay,
    ...(organizer ? { organizer: { name: organizer.displayName, email: organizer.emailAddress } } : {}),
    attendees: [...people(required).map((p) => ({ ...p, optional: false })), ...people(optional).map((p) => ({ ...p, optional: true }))],
    attachments,
    ...(recurrence?.recurrenceType ? { recurrence: `FREQ=${RRULE_FREQ[recurrence.recurrenceType] ?? "WEEKLY"}` } : {}),
    isOnlineMeeting: false,
    isCancelled: false,
    sentAt: now.toISOString(),
  };
}
