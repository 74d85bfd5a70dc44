// Coaching in private. A check asked for with an @mention in a channel or a group chat is about a
// post everyone there can already read: the notes go to the writer alone, in their 1:1 chat with the
// bot (the one they opened, or one the bot opens, as Teams allows where the app is installed for
// them), and the thread gets one neutral line.
import { TurnContext, type Activity, type ConversationParameters } from "botbuilder";
import type { BotDependencies } from "../turn.js";

const BOT_FRAMEWORK_AUDIENCE = "https://api.botframework.com";

/** A channel or a group chat: what the bot says there, everyone reads. */
export function isShared(activity: Partial<Activity>): boolean {
  const type = activity.conversation?.conversationType;
  return type === "channel" || type === "groupChat";
}

/** Sends `message` to the writer of the current activity in a 1:1 chat; false when it could not. */
export async function sendPrivately(deps: BotDependencies, context: TurnContext, message: Partial<Activity>): Promise<boolean> {
  const { activity } = context;
  const userId = activity.from?.aadObjectId;
  const appId = deps.botAppId ?? "";
  // The adapter's error handler swallows a failed send: delivery is confirmed here.
  let delivered = false;
  const send = async (chat: TurnContext) => {
    await chat.sendActivity(message);
    delivered = true;
  };
  try {
    const saved = userId ? await deps.conversations.forUser(userId) : undefined;
    if (saved) {
      await context.adapter.continueConversationAsync(appId, saved.reference, send);
      return delivered;
    }
    const tenantId = (activity.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id ?? activity.conversation?.tenantId;
    if (!tenantId || !activity.serviceUrl || !activity.from?.id) return false;
    const parameters = {
      isGroup: false,
      bot: activity.recipient,
      members: [{ id: activity.from.id, name: activity.from.name ?? "" }],
      tenantId,
      channelData: { tenant: { id: tenantId } },
    } as ConversationParameters;
    await context.adapter.createConversationAsync(appId, activity.channelId, activity.serviceUrl, BOT_FRAMEWORK_AUDIENCE, parameters, async (chat) => {
      // Kept for next time (and for reminders), like a chat the person opened.
      const reference = TurnContext.getConversationReference(chat.activity);
      if (userId) await deps.conversations.save({ ...reference, conversation: { ...reference.conversation!, conversationType: "personal" } }, userId);
      await send(chat);
    });
    return delivered;
  } catch {
    return false;
  }
}
