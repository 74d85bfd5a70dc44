// Coaching in private. A check asked for with an @mention in a channel or a group chat is about a
// post everyone there can already read: the notes go to the writer alone, in their 1:1 chat with the
// bot (the one they opened, or one the bot opens, as Teams allows where the app is installed for
// them), and the thread gets one neutral line.
import type { Activity, TurnContext } from "botbuilder";
import { sendInPersonalChat } from "../personal-chat.js";
import type { BotDependencies } from "../turn.js";

/** A channel or a group chat: what the bot says there, everyone reads. */
export function isShared(activity: Partial<Activity>): boolean {
  const type = activity.conversation?.conversationType;
  return type === "channel" || type === "groupChat";
}

/** Sends `message` to the writer of the current activity in a 1:1 chat; false when it could not. */
export async function sendPrivately(deps: BotDependencies, context: TurnContext, message: Partial<Activity>): Promise<boolean> {
  const { activity } = context;
  const to = {
    userId: activity.from?.aadObjectId,
    memberId: activity.from?.id,
    name: activity.from?.name,
    tenantId: (activity.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id ?? activity.conversation?.tenantId,
    serviceUrl: activity.serviceUrl,
    bot: activity.recipient,
  };
  try {
    return (await sendInPersonalChat(context.adapter, deps.botAppId ?? "", deps.conversations, to, () => message)) === "sent";
  } catch {
    return false;
  }
}
