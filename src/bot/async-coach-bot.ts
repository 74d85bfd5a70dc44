// The Teams bot: checks drafts in a 1:1 chat and from the message extension, and keeps the team's
// norms. A thin handler: each activity goes to the module for its command (handlers/), which share
// what turn.ts holds. Activities become rule-module inputs at that edge.
import { TeamsActivityHandler, type MessagingExtensionAction, type MessagingExtensionActionResponse, type TurnContext } from "botbuilder";
import { z } from "zod";
import { helpCard, welcomeCard } from "./cards/cards.js";
import { parseCommand, type Command } from "./commands.js";
import { checkInChat, fetchTask, submitAction } from "./handlers/check.js";
import { saveNorms, showNorms, showSettings } from "./handlers/norms.js";
import { answerReminder } from "./handlers/reminder.js";
import { watch, watchTeam } from "./handlers/watch.js";
import { incomingText } from "./incoming-text.js";
import { repliesFor, saveReference, type BotDependencies } from "./turn.js";

export type { BotDependencies } from "./turn.js";
export { improvedText } from "./handlers/check.js";

/** What a card button asks for: the same commands a person can type. */
const ButtonCommandSchema = z.object({ action: z.literal("command"), command: z.enum(["help", "norms", "settings", "watch", "unwatch"]) });

export class AsyncCoachBot extends TeamsActivityHandler {
  constructor(private readonly deps: BotDependencies) {
    super();

    this.onMessage(async (context, next) => {
      const value = context.activity.value as Record<string, unknown> | undefined;
      const button = ButtonCommandSchema.safeParse(value);
      if (button.success) await this.handleCommand(context, { kind: button.data.command }, "");
      else if (value && value.action === "saveNorms") await saveNorms(deps, context, value);
      else if (value && (value.action === "preReadDismiss" || value.action === "preReadSnooze")) await answerReminder(deps, context, value);
      else {
        const text = incomingText(context.activity);
        await this.handleCommand(context, parseCommand(text), text);
      }
      await next();
    });

    this.onMembersAdded(async (context, next) => {
      const botAdded = (context.activity.membersAdded ?? []).some((m) => m.id === context.activity.recipient.id);
      if (botAdded) {
        await saveReference(deps, context);
        await context.sendActivity({ attachments: [welcomeCard(context.activity.locale)] });
      }
      await next();
    });

    this.onInstallationUpdateAdd(async (context, next) => {
      await saveReference(deps, context);
      await next();
    });
  }

  /** `text` is what the person sent, for a draft that came as a card or HTML. */
  private async handleCommand(context: TurnContext, command: Command, text: string): Promise<void> {
    const deps = this.deps;
    switch (command.kind) {
      case "empty":
      case "help":
        return void (await context.sendActivity({ attachments: [helpCard(Boolean(deps.preRead), context.activity.locale)] }));
      case "norms":
        return showNorms(deps, context);
      case "settings":
        return showSettings(deps, context);
      case "watch":
      case "unwatch":
        return watch(deps, context, command.kind === "watch");
      case "watchTeam":
      case "unwatchTeam":
        return watchTeam(deps, context, command.kind === "watchTeam");
      case "talk":
        return void (await context.sendActivity(repliesFor(context)[command.reply]));
      case "check":
        return checkInChat(deps, context, command.text, text);
    }
  }

  protected override handleTeamsMessagingExtensionFetchTask(context: TurnContext, action: MessagingExtensionAction): Promise<MessagingExtensionActionResponse> {
    return fetchTask(this.deps, context, action);
  }

  protected override handleTeamsMessagingExtensionSubmitAction(
    context: TurnContext,
    action: MessagingExtensionAction,
  ): Promise<MessagingExtensionActionResponse> {
    return submitAction(this.deps, context, action);
  }
}
