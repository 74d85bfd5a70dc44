// A small fake of the Office.js surface the add-in uses: enums, the compose item's getAsync
// methods (answering through callbacks, as Outlook does), notification messages, and
// Office.actions.associate. `fail` makes one read fail; `hang` makes one never answer.

export interface FakeItemData {
  itemType?: "message" | "appointment";
  subject?: string;
  bodyHtml?: string;
  to?: { emailAddress: string; displayName?: string }[];
  cc?: { emailAddress: string; displayName?: string }[];
  attachments?: { name: string; size: number; isInline: boolean }[];
  start?: Date;
  end?: Date;
  requiredAttendees?: { emailAddress: string; displayName?: string }[];
  optionalAttendees?: { emailAddress: string; displayName?: string }[];
  organizer?: { emailAddress: string; displayName?: string };
  recurrence?: { recurrenceType: string } | null;
  isAllDayEvent?: boolean;
  fail?: string;
  hang?: string;
}

export function createFakeOffice(data: FakeItemData) {
  const notifications = new Map<string, { message: string; type: string }>();
  const associated = new Map<string, (event: unknown) => unknown>();
  const reads: string[] = [];
  const answer = <T>(name: string, value: T) => (...args: unknown[]) => {
    const callback = args.at(-1) as (r: unknown) => void;
    reads.push(name);
    if (data.hang === name) return;
    queueMicrotask(() =>
      callback(
        data.fail === name
          ? { status: "failed", error: { message: `${name} is unavailable`, code: 9999 } }
          : { status: "succeeded", value },
      ),
    );
  };
  const item: Record<string, unknown> = {
    itemType: data.itemType ?? "message",
    subject: { getAsync: answer("subject", data.subject ?? "") },
    body: { getAsync: answer("body", data.bodyHtml ?? "") },
    getAttachmentsAsync: answer("attachments", data.attachments ?? []),
    notificationMessages: {
      replaceAsync: (key: string, message: { message: string; type: string }, callback: () => void) => {
        notifications.set(key, message);
        queueMicrotask(callback);
      },
      removeAsync: (key: string, callback: () => void) => {
        notifications.delete(key);
        queueMicrotask(callback);
      },
    },
  };
  if ((data.itemType ?? "message") === "message") {
    item.to = { getAsync: answer("to", data.to ?? []) };
    item.cc = { getAsync: answer("cc", data.cc ?? []) };
  } else {
    item.start = { getAsync: answer("start", data.start) };
    item.end = { getAsync: answer("end", data.end) };
    item.requiredAttendees = { getAsync: answer("requiredAttendees", data.requiredAttendees ?? []) };
    item.optionalAttendees = { getAsync: answer("optionalAttendees", data.optionalAttendees ?? []) };
    item.organizer = { getAsync: answer("organizer", data.organizer ?? { emailAddress: "organizer@contoso.com" }) };
    item.recurrence = { getAsync: answer("recurrence", data.recurrence ?? null) };
    item.isAllDayEvent = { getAsync: answer("isAllDayEvent", data.isAllDayEvent ?? false) };
  }
  const office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    CoercionType: { Html: "html", Text: "text" },
    MailboxEnums: {
      ItemType: { Message: "message", Appointment: "appointment" },
      ItemNotificationMessageType: { InformationalMessage: "informationalMessage" },
      SendModeOverride: { PromptUser: "promptUser" },
    },
    context: { mailbox: { item } },
    actions: { associate: (name: string, fn: (event: unknown) => unknown) => associated.set(name, fn) },
  };
  return { office: office as unknown as typeof Office, notifications, associated, reads };
}

/** An event that records every completed() call. */
export function fakeEvent() {
  const calls: Record<string, unknown>[] = [];
  return { calls, completed: (options?: Record<string, unknown>) => void calls.push(options ?? {}) };
}
