// Conversation references saved at install, so later features (the pre-meeting check) can message
// people proactively. Only addresses are kept: no message text.
import type { ConversationReference, Storage } from "botbuilder";

export interface SavedConversation {
  reference: Partial<ConversationReference>;
  savedAt: string;
}

export class ConversationStore {
  constructor(private readonly storage: Storage) {}

  /** Saves the reference under the conversation and, in personal scope, under the user too. */
  async save(reference: Partial<ConversationReference>, userAadId?: string): Promise<void> {
    const item = { reference, savedAt: new Date().toISOString(), eTag: "*" };
    const changes: Record<string, SavedConversation & { eTag: string }> = {};
    if (reference.conversation?.id) changes[`conversation/${reference.conversation.id}`] = item;
    if (userAadId && reference.conversation?.conversationType === "personal") changes[`user-conversation/${userAadId}`] = item;
    if (Object.keys(changes).length > 0) await this.storage.write(changes);
  }

  async forUser(userAadId: string): Promise<SavedConversation | undefined> {
    const key = `user-conversation/${userAadId}`;
    return (await this.storage.read([key]))[key] as SavedConversation | undefined;
  }
}
