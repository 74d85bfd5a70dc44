// A fake of the Office.js surface the add-in uses (for the tests and the benchmarks), held to Office.js's documented behaviour, for
// Node tests and (bundled by esbuild, see fake-office-page.ts) for the task pane in Chromium:
// - every async call answers later, never inside the call, with a full Office.AsyncResult
//   ({ status, value, error: { name, message, code }, asyncContext, diagnostics }); on failure
//   `value` is undefined;
// - getAsync takes an optional options object before the callback and passes asyncContext back;
// - item data is read when a call is made, so a test can change the draft while the add-in runs;
// - NotificationMessages: key up to 32 characters, message up to 150 (longer throws
//   ArgumentOutOfRange), icon and persistent required for InformationalMessage, at most five per
//   item (NumberOfNotificationMessagesExceeded); removing a key that is not there fails (the
//   stricter of what clients do);
// - event.completed takes SmartAlertsEventCompletedOptions: errorMessage up to 500 characters,
//   cancelLabel up to 20, commandId must be a control id of the manifest, sendModeOverride only
//   "promptUser", contextData only with commandId, and nothing but allowEvent when the item may go.
// `fail` makes one read fail; `hang` makes one never answer.
import manifest from "../appPackage/manifest.json" with { type: "json" };

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
  /** Office's theme: the task pane follows its body background. */
  bodyBackgroundColor?: string;
  /** Outlook's display language ("de-DE"); en-US when left out. */
  displayLanguage?: string;
  /** The mailbox's time zone as Outlook gives it, in Windows' form ("Tokyo Standard Time"); UTC when left out. */
  mailboxTimeZone?: string;
  fail?: string;
  hang?: string;
}

/** A half-hour meeting with two attendees and nothing else: the invite most tests start from. */
export const MEETING: FakeItemData = {
  itemType: "appointment",
  subject: "Sync",
  start: new Date("2026-03-04T15:00:00Z"),
  end: new Date("2026-03-04T15:30:00Z"),
  requiredAttendees: [{ emailAddress: "x@contoso.com" }, { emailAddress: "y@contoso.com" }],
};

type Callback = (result: FakeAsyncResult) => void;

export interface FakeAsyncResult {
  status: "succeeded" | "failed";
  value: unknown;
  error: { name: string; message: string; code: number } | undefined;
  asyncContext: unknown;
  diagnostics: unknown;
}

const MAX_KEY = 32;
const MAX_MESSAGE = 150;
const MAX_NOTIFICATIONS = 5;
const INFORMATIONAL = "informationalMessage";

const succeeded = (value: unknown, asyncContext: unknown): FakeAsyncResult => ({
  status: "succeeded",
  value,
  error: undefined,
  asyncContext,
  diagnostics: undefined,
});
const failed = (name: string, message: string, code: number, asyncContext: unknown): FakeAsyncResult => ({
  status: "failed",
  value: undefined,
  error: { name, message, code },
  asyncContext,
  diagnostics: undefined,
});

/** Splits Office.js's (…, [options], [callback]) arguments. */
function callArgs(args: unknown[]): { options: { asyncContext?: unknown } | undefined; callback: Callback | undefined } {
  const last = args.at(-1);
  const callback = typeof last === "function" ? (last as Callback) : undefined;
  const rest = callback ? args.slice(0, -1) : args;
  const maybeOptions = rest.at(-1);
  const options = maybeOptions && typeof maybeOptions === "object" && !Array.isArray(maybeOptions) ? (maybeOptions as { asyncContext?: unknown }) : undefined;
  return { options, callback };
}

/** Answers on a later task, as every client does (never synchronously inside the call). */
const later = (callback: Callback | undefined, result: FakeAsyncResult) => {
  if (callback) setTimeout(() => callback(result), 0);
};

export function createFakeOffice(data: FakeItemData) {
  const notifications = new Map<string, { message: string; type: string; icon?: string; persistent?: boolean }>();
  const associated = new Map<string, (event: unknown) => unknown>();
  const reads: string[] = [];

  const answer =
    (name: string, value: () => unknown) =>
    (...args: unknown[]) => {
      const { options, callback } = callArgs(args);
      reads.push(name);
      if (data.hang === name) return;
      later(
        callback,
        data.fail === name ? failed("GenericResponseError", `${name} is unavailable`, 9020, options?.asyncContext) : succeeded(value(), options?.asyncContext),
      );
    };

  const notificationMessages = {
    replaceAsync(key: string, details: { type: string; message: string; icon?: string; persistent?: boolean }, ...rest: unknown[]) {
      const { options, callback } = callArgs(rest);
      // Documented as thrown exceptions, not failed results.
      if (typeof key !== "string" || key.length === 0 || key.length > MAX_KEY)
        throw new RangeError(`ArgumentOutOfRange: key must be 1 to ${MAX_KEY} characters`);
      if (typeof details?.message !== "string" || details.message.length > MAX_MESSAGE)
        throw new RangeError(`ArgumentOutOfRange: message must be at most ${MAX_MESSAGE} characters`);
      if (details.type === INFORMATIONAL && (!details.icon || typeof details.persistent !== "boolean"))
        throw new TypeError("ArgumentException: an informational message needs icon and persistent");
      if (details.type !== INFORMATIONAL && ("icon" in details || "persistent" in details))
        throw new TypeError("ArgumentException: icon and persistent are for informational messages only");
      if (!notifications.has(key) && notifications.size >= MAX_NOTIFICATIONS) {
        later(callback, failed("NumberOfNotificationMessagesExceeded", "too many notification messages", 9041, options?.asyncContext));
        return;
      }
      notifications.set(key, { ...details });
      later(callback, succeeded(undefined, options?.asyncContext));
    },
    removeAsync(key: string, ...rest: unknown[]) {
      const { options, callback } = callArgs(rest);
      if (!notifications.delete(key)) later(callback, failed("KeyNotFound", `no notification message with key ${key}`, 9044, options?.asyncContext));
      else later(callback, succeeded(undefined, options?.asyncContext));
    },
  };

  const isMessage = (data.itemType ?? "message") === "message";
  const item: Record<string, unknown> = {
    itemType: data.itemType ?? "message",
    subject: { getAsync: answer("subject", () => data.subject ?? "") },
    body: {
      getAsync: answer("body", () => data.bodyHtml ?? ""),
      prependAsync(html: string, ...rest: unknown[]) {
        const { options, callback } = callArgs(rest);
        if (typeof html !== "string" || html.length > 1_000_000)
          throw new RangeError("ArgumentOutOfRange: data must be a string of at most 1,000,000 characters");
        data.bodyHtml = html + (data.bodyHtml ?? "");
        later(callback, succeeded(undefined, options?.asyncContext));
      },
      setAsync(html: string, ...rest: unknown[]) {
        const { options, callback } = callArgs(rest);
        if (typeof html !== "string" || html.length > 1_000_000)
          throw new RangeError("ArgumentOutOfRange: data must be a string of at most 1,000,000 characters");
        data.bodyHtml = html;
        later(callback, succeeded(undefined, options?.asyncContext));
      },
    },
    getAttachmentsAsync: answer("attachments", () => data.attachments ?? []),
    notificationMessages,
    addHandlerAsync(_type: string, _handler: unknown, ...rest: unknown[]) {
      const { options, callback } = callArgs(rest);
      later(callback, succeeded(undefined, options?.asyncContext));
    },
  };
  if (isMessage) {
    item.to = { getAsync: answer("to", () => data.to ?? []) };
    item.cc = { getAsync: answer("cc", () => data.cc ?? []) };
  } else {
    item.start = { getAsync: answer("start", () => data.start) };
    item.end = { getAsync: answer("end", () => data.end) };
    item.requiredAttendees = { getAsync: answer("requiredAttendees", () => data.requiredAttendees ?? []) };
    item.optionalAttendees = { getAsync: answer("optionalAttendees", () => data.optionalAttendees ?? []) };
    item.organizer = { getAsync: answer("organizer", () => data.organizer ?? { emailAddress: "organizer@contoso.com" }) };
    item.recurrence = { getAsync: answer("recurrence", () => data.recurrence ?? null) };
    item.isAllDayEvent = { getAsync: answer("isAllDayEvent", () => data.isAllDayEvent ?? false) };
  }
  const office = {
    onReady(callback?: (info: { host: string; platform: string }) => void) {
      const info = { host: "Outlook", platform: "OfficeOnline" };
      setTimeout(() => callback?.(info), 0);
      return Promise.resolve(info);
    },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    CoercionType: { Html: "html", Text: "text" },
    EventType: { RecipientsChanged: "olkRecipientsChanged", AppointmentTimeChanged: "olkAppointmentTimeChanged", AttachmentsChanged: "olkAttachmentsChanged" },
    MailboxEnums: {
      ItemType: { Message: "message", Appointment: "appointment" },
      ItemNotificationMessageType: { InformationalMessage: INFORMATIONAL, ErrorMessage: "errorMessage", ProgressIndicator: "progressIndicator" },
      SendModeOverride: { PromptUser: "promptUser" },
    },
    context: {
      displayLanguage: data.displayLanguage ?? "en-US",
      officeTheme: { bodyBackgroundColor: data.bodyBackgroundColor ?? "#ffffff" },
      mailbox: { item, userProfile: { timeZone: data.mailboxTimeZone ?? "UTC" } },
    },
    actions: { associate: (name: string, fn: (event: unknown) => unknown) => associated.set(name, fn) },
    auth: { getAccessToken: () => Promise.reject(Object.assign(new Error("SSO is not available in this host"), { code: 13012 })) },
  };
  return { office: office as unknown as typeof Office, data, notifications, associated, reads };
}

/**
 * An OnMessageSend / OnAppointmentSend event. Options that Outlook would reject or ignore are
 * `violations`; a second completed() is one too (the first one ends the event).
 */
export function fakeEvent(controlIds: readonly string[] = MANIFEST_CONTROL_IDS) {
  const calls: Record<string, unknown>[] = [];
  const violations: string[] = [];
  const completed = (options?: Record<string, unknown>) => {
    if (calls.length > 0) violations.push("completed() called more than once");
    const o = options ?? {};
    const known = ["allowEvent", "errorMessage", "errorMessageMarkdown", "cancelLabel", "commandId", "contextData", "sendModeOverride"];
    for (const key of Object.keys(o)) if (!known.includes(key)) violations.push(`unknown option ${key}`);
    if (o.allowEvent !== false && Object.keys(o).some((k) => k !== "allowEvent")) violations.push("options other than allowEvent when the item may go");
    if (typeof o.errorMessage === "string" && o.errorMessage.length > 500) violations.push(`errorMessage is ${o.errorMessage.length} characters (500 at most)`);
    if (typeof o.cancelLabel === "string" && o.cancelLabel.length > 20) violations.push(`cancelLabel is ${o.cancelLabel.length} characters (20 at most)`);
    if (o.cancelLabel !== undefined && o.commandId === undefined)
      violations.push("cancelLabel without commandId shows no Take Action button in current clients");
    if (o.commandId !== undefined && !controlIds.includes(String(o.commandId)))
      violations.push(`commandId ${String(o.commandId)} is not a control of the manifest`);
    if (o.contextData !== undefined && o.commandId === undefined) violations.push("contextData without commandId is ignored");
    if (o.sendModeOverride !== undefined && o.sendModeOverride !== "promptUser")
      violations.push(`sendModeOverride ${String(o.sendModeOverride)}: only promptUser is supported`);
    calls.push(o);
  };
  return { calls, violations, completed };
}

/** The control ids of the unified manifest's ribbons: what a Smart Alerts commandId may name. */
export const MANIFEST_CONTROL_IDS: readonly string[] = (() => {
  const ids: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== "object") return;
    const record = node as Record<string, unknown>;
    if (Array.isArray(record.controls)) for (const control of record.controls as { id?: string }[]) if (control.id) ids.push(control.id);
    Object.values(record).forEach(walk);
  };
  walk((manifest as { extensions?: unknown }).extensions);
  return ids;
})();
