// Sends pre-read reminders as proactive messages in the person's 1:1 chat with the bot, through the
// conversation reference saved when they installed it (or said "watch my meetings").
import type { CloudAdapter } from "botbuilder";
import type { PreReadReminder, ReminderSender } from "../graph/pre-read-scan.js";
import type { ConversationStore } from "../storage/conversation-store.js";
import { preReadReminderCard } from "./cards/cards.js";

export class BotReminderSender implements ReminderSender {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly botAppId: string,
    private readonly conversations: ConversationStore,
  ) {}

  async send(reminder: PreReadReminder): Promise<"sent" | "no-conversation"> {
    const saved = await this.conversations.forUser(reminder.userId);
    if (!saved) return "no-conversation";
    // The adapter's onTurnError swallows a failed send, so delivery is confirmed here.
    let delivered = false;
    await this.adapter.continueConversationAsync(this.botAppId, saved.reference, async (context) => {
      await context.sendActivity({
        summary: `Pre-read reminder: ${reminder.subject}`,
        attachments: [preReadReminderCard(reminder)],
      });
      delivered = true;
    });
    if (!delivered) throw new Error("the Teams channel did not accept the reminder");
    return "sent";
  }
}
