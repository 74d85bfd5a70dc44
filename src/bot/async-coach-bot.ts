// The Teams bot: checks drafts in a 1:1 chat and from the message extension, and keeps the team's
// norms. Activities become rule-module inputs at this edge; the same checkMessage runs as everywhere.
import {
  TeamsActivityHandler,
  TurnContext,
  type Activity,
  type MessagingExtensionAction,
  type MessagingExtensionActionResponse,
} from "botbuilder";
import { applyFix, checkMessage, type MessageReport, type Norms } from "../rules/index.js";
import type { ConversationStore } from "../storage/conversation-store.js";
import type { NormsStore } from "../storage/norms-store.js";
import { parseCommand, stripMentions } from "./commands.js";
import { draftInputCard, draftResultCard, findingsCard, helpCard, insertCard, normsCard, settingsCard, welcomeCard } from "./cards/cards.js";
import { labelErrors, normsFromForm, SettingsFormSchema } from "./settings-form.js";

/** Cards over this many characters of improved text show only the line to add (Teams caps card size). */
const MAX_IMPROVED_TEXT = 4000;

export interface BotDependencies {
  norms: NormsStore;
  conversations: ConversationStore;
}

interface Scope {
  key: string;
  label: string;
}

/** Norms belong to a team, to a group chat, or to one person in personal scope. */
export function scopeOf(activity: Partial<Activity>): Scope {
  const team = (activity.channelData as { team?: { id?: string; name?: string } } | undefined)?.team;
  if (team?.id) return { key: `team:${team.id}`, label: team.name ? `the ${team.name} team` : "this team" };
  if (activity.conversation?.conversationType === "groupChat") return { key: `chat:${activity.conversation.id}`, label: "this chat" };
  return { key: `user:${activity.from?.aadObjectId ?? activity.from?.id ?? "unknown"}`, label: "you" };
}

/** The draft text of a message: Teams sends formatted messages as an HTML attachment too. */
function draftOf(activity: Partial<Activity>, commandText: string): { bodyText?: string; bodyHtml?: string } {
  const html = activity.attachments?.find((a) => a.contentType === "text/html" && typeof a.content === "string")?.content as string | undefined;
  // "check <text>" typed as a command: the text after the command is the draft.
  if (html && stripMentions(activity.text ?? "") === commandText) return { bodyHtml: html };
  return { bodyText: commandText };
}

export function improvedText(draft: string, report: MessageReport): string {
  let text = draft;
  for (const finding of report.findings) if (finding.fix) text = applyFix(text, finding.fix);
  if (text === draft) return "";
  if (text.length <= MAX_IMPROVED_TEXT) return text;
  const lines = report.findings.flatMap((f) => (f.fix ? [f.fix.text] : []));
  return `Add at the top: ${lines.join(" ")}`;
}

export class AsyncCoachBot extends TeamsActivityHandler {
  constructor(private readonly deps: BotDependencies) {
    super();

    this.onMessage(async (context, next) => {
      const value = context.activity.value as Record<string, unknown> | undefined;
      if (value && value.action === "saveNorms") await this.saveNorms(context, value);
      else await this.handleText(context);
      await next();
    });

    this.onMembersAdded(async (context, next) => {
      const botAdded = (context.activity.membersAdded ?? []).some((m) => m.id === context.activity.recipient.id);
      if (botAdded) {
        await this.saveReference(context);
        await context.sendActivity({ attachments: [welcomeCard()] });
      }
      await next();
    });

    this.onInstallationUpdateAdd(async (context, next) => {
      await this.saveReference(context);
      await next();
    });
  }

  private async saveReference(context: TurnContext): Promise<void> {
    const reference = TurnContext.getConversationReference(context.activity);
    await this.deps.conversations.save(reference, context.activity.from?.aadObjectId);
  }

  private async normsFor(activity: Partial<Activity>): Promise<Norms> {
    return (await this.deps.norms.get(scopeOf(activity).key)).norms;
  }

  private async handleText(context: TurnContext): Promise<void> {
    const command = parseCommand(context.activity.text ?? "");
    const scope = scopeOf(context.activity);
    switch (command.kind) {
      case "empty":
      case "help":
        await context.sendActivity({ attachments: [helpCard()] });
        return;
      case "norms": {
        const stored = await this.deps.norms.get(scope.key);
        await context.sendActivity({
          attachments: [normsCard(stored.norms, { scopeLabel: scope.label, updatedBy: stored.updatedBy, updatedAt: stored.updatedAt })],
        });
        return;
      }
      case "settings": {
        const stored = await this.deps.norms.get(scope.key);
        await context.sendActivity({ attachments: [settingsCard(stored.norms, scope.label, stored.eTag)] });
        return;
      }
      case "check": {
        const draft = draftOf(context.activity, command.text);
        const report = checkMessage({ channel: "chat", ...draft }, await this.normsFor(context.activity));
        await context.sendActivity({ attachments: [findingsCard(report, improvedText(command.text, report))] });
        return;
      }
    }
  }

  private async saveNorms(context: TurnContext, value: Record<string, unknown>): Promise<void> {
    const scope = scopeOf(context.activity);
    const form = SettingsFormSchema.safeParse(value);
    const current = await this.deps.norms.get(scope.key);
    if (!form.success) {
      await context.sendActivity({ attachments: [settingsCard(current.norms, scope.label, current.eTag, ["The form was incomplete; please try again."])] });
      return;
    }
    const by = context.activity.from?.name ?? "someone";
    const result = await this.deps.norms.set(scope.key, normsFromForm(form.data, current.norms), by, form.data.eTag || undefined);
    if (result.ok) {
      await context.sendActivity({
        text: "Saved. Every check now follows these norms.",
        attachments: [normsCard(result.stored.norms, { scopeLabel: scope.label, updatedBy: result.stored.updatedBy, updatedAt: result.stored.updatedAt })],
      });
    } else if (result.reason === "invalid") {
      await context.sendActivity({ attachments: [settingsCard(current.norms, scope.label, current.eTag, labelErrors(result.errors))] });
    } else {
      const fresh = await this.deps.norms.get(scope.key);
      await context.sendActivity({
        text: `Not saved: ${fresh.updatedBy ?? "someone"} changed the norms after you opened the form. Here they are now; make your change again.`,
        attachments: [settingsCard(fresh.norms, scope.label, fresh.eTag)],
      });
    }
  }

  // Message extension, compose box ("Check my draft"): Teams does not share the compose box's text,
  // so the dialog asks for it; message menu ("Check this message"): the message comes with the action.
  protected override async handleTeamsMessagingExtensionFetchTask(
    context: TurnContext,
    action: MessagingExtensionAction,
  ): Promise<MessagingExtensionActionResponse> {
    if (action.commandId === "checkMessage") {
      const html = action.messagePayload?.body?.content ?? "";
      const isHtml = action.messagePayload?.body?.contentType === "html";
      const report = checkMessage({ channel: "chat", ...(isHtml ? { bodyHtml: html } : { bodyText: html }) }, await this.normsFor(context.activity));
      return taskCard("Check this message", findingsCard(report, "").content as Record<string, unknown>);
    }
    return taskCard("Check my draft", draftInputCard());
  }

  protected override async handleTeamsMessagingExtensionSubmitAction(
    context: TurnContext,
    action: MessagingExtensionAction,
  ): Promise<MessagingExtensionActionResponse> {
    const data = (action.data ?? {}) as { action?: string; draft?: unknown; text?: unknown };
    if (data.action === "insert" && typeof data.text === "string") {
      return { composeExtension: { type: "result", attachmentLayout: "list", attachments: [insertCard(data.text.slice(0, 20_000))] } };
    }
    const draft = typeof data.draft === "string" ? data.draft.slice(0, 20_000) : "";
    if (draft.trim() === "") return taskCard("Check my draft", draftInputCard());
    const report = checkMessage({ channel: "chat", bodyText: draft }, await this.normsFor(context.activity));
    return taskCard("Check my draft", draftResultCard(report, draft, improvedText(draft, report)));
  }
}

function taskCard(title: string, card: Record<string, unknown>): MessagingExtensionActionResponse {
  return {
    task: {
      type: "continue",
      value: { title, width: "medium", height: "large", card: { contentType: "application/vnd.microsoft.card.adaptive", content: card } },
    },
  };
}
