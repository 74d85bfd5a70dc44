// Sends pre-read reminders as proactive messages in the person's 1:1 chat with the bot: through the
// conversation reference saved when they installed it (or said "watch my meetings"), or, for a
// member of a watched team the bot has not talked to yet, a 1:1 chat it opens with their Entra id.
// Teams allows that only where the app is installed for the person (e.g. by an admin's setup policy).
import type { CloudAdapter } from "botbuilder";
import type { PreReadReminder, ReminderSender } from "../pre-read/scan.js";
import type { ConversationStore } from "../storage/conversation-store.js";
import { preReadReminderCard } from "./cards/cards.js";
import { sendInPersonalChat } from "./personal-chat.js";

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
    // A member of a watched team the bot has not talked to yet: a chat opened with their Entra id.
    const to = {
      userId: reminder.userId,
      memberId: reminder.team ? reminder.userId : undefined,
      tenantId: reminder.team?.tenantId,
      serviceUrl: reminder.team?.serviceUrl,
      bot: { id: this.botAppId, name: "Async Coach" },
    };
    const result = await sendInPersonalChat(this.adapter, this.botAppId, this.conversations, to, (locale) => this.message(reminder, locale));
    if (result === "no-chat") return "no-conversation";
    if (result === "not-delivered") throw new Error("the Teams channel did not accept the reminder");
    return "sent";
  }
}
