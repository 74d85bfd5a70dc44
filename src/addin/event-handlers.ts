// The Outlook event handlers: Smart Alerts on send, and a hint bar on new compose and on
// recipient or attendee changes. Every path calls event.completed exactly once: without it a
// user cannot send. On any internal error the item goes out and the error is recorded.
import { check as checkItem, DEFAULT_NORMS, isConfident, type Norms, type Report } from "../rules/index.js";
import { sendWordsFor, type SendWords } from "../i18n/send.js";
import { withTimeout } from "../web/with-timeout.js";
import { readComposeItem } from "./office-item.js";
import { decideOnSend, TASK_PANE_COMMAND_ID } from "./send-decision.js";

type OfficeApi = typeof Office;

export interface CompletableEvent {
  completed(options?: Record<string, unknown>): void;
}

export interface HandlerDeps {
  office: OfficeApi;
  /** The team norms, from the server's cache; defaults when unavailable. */
  loadNorms?: () => Promise<Norms>;
  /** Errors are recorded here (the message only: never the draft). */
  recordError?: (message: string) => void;
  /** After this long the item goes out unchecked rather than keep the user waiting. */
  timeoutMs?: number;
  now?: () => Date;
}

const HINT_KEY = "asyncCoachHint";
const DEFAULT_TIMEOUT_MS = 4000;
/** The norms may take this long to arrive; after that the check runs on the defaults. */
export const NORMS_WAIT_MS = 1500;

function completeOnce(event: CompletableEvent, record: (m: string) => void): (options?: Record<string, unknown>) => void {
  let done = false;
  return (options) => {
    if (done) return;
    done = true;
    try {
      event.completed(options);
    } catch (error) {
      record(`event.completed failed: ${(error as Error).message}`);
    }
  };
}

async function check(deps: HandlerDeps): Promise<Report> {
  const norms = deps.loadNorms ? await withTimeout(deps.loadNorms(), NORMS_WAIT_MS).catch(() => DEFAULT_NORMS) : DEFAULT_NORMS;
  const input = await readComposeItem(deps.office, deps.now?.() ?? new Date());
  return checkItem(input, norms);
}

/** messageSending / appointmentSending. */
export async function onSend(event: CompletableEvent, deps: HandlerDeps): Promise<void> {
  const record = deps.recordError ?? (() => undefined);
  const complete = completeOnce(event, record);
  try {
    const say = sendWordsFor(deps.office.context.displayLanguage);
    const decision = decideOnSend(await withTimeout(check(deps), deps.timeoutMs ?? DEFAULT_TIMEOUT_MS, "the check"), say);
    if (decision.allowEvent) complete({ allowEvent: true });
    else {
      complete({
        allowEvent: false,
        errorMessage: decision.errorMessage,
        cancelLabel: say.addIt,
        commandId: TASK_PANE_COMMAND_ID,
        sendModeOverride: deps.office.MailboxEnums?.SendModeOverride?.PromptUser ?? "promptUser",
      });
    }
  } catch (error) {
    record(`send check failed, item sent unchecked: ${(error as Error).message}`);
    complete({ allowEvent: true });
  }
}

/** A headline rule's short form for the hint bar; other rules have none. */
const hintOf = (ruleId: string, say: SendWords): string | undefined => (say.rules as Partial<Record<string, { hint: string }>>)[ruleId]?.hint;

/** newMessageComposeCreated, recipients/attendees changed: a hint bar when a headline rule fires. */
export async function onComposeChange(event: CompletableEvent, deps: HandlerDeps): Promise<void> {
  const record = deps.recordError ?? (() => undefined);
  const complete = completeOnce(event, record);
  try {
    const report = await withTimeout(check(deps), deps.timeoutMs ?? DEFAULT_TIMEOUT_MS, "the check");
    const say = sendWordsFor(deps.office.context.displayLanguage);
    const headline = report.findings.find((f) => hintOf(f.ruleId, say) && isConfident(f));
    const messages = (deps.office.context.mailbox.item as unknown as Office.MessageCompose).notificationMessages;
    await new Promise<void>((resolve) => {
      if (headline) {
        messages.replaceAsync(
          HINT_KEY,
          {
            type: deps.office.MailboxEnums.ItemNotificationMessageType.InformationalMessage,
            message: hintOf(headline.ruleId, say)!,
            icon: "Icon.16x16",
            persistent: false,
          },
          () => resolve(),
        );
      } else messages.removeAsync(HINT_KEY, () => resolve());
    });
  } catch (error) {
    record(`compose hint failed: ${(error as Error).message}`);
  } finally {
    complete();
  }
}
