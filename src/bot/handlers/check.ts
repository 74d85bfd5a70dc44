// Checking a draft: typed or pasted in the chat, or through the message extension ("Check my
// draft" from the compose box, "Check this message" from a message's menu).
import type { Activity, MessagingExtensionAction, MessagingExtensionActionResponse, TurnContext } from "botbuilder";
import { applyFix, type MessageReport } from "../../rules/index.js";
import { draftInputCard, draftResultCard, findingsCard, insertCard, type Improved } from "../cards/cards.js";
import { stripMentions } from "../commands.js";
import { payloadDraft } from "../incoming-text.js";
import { isShared, sendPrivately } from "./private-notes.js";
import { checkDraft, repliesFor, type BotDependencies } from "../turn.js";

/** Cards over this many characters of improved text show only the line to add (Teams caps card size). */
const MAX_IMPROVED_TEXT = 4000;

/** The draft text of a message: Teams sends formatted messages as an HTML attachment too. */
export function draftOf(activity: Partial<Activity>, commandText: string): { bodyText?: string; bodyHtml?: string } {
  const html = activity.attachments?.find((a) => a.contentType === "text/html" && typeof a.content === "string")?.content as string | undefined;
  // "check <text>" typed as a command: the text after the command is the draft.
  if (html && stripMentions(activity.text ?? "") === commandText) return { bodyHtml: html };
  return { bodyText: commandText };
}

/**
 * The draft with the fixes' lines added, or, for a draft too long for a card, the lines alone (the
 * card says where they go; the copyable text holds nothing but what the writer adds).
 */
export function improvedText(draft: string, report: MessageReport): Improved {
  let text = draft;
  for (const finding of report.findings) if (finding.fix) text = applyFix(text, finding.fix);
  if (text === draft) return { text: "" };
  if (text.length <= MAX_IMPROVED_TEXT) return { text };
  return { text: report.findings.flatMap((f) => (f.fix ? [f.fix.text] : [])).join("\n"), linesOnly: true };
}

/** "check <draft>", or a draft pasted on its own: the findings card. `text` is what the person sent. */
export async function checkInChat(deps: BotDependencies, context: TurnContext, draftText: string, text: string): Promise<void> {
  const draft = text === context.activity.text ? draftOf(context.activity, draftText) : { bodyText: draftText };
  const report = await checkDraft(deps, { channel: "chat", ...draft }, context.activity);
  const say = repliesFor(context);
  if (!report) return void (await context.sendActivity(say.checkUnavailable));
  if (isShared(context.activity)) {
    // Posted where others read it: notes for a sent message, to the writer alone.
    const card = findingsCard(report, improvedText(draftText, report), "sent", context.activity.locale);
    const sent = await sendPrivately(deps, context, { text: say.privateNotes, attachments: [card] });
    return void (await context.sendActivity(sent ? say.privateSent : say.privateFailed));
  }
  await context.sendActivity({ attachments: [findingsCard(report, improvedText(draftText, report), "draft", context.activity.locale)] });
}

// Message extension, compose box ("Check my draft"): Teams does not share the compose box's text,
// so the dialog asks for it; message menu ("Check this message"): the message comes with the action.
export async function fetchTask(deps: BotDependencies, context: TurnContext, action: MessagingExtensionAction): Promise<MessagingExtensionActionResponse> {
  if (action.commandId === "checkMessage") {
    const report = await checkDraft(deps, { channel: "chat", ...payloadDraft(action.messagePayload) }, context.activity);
    if (!report) return { task: { type: "message", value: repliesFor(context).checkUnavailable } };
    return taskCard("Check this message", findingsCard(report, "", "sent", context.activity.locale).content as Record<string, unknown>);
  }
  return taskCard("Check my draft", draftInputCard("", context.activity.locale));
}

export async function submitAction(deps: BotDependencies, context: TurnContext, action: MessagingExtensionAction): Promise<MessagingExtensionActionResponse> {
  const data = (action.data ?? {}) as { action?: string; draft?: unknown; text?: unknown };
  if (data.action === "insert" && typeof data.text === "string") {
    return { composeExtension: { type: "result", attachmentLayout: "list", attachments: [insertCard(data.text.slice(0, 20_000))] } };
  }
  const draft = typeof data.draft === "string" ? data.draft.slice(0, 20_000) : "";
  if (draft.trim() === "") return taskCard("Check my draft", draftInputCard("", context.activity.locale));
  const report = await checkDraft(deps, { channel: "chat", bodyText: draft }, context.activity);
  if (!report) return { task: { type: "message", value: repliesFor(context).checkUnavailable } };
  return taskCard("Check my draft", draftResultCard(report, draft, improvedText(draft, report), context.activity.locale));
}

function taskCard(title: string, card: Record<string, unknown>): MessagingExtensionActionResponse {
  return {
    task: {
      type: "continue",
      value: { title, width: "medium", height: "large", card: { contentType: "application/vnd.microsoft.card.adaptive", content: card } },
    },
  };
}
