// The Teams bot: checks drafts in a 1:1 chat and from the message extension, and keeps the team's
// norms. Activities become rule-module inputs at this edge; the same checkMessage runs as everywhere.
import { TeamsActivityHandler, TurnContext, type Activity, type MessagingExtensionAction, type MessagingExtensionActionResponse } from "botbuilder";
import { botWordsFor, findingWordsFor, uiWordsFor } from "../i18n/index.js";
import type { ScopeName } from "../i18n/shared.js";
import { chatScope, mayEditNorms, normsKey, teamScope, userScope, type NormsScope } from "../storage/norms-scope.js";
import { applyFix, checkMessage, type MessageDraftInput, type MessageReport, type Norms } from "../rules/index.js";
import type { TeamRoles } from "../graph/team-roles.js";
import type { ConversationStore } from "../storage/conversation-store.js";
import type { ReminderStore } from "../storage/reminder-store.js";
import type { WatchStore } from "../storage/watch-store.js";
import type { NormsStore, StoredNorms } from "../storage/norms-store.js";
import { parseCommand, stripMentions, type Command } from "./commands.js";
import { incomingText, payloadDraft } from "./incoming-text.js";
import { draftInputCard, draftResultCard, findingsCard, helpCard, insertCard, normsCard, settingsCard, settingsValuesOf, welcomeCard } from "./cards/cards.js";
import { labelErrors, normsFromForm, SettingsFormSchema, typedValues } from "./settings-form.js";
import { z } from "zod";

/** Cards over this many characters of improved text show only the line to add (Teams caps card size). */
const MAX_IMPROVED_TEXT = 4000;

export interface BotDependencies {
  norms: NormsStore;
  conversations: ConversationStore;
  /** Team ownership (Microsoft Graph). Without it, team norms can be changed only when `anyoneMayEditTeamNorms`. */
  roles?: TeamRoles;
  /** Local development without credentials: anyone may change team norms. */
  anyoneMayEditTeamNorms?: boolean;
  /** The pre-meeting pre-read check; absent when Microsoft Graph is not configured. */
  preRead?: { watches: WatchStore; reminders: ReminderStore };
  /** Where drafts are checked: the server's worker pool; on this thread when absent. */
  /** `locale`: the reader's Teams locale, for the findings' words. */
  checkDraft?: (draft: MessageDraftInput, norms: Norms, locale?: string) => Promise<MessageReport>;
}

/** "Remind me later": again in 4 hours, or an hour before the meeting if that is sooner (but not within 30 minutes). */
export function snoozeUntil(now: Date, start: Date | undefined): Date {
  const later = now.getTime() + 4 * 3_600_000;
  const beforeMeeting = start ? start.getTime() - 3_600_000 : later;
  return new Date(Math.max(now.getTime() + 30 * 60_000, Math.min(later, beforeMeeting)));
}

/** What a card button asks for: the same commands a person can type. */
const ButtonCommandSchema = z.object({ action: z.literal("command"), command: z.enum(["help", "norms", "settings", "watch", "unwatch"]) });

/** What the bot says, in the Teams language of the person it answers. */
const repliesFor = (context: TurnContext) => botWordsFor(context.activity.locale).replies;

/** The norms card for stored norms, saying who changed them last (in the reader's locale). */
const normsCardOf = (stored: StoredNorms, scope: ScopeName, locale?: string) =>
  normsCard(stored.norms, { scope, updatedBy: stored.updatedBy, updatedAt: stored.updatedAt, locale });

interface Scope {
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
      const button = ButtonCommandSchema.safeParse(value);
      if (button.success) await this.handleCommand(context, { kind: button.data.command }, "");
      else if (value && value.action === "saveNorms") await this.saveNorms(context, value);
      else if (value && (value.action === "preReadDismiss" || value.action === "preReadSnooze")) await this.answerReminder(context, value);
      else await this.handleText(context);
      await next();
    });

    this.onMembersAdded(async (context, next) => {
      const botAdded = (context.activity.membersAdded ?? []).some((m) => m.id === context.activity.recipient.id);
      if (botAdded) {
        await this.saveReference(context);
        await context.sendActivity({ attachments: [welcomeCard(context.activity.locale)] });
      }
      await next();
    });

    this.onInstallationUpdateAdd(async (context, next) => {
      await this.saveReference(context);
      await next();
    });
  }

  /** A draft's report, from the check pool when there is one; null when the pool is too busy. */
  private async check(draft: MessageDraftInput, activity: Partial<Activity>): Promise<MessageReport | null> {
    const norms = await this.normsFor(activity);
    const locale = activity.locale;
    if (!this.deps.checkDraft) return checkMessage(draft, norms, new Date(), findingWordsFor(locale));
    try {
      return await this.deps.checkDraft(draft, norms, locale);
    } catch {
      return null;
    }
  }

  private async saveReference(context: TurnContext): Promise<void> {
    const reference = TurnContext.getConversationReference(context.activity);
    await this.deps.conversations.save(reference, context.activity.from?.aadObjectId);
  }

  private async normsFor(activity: Partial<Activity>): Promise<Norms> {
    return (await this.deps.norms.get(scopeOf(activity).key)).norms;
  }

  private async handleText(context: TurnContext): Promise<void> {
    const text = incomingText(context.activity);
    await this.handleCommand(context, parseCommand(text), text);
  }

  /** `text` is what the person sent, for a draft that came as a card or HTML. */
  private async handleCommand(context: TurnContext, command: Command, text: string): Promise<void> {
    const scope = scopeOf(context.activity);
    const locale = context.activity.locale;
    switch (command.kind) {
      case "empty":
      case "help":
        await context.sendActivity({ attachments: [helpCard(Boolean(this.deps.preRead), context.activity.locale)] });
        return;
      case "norms": {
        const stored = await this.deps.norms.get(scope.key);
        await context.sendActivity({ attachments: [normsCardOf(stored, scope.name, locale)] });
        return;
      }
      case "settings": {
        const stored = await this.deps.norms.get(scope.key);
        if (!(await this.mayEdit(context))) {
          await context.sendActivity({ text: repliesFor(context).ownersOnly, attachments: [normsCardOf(stored, scope.name, locale)] });
          return;
        }
        await context.sendActivity({ attachments: [settingsCard(settingsValuesOf(stored.norms), scope.name, stored.eTag, [], locale)] });
        return;
      }
      case "watch":
      case "unwatch":
        await this.watch(context, command.kind === "watch");
        return;
      case "watchTeam":
      case "unwatchTeam":
        await this.watchTeam(context, command.kind === "watchTeam");
        return;
      case "check": {
        const draft = text === context.activity.text ? draftOf(context.activity, command.text) : { bodyText: command.text };
        const report = await this.check({ channel: "chat", ...draft }, context.activity);
        if (!report) await context.sendActivity(repliesFor(context).checkUnavailable);
        else await context.sendActivity({ attachments: [findingsCard(report, improvedText(command.text, report), "draft", context.activity.locale)] });
        return;
      }
    }
  }

  private async watch(context: TurnContext, on: boolean): Promise<void> {
    const preRead = this.deps.preRead;
    const say = repliesFor(context);
    if (!preRead) {
      await context.sendActivity(say.preReadOff);
      return;
    }
    const userId = context.activity.from?.aadObjectId;
    if (!userId) {
      await context.sendActivity(say.unknownUser);
      return;
    }
    if (!on) {
      await preRead.watches.unwatch(userId);
      await context.sendActivity(say.unwatched);
      return;
    }
    const personal = context.activity.conversation?.conversationType === "personal";
    if (personal) await this.saveReference(context);
    else if (!(await this.deps.conversations.forUser(userId))) {
      await context.sendActivity(say.watchInPersonalChat);
      return;
    }
    const added = await preRead.watches.watch(userId, context.activity.from?.name ?? "");
    const notice = (await this.deps.norms.get(normsKey(userScope(userId)))).norms.preReadNoticeHours;
    await context.sendActivity(say.watching({ added, personal, notice }));
  }

  /** A team owner turns the check on for every member (each can still say "stop watching"). */
  private async watchTeam(context: TurnContext, on: boolean): Promise<void> {
    const preRead = this.deps.preRead;
    const channelData = context.activity.channelData as { team?: { id?: string; name?: string; aadGroupId?: string }; tenant?: { id?: string } } | undefined;
    const team = channelData?.team;
    const say = repliesFor(context);
    if (!preRead) {
      await context.sendActivity(say.preReadOff);
      return;
    }
    if (!team?.id) {
      await context.sendActivity(say.teamInChannel);
      return;
    }
    if (!(await this.mayEdit(context))) {
      await context.sendActivity(say.teamOwnersOnly);
      return;
    }
    if (!on) {
      const removed = await preRead.watches.unwatchTeam(team.id);
      await context.sendActivity(removed ? say.teamUnwatched : say.teamWasNotWatched);
      return;
    }
    const tenantId = channelData?.tenant?.id ?? context.activity.conversation?.tenantId;
    if (!team.aadGroupId || !tenantId) {
      await context.sendActivity(say.teamUnknown);
      return;
    }
    const added = await preRead.watches.watchTeam(
      { threadId: team.id, groupId: team.aadGroupId, tenantId, serviceUrl: context.activity.serviceUrl, name: team.name ?? "" },
      context.activity.from?.name ?? "a team owner",
    );
    await context.sendActivity(say.teamWatching({ added, team: team.name ?? null }));
  }

  private async answerReminder(context: TurnContext, value: Record<string, unknown>): Promise<void> {
    const preRead = this.deps.preRead;
    const userId = context.activity.from?.aadObjectId;
    const eventId = typeof value.eventId === "string" ? value.eventId : undefined;
    // A person answers only for meetings in their own mailbox.
    const record = preRead && userId && eventId ? await preRead.reminders.get(userId, eventId) : undefined;
    const say = repliesFor(context);
    if (!preRead || !userId || !eventId || !record) {
      await context.sendActivity(say.reminderGone);
      return;
    }
    const now = new Date();
    if (value.action === "preReadDismiss") {
      await preRead.reminders.dismiss(userId, eventId, now);
      await context.sendActivity(say.dismissed);
      return;
    }
    const start = typeof value.start === "string" && !Number.isNaN(Date.parse(value.start)) ? new Date(value.start) : undefined;
    const until = snoozeUntil(now, start);
    await preRead.reminders.snooze(userId, eventId, until, now);
    const timeZone = (await this.deps.norms.get(normsKey(userScope(userId)))).norms.timeZone;
    const at = new Intl.DateTimeFormat(uiWordsFor(context.activity.locale).locale, {
      weekday: "long",
      hour: "2-digit",
      minute: "2-digit",
      timeZone,
      timeZoneName: "short",
    }).format(until);
    await context.sendActivity(say.snoozed({ at }));
  }

  /** Personal and chat norms: anyone there. Team norms: team owners (checked with Graph). */
  private async mayEdit(context: TurnContext): Promise<boolean> {
    const { scope } = scopeOf(context.activity);
    const team = (context.activity.channelData as { team?: { aadGroupId?: string } } | undefined)?.team;
    // Only team owners are asked of Graph: whoever writes in a chat is in it, and a person's own scope is theirs.
    const userId = scope.kind === "team" ? context.activity.from?.aadObjectId : scope.kind === "user" ? scope.id : context.activity.from?.id;
    return mayEditNorms(scope, userId, {
      roles: this.deps.roles,
      groupId: team?.aadGroupId,
      chatMember: true,
      unchecked: this.deps.anyoneMayEditTeamNorms ?? false,
    });
  }

  private async saveNorms(context: TurnContext, value: Record<string, unknown>): Promise<void> {
    const scope = scopeOf(context.activity);
    const locale = context.activity.locale;
    const form = SettingsFormSchema.safeParse(value);
    const current = await this.deps.norms.get(scope.key);
    const say = repliesFor(context);
    if (!(await this.mayEdit(context))) {
      await context.sendActivity({ text: say.notSavedOwnersOnly, attachments: [normsCardOf(current, scope.name, locale)] });
      return;
    }
    if (!form.success) {
      await context.sendActivity({ attachments: [settingsCard(settingsValuesOf(current.norms), scope.name, current.eTag, [say.formIncomplete], locale)] });
      return;
    }
    const by = context.activity.from?.name ?? "someone";
    const result = await this.deps.norms.set(scope.key, normsFromForm(form.data, current.norms), by, form.data.eTag || undefined);
    if (result.ok) {
      await context.sendActivity({
        text: say.saved,
        attachments: [normsCardOf(result.stored, scope.name, locale)],
      });
    } else if (result.reason === "invalid") {
      // Show what they typed beside the errors, and keep the eTag they started from.
      const typed = typedValues(form.data, settingsValuesOf(current.norms));
      await context.sendActivity({
        attachments: [settingsCard(typed, scope.name, form.data.eTag || current.eTag, labelErrors(result.errors, botWordsFor(locale)), locale)],
      });
    } else {
      const fresh = await this.deps.norms.get(scope.key);
      await context.sendActivity({
        text: say.staleForm({ by: fresh.updatedBy ?? null }),
        attachments: [settingsCard(settingsValuesOf(fresh.norms), scope.name, fresh.eTag, [], locale)],
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
      const report = await this.check({ channel: "chat", ...payloadDraft(action.messagePayload) }, context.activity);
      if (!report) return { task: { type: "message", value: repliesFor(context).checkUnavailable } };
      return taskCard("Check this message", findingsCard(report, "", "sent", context.activity.locale).content as Record<string, unknown>);
    }
    return taskCard("Check my draft", draftInputCard("", context.activity.locale));
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
    if (draft.trim() === "") return taskCard("Check my draft", draftInputCard("", context.activity.locale));
    const report = await this.check({ channel: "chat", bodyText: draft }, context.activity);
    if (!report) return { task: { type: "message", value: repliesFor(context).checkUnavailable } };
    return taskCard("Check my draft", draftResultCard(report, draft, improvedText(draft, report), context.activity.locale));
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
