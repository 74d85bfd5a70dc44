// What every command of the bot shares: its dependencies, whose norms a conversation has, who may
// change them, the replies in the reader's language, and checking a draft.
import { TurnContext, type Activity } from "botbuilder";
import { botWordsFor } from "../i18n/bot.js";
import { findingWordsFor } from "../i18n/findings.js";
import type { ScopeName } from "../i18n/shared.js";
import type { TeamRoles } from "../graph/team-roles.js";
import { checkMessage, isTimeZone, resolveNorms, type MessageDraftInput, type MessageReport, type Norms } from "../rules/index.js";
import type { ConversationStore } from "../storage/conversation-store.js";
import { chatScope, mayEditNorms, normsKey, teamScope, userScope, type NormsScope } from "../storage/norms-scope.js";
import type { NormsStore, StoredNorms } from "../storage/norms-store.js";
import type { ReminderStore } from "../storage/reminder-store.js";
import type { WatchStore } from "../storage/watch-store.js";
import { normsCard } from "./cards/cards.js";

export interface BotDependencies {
  norms: NormsStore;
  conversations: ConversationStore;
  /** Team ownership (Microsoft Graph). Without it, team norms can be changed only when `anyoneMayEditTeamNorms`. */
  roles?: TeamRoles;
  /** Local development without credentials: anyone may change team norms. */
  anyoneMayEditTeamNorms?: boolean;
  /** The pre-meeting pre-read check; absent when Microsoft Graph is not configured. */
  preRead?: { watches: WatchStore; reminders: ReminderStore };
  /** The bot's Entra app id, for messages it starts (a private note); "" without credentials. */
  botAppId?: string;
  /** Where drafts are checked: the server's worker pool; on this thread when absent. */
  /** `locale`: the reader's Teams locale, for the findings' words. */
  checkDraft?: (draft: MessageDraftInput, norms: Norms, locale?: string) => Promise<MessageReport>;
}

/** What the bot says, in the Teams language of the person it answers. */
export const repliesFor = (context: TurnContext) => botWordsFor(context.activity.locale).replies;

/** The norms card for stored norms, saying who changed them last (in the reader's locale). */
export const normsCardOf = (stored: StoredNorms, scope: ScopeName, locale?: string) =>
  normsCard(stored.norms, { scope, updatedBy: stored.updatedBy, updatedAt: stored.updatedAt, locale });

export interface Scope {
  scope: NormsScope;
  key: string;
  /** Whose norms, for the cards' titles in the reader's language. */
  name: ScopeName;
}

/** Norms belong to a team, to a group chat, or to one person in personal scope. */
export function scopeOf(activity: Partial<Activity>): Scope {
  const team = (activity.channelData as { team?: { id?: string; name?: string } } | undefined)?.team;
  const scope = team?.id
    ? teamScope(team.id)
    : activity.conversation?.conversationType === "groupChat"
      ? chatScope(activity.conversation.id)
      : userScope(activity.from?.aadObjectId ?? activity.from?.id ?? "unknown");
  const name: ScopeName = scope.kind === "team" ? { kind: "team", team: team?.name ?? null } : scope.kind === "chat" ? { kind: "chat" } : { kind: "personal" };
  return { scope, key: normsKey(scope), name };
}

/** Personal and chat norms: anyone there. Team norms: team owners (checked with Graph). */
export async function mayEdit(deps: BotDependencies, context: TurnContext): Promise<boolean> {
  const { scope } = scopeOf(context.activity);
  const team = (context.activity.channelData as { team?: { aadGroupId?: string } } | undefined)?.team;
  // Only team owners are asked of Graph: whoever writes in a chat is in it, and a person's own scope is theirs.
  const userId = scope.kind === "team" ? context.activity.from?.aadObjectId : scope.kind === "user" ? scope.id : context.activity.from?.id;
  return mayEditNorms(scope, userId, {
    roles: deps.roles,
    groupId: team?.aadGroupId,
    chatMember: true,
    unchecked: deps.anyoneMayEditTeamNorms ?? false,
  });
}

/** The conversation kept for proactive messages (pre-read reminders). */
export async function saveReference(deps: BotDependencies, context: TurnContext): Promise<void> {
  const reference = TurnContext.getConversationReference(context.activity);
  await deps.conversations.save(reference, context.activity.from?.aadObjectId);
}

export async function normsFor(deps: BotDependencies, activity: Partial<Activity>): Promise<Norms> {
  // In the 1:1 chat, a person who follows a team's norms is checked by them.
  const stored = await deps.norms.inForce(scopeOf(activity).key);
  // Until someone sets norms here, "today" is the writer's: the zone their Teams client reports.
  const zone = stored.updatedAt ? null : clientTimeZone(activity);
  return zone && zone !== stored.norms.timeZone ? inClientZone(stored.norms, zone) : stored.norms;
}

/** The IANA zone of the Teams client that sent the activity (its clientInfo entity, or localTimezone). */
export function clientTimeZone(activity: Partial<Activity>): string | null {
  const info = activity.entities?.find((e) => e.type === "clientInfo") as { timezone?: unknown } | undefined;
  const zone = typeof info?.timezone === "string" ? info.timezone : activity.localTimezone;
  return typeof zone === "string" && isTimeZone(zone) ? zone : null;
}

/** Default norms in a client's zone, one object per zone: the date parser is built once per norms object. */
const inZone = new WeakMap<Norms, Map<string, Norms>>();
function inClientZone(norms: Norms, zone: string): Norms {
  let byZone = inZone.get(norms);
  if (!byZone) inZone.set(norms, (byZone = new Map<string, Norms>()));
  let zoned = byZone.get(zone);
  if (!zoned) byZone.set(zone, (zoned = resolveNorms({ ...norms, timeZone: zone })));
  return zoned;
}

/** A draft's report, from the check pool when there is one; null when the pool is too busy. */
export async function checkDraft(deps: BotDependencies, draft: MessageDraftInput, activity: Partial<Activity>): Promise<MessageReport | null> {
  const norms = await normsFor(deps, activity);
  const locale = activity.locale;
  if (!deps.checkDraft) return checkMessage(draft, norms, new Date(), findingWordsFor(locale));
  try {
    return await deps.checkDraft(draft, norms, locale);
  } catch {
    return null;
  }
}
