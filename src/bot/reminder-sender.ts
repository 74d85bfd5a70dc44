// Sends pre-read reminders as proactive messages in the person's 1:1 chat with the bot: through the
// conversation reference saved when they installed it (or said "watch my meetings"), or, for a
// member of a watched team the bot has not talked to yet, a 1:1 chat it opens with their Entra id.
// Teams allows that only where the app is installed for the person (e.g. by an admin's setup policy).
import { TurnContext, type CloudAdapter, type ConversationParameters } from "botbuilder";
import type { PreReadReminder, ReminderSender } from "../pre-read/scan.js";
import type { ConversationStore } from "../storage/conversation-store.js";
import { preReadReminderCard } from "./cards/cards.js";
import { describeError } from "./describe-error.js";

const BOT_FRAMEWORK_AUDIENCE = "https://api.botframework.com";

export class BotReminderSender implements ReminderSender {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly botAppId: string,
    private readonly conversations: ConversationStore,
  ) {}

  /** `locale`: the Teams language the person last wrote to the bot in, when the chat has one. */
  private message(reminder: PreReadReminder, locale?: string) {
    return { summary: `Pre-read reminder: ${reminder.subject}`, attachments: [preReadReminderCard(reminder, locale)] };
  }

  async send(reminder: PreReadReminder): Promise<"sent" | "no-conversation"> {
    // The adapter's onTurnError swallows a failed send, so delivery is confirmed here.
    let delivered = false;
    const saved = await this.conversations.forUser(reminder.userId);
    if (saved) {
      await this.adapter.continueConversationAsync(this.botAppId, saved.reference, async (context) => {
        await context.sendActivity(this.message(reminder, saved.reference.locale));
        delivered = true;
      });
    } else if (reminder.team) {
      const parameters = {
        isGroup: false,
        bot: { id: this.botAppId, name: "Async Coach" },
        members: [{ id: reminder.userId, name: "" }],
        tenantId: reminder.team.tenantId,
        channelData: { tenant: { id: reminder.team.tenantId } },
      } as ConversationParameters;
      try {
        await this.adapter.createConversationAsync(this.botAppId, "msteams", reminder.team.serviceUrl, BOT_FRAMEWORK_AUDIENCE, parameters, async (context) => {
          // Keep the new chat for next time, like one the person opened.
          const reference = TurnContext.getConversationReference(context.activity);
          await this.conversations.save({ ...reference, conversation: { ...reference.conversation!, conversationType: "personal" } }, reminder.userId);
          await context.sendActivity(this.message(reminder));
          delivered = true;
        });
      } catch (error) {
        // The connector's answer may echo the card: only its status goes on.
        throw new Error(`the Teams channel did not open a chat: ${describeError(error)}`, { cause: error });
      }
    } else {
      return "no-conversation";
    }
    if (!delivered) throw new Error("the Teams channel did not accept the reminder");
    return "sent";
  }
}
