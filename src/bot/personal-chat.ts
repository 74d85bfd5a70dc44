// A message to one person in their 1:1 chat with the bot: the chat they opened (its saved
// reference), or, where none is saved, one the bot opens with their id, as Teams allows where the
// app is installed for them; that chat is then kept like one they opened. Pre-read reminders and
// the private notes on a post both go this way.
import { TurnContext, type Activity, type BotAdapter, type ChannelAccount, type ConversationParameters } from "botbuilder";
import type { ConversationStore } from "../storage/conversation-store.js";
import { describeError } from "./describe-error.js";

const BOT_FRAMEWORK_AUDIENCE = "https://api.botframework.com";

export interface PersonalChatTarget {
  /** Their Entra object id: the key their chat is kept under. */
  userId: string | undefined;
  /** Who a new chat is opened with: their Teams id ("29:…") or their Entra id. */
  memberId: string | undefined;
  name?: string | undefined;
  tenantId: string | undefined;
  serviceUrl: string | undefined;
  bot: Partial<ChannelAccount>;
}

/**
 * Sends `message` (worded for the chat's locale, where it is known) in the person's 1:1 chat.
 * "no-chat" where none is saved and none can be opened. A channel that refuses to open a chat
 * throws, with its status only; a send the adapter swallowed is "not-delivered".
 */
export async function sendInPersonalChat(
  adapter: BotAdapter,
  appId: string,
  conversations: ConversationStore,
  to: PersonalChatTarget,
  message: (locale?: string) => Partial<Activity>,
): Promise<"sent" | "no-chat" | "not-delivered"> {
  // The adapter's onTurnError swallows a failed send, so delivery is confirmed here.
  let delivered = false;
  const saved = to.userId ? await conversations.forUser(to.userId) : undefined;
  if (saved) {
    await adapter.continueConversationAsync(appId, saved.reference, async (context) => {
      await context.sendActivity(message(saved.reference.locale));
      delivered = true;
    });
    return delivered ? "sent" : "not-delivered";
  }
  if (!to.memberId || !to.tenantId || !to.serviceUrl) return "no-chat";
  const parameters = {
    isGroup: false,
    bot: to.bot,
    members: [{ id: to.memberId, name: to.name ?? "" }],
    tenantId: to.tenantId,
    channelData: { tenant: { id: to.tenantId } },
  } as ConversationParameters;
  try {
    await adapter.createConversationAsync(appId, "msteams", to.serviceUrl, BOT_FRAMEWORK_AUDIENCE, parameters, async (context) => {
      const reference = TurnContext.getConversationReference(context.activity);
      if (to.userId) await conversations.save({ ...reference, conversation: { ...reference.conversation!, conversationType: "personal" } }, to.userId);
      await context.sendActivity(message());
      delivered = true;
    });
  } catch (error) {
    // The connector's answer may echo the message: only its status goes on.
    throw new Error(`the Teams channel did not open a chat: ${describeError(error)}`, { cause: error });
  }
  return delivered ? "sent" : "not-delivered";
}
