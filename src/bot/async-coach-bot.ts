// The Teams bot: checks drafts in a 1:1 chat and from the message extension, and keeps the team's
// norms. Activities become rule-module inputs at this edge; the same checkMessage runs as everywhere.
import {
  TeamsActivityHandler,
  TurnContext,
  type Activity,
  type MessagingExtensionAction,
  type MessagingExtensionActionResponse,
} from "botbuilder";
import { findingWordsFor } from "../i18n/index.js";
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

const CHECK_UNAVAILABLE = "I could not check that draft just now: I am busy with others. Send it again in a moment.";

/** "Remind me later": again in 4 hours, or an hour before the meeting if that is sooner (but not within 30 minutes). */
export function snoozeUntil(now: Date, start: Date | undefined): Date {
  const later = now.getTime() + 4 * 3_600_000;
  const beforeMeeting = start ? start.getTime() - 3_600_000 : later;
  return new Date(Math.max(now.getTime() + 30 * 60_000, Math.min(later, beforeMeeting)));
}

const PRE_READ_OFF =
  "Pre-read reminders are not switched on for your organisation yet. Your Teams admin can switch them on " +
  "by giving Async Coach read access to calendars (the steps are under \"Pre-meeting pre-read check\" in the Async Coach README).";

/** What a card button asks for: the same commands a person can type. */
const ButtonCommandSchema = z.object({ action: z.literal("command"), command: z.enum(["help", "norms", "settings", "watch", "unwatch"]) });

const OWNERS_ONLY = "Only team owners can change this team's norms. Here they are; talk to an owner if one does not fit how you work.";

/** The norms card for stored norms, saying who changed them last (in the reader's locale). */
const normsCardOf = (stored: StoredNorms, scopeLabel: string, locale?: string) =>
  normsCard(stored.norms, { scopeLabel, updatedBy: stored.updatedBy, updatedAt: stored.updatedAt, locale });

interface Scope {
  key: string;
  label: string;
}

/** Norms belong to a team, to a group chat, or to one person in personal scope. */
export function scopeOf(activity: Partial<Activity>): Scope {
  const team = (activity.channelData as { team?: { id?: string; name?: string } } | undefined)?.team;
  if (team?.id) return { key: `team:${team.id}`, label: team.name ? `the ${team.name} team` : "this team" };
  if (activity.conversation?.conversationType === "groupChat") return { key: `chat:${activity.conversation.id}`, label: "this chat" };
  return { key: `user:${activity.from?.aadObjectId ?? activity.from?.id ?? "unknown"}`, label: "you" };
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
        await context.sendActivity({ attachments: [welcomeCard()] });
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
        await context.sendActivity({ attachments: [helpCard(Boolean(this.deps.preRead))] });
        return;
      case "norms": {
        const stored = await this.deps.norms.get(scope.key);
        await context.sendActivity({ attachments: [normsCardOf(stored, scope.label, locale)] });
        return;
      }
      case "settings": {
        const stored = await this.deps.norms.get(scope.key);
        if (!(await this.mayEdit(context))) {
          await context.sendActivity({ text: OWNERS_ONLY, attachments: [normsCardOf(stored, scope.label, locale)] });
          return;
        }
        await context.sendActivity({ attachments: [settingsCard(settingsValuesOf(stored.norms), scope.label, stored.eTag)] });
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
        if (!report) await context.sendActivity(CHECK_UNAVAILABLE);
        else await context.sendActivity({ attachments: [findingsCard(report, improvedText(command.text, report), "draft", context.activity.locale)] });
        return;
      }
    }
  }

  private async watch(context: TurnContext, on: boolean): Promise<void> {
    const preRead = this.deps.preRead;
    if (!preRead) {
      await context.sendActivity(PRE_READ_OFF);
      return;
    }
    const userId = context.activity.from?.aadObjectId;
    if (!userId) {
      await context.sendActivity("I could not tell who you are in Microsoft Entra ID, so I cannot read your calendar.");
      return;
    }
    if (!on) {
      await preRead.watches.unwatch(userId);
      await context.sendActivity("Done: no more pre-read reminders for you, also not through a team's setting. Say \"watch my meetings\" to turn them back on.");
      return;
    }
    const personal = context.activity.conversation?.conversationType === "personal";
    if (personal) await this.saveReference(context);
    else if (!(await this.deps.conversations.forUser(userId))) {
      await context.sendActivity("Reminders come in a 1:1 chat with me. Open a chat with Async Coach and say \"watch my meetings\" there.");
      return;
    }
    const added = await preRead.watches.watch(userId, context.activity.from?.name ?? "");
    const notice = (await this.deps.norms.get(`user:${userId}`)).norms.preReadNoticeHours;
    await context.sendActivity(
      `${added ? "Done" : "Already on"}: before each meeting you organise, I will message you${personal ? "" : " in our 1:1 chat"} if the invite has no pre-read or falls short of your norms, ` +
        `at least ${notice} hours ahead (at once for meetings booked later). I read invites only to judge them and keep none of their text. Say "stop watching" to turn it off.`,
    );
  }

  /** A team owner turns the check on for every member (each can still say "stop watching"). */
  private async watchTeam(context: TurnContext, on: boolean): Promise<void> {
    const preRead = this.deps.preRead;
    const channelData = context.activity.channelData as { team?: { id?: string; name?: string; aadGroupId?: string }; tenant?: { id?: string } } | undefined;
    const team = channelData?.team;
    if (!preRead) {
      await context.sendActivity(PRE_READ_OFF);
      return;
    }
    if (!team?.id) {
      await context.sendActivity('Say this in a channel of the team. For your own meetings, say "watch my meetings".');
      return;
    }
    if (!(await this.mayEdit(context))) {
      await context.sendActivity("Only team owners can turn the pre-read check on or off for the whole team. You can still say \"watch my meetings\" for your own.");
      return;
    }
    if (!on) {
      const removed = await preRead.watches.unwatchTeam(team.id);
      await context.sendActivity(removed ? "Done: the team-wide pre-read check is off. People who said \"watch my meetings\" keep theirs." : "The team-wide pre-read check was not on.");
      return;
    }
    const tenantId = channelData?.tenant?.id ?? context.activity.conversation?.tenantId;
    if (!team.aadGroupId || !tenantId) {
      await context.sendActivity("Teams did not tell me this team's group or tenant, so I cannot read its members. Try again from a channel message.");
      return;
    }
    const added = await preRead.watches.watchTeam(
      { threadId: team.id, groupId: team.aadGroupId, tenantId, serviceUrl: context.activity.serviceUrl, name: team.name ?? "" },
      context.activity.from?.name ?? "a team owner",
    );
    await context.sendActivity(
      `${added ? "Done" : "Already on"}: before each meeting a member of ${team.name ?? "this team"} organises, I will message them in a 1:1 chat if the invite has no pre-read, ` +
        `early enough to add one. I read invites only to judge them and keep none of their text. Anyone can say "stop watching" to opt out; an owner can say "stop watching team meetings".`,
    );
  }

  private async answerReminder(context: TurnContext, value: Record<string, unknown>): Promise<void> {
    const preRead = this.deps.preRead;
    const userId = context.activity.from?.aadObjectId;
    const eventId = typeof value.eventId === "string" ? value.eventId : undefined;
    // A person answers only for meetings in their own mailbox.
    const record = preRead && userId && eventId ? await preRead.reminders.get(userId, eventId) : undefined;
    if (!preRead || !userId || !eventId || !record) {
      await context.sendActivity("I could not find that reminder any more; nothing changed.");
      return;
    }
    const now = new Date();
    if (value.action === "preReadDismiss") {
      await preRead.reminders.dismiss(userId, eventId, now);
      await context.sendActivity("OK: no more reminders about this meeting.");
      return;
    }
    const start = typeof value.start === "string" && !Number.isNaN(Date.parse(value.start)) ? new Date(value.start) : undefined;
    const until = snoozeUntil(now, start);
    await preRead.reminders.snooze(userId, eventId, until, now);
    const timeZone = (await this.deps.norms.get(`user:${userId}`)).norms.timeZone;
    const at = new Intl.DateTimeFormat("en-GB", { weekday: "long", hour: "2-digit", minute: "2-digit", timeZone, timeZoneName: "short" }).format(until);
    await context.sendActivity(`OK: I will look at this meeting again after ${at}, and remind you if it still needs a pre-read.`);
  }

  /** Personal and chat norms: anyone there. Team norms: team owners (checked with Graph). */
  private async mayEdit(context: TurnContext): Promise<boolean> {
    const team = (context.activity.channelData as { team?: { id?: string; aadGroupId?: string } } | undefined)?.team;
    if (!team?.id) return true;
    if (this.deps.roles) {
      const userId = context.activity.from?.aadObjectId;
      return userId ? this.deps.roles.isOwner({ threadId: team.id, groupId: team.aadGroupId }, userId) : false;
    }
    return this.deps.anyoneMayEditTeamNorms ?? false;
  }

  private async saveNorms(context: TurnContext, value: Record<string, unknown>): Promise<void> {
    const scope = scopeOf(context.activity);
    const locale = context.activity.locale;
    const form = SettingsFormSchema.safeParse(value);
    const current = await this.deps.norms.get(scope.key);
    if (!(await this.mayEdit(context))) {
      await context.sendActivity({ text: `Not saved. ${OWNERS_ONLY}`, attachments: [normsCardOf(current, scope.label, locale)] });
      return;
    }
    if (!form.success) {
      await context.sendActivity({ attachments: [settingsCard(settingsValuesOf(current.norms), scope.label, current.eTag, ["The form was incomplete; please try again."])] });
      return;
    }
    const by = context.activity.from?.name ?? "someone";
    const result = await this.deps.norms.set(scope.key, normsFromForm(form.data, current.norms), by, form.data.eTag || undefined);
    if (result.ok) {
      await context.sendActivity({
        text: "Saved. Every check now follows these norms.",
        attachments: [normsCardOf(result.stored, scope.label, locale)],
      });
    } else if (result.reason === "invalid") {
      // Show what they typed beside the errors, and keep the eTag they started from.
      const typed = typedValues(form.data, settingsValuesOf(current.norms));
      await context.sendActivity({ attachments: [settingsCard(typed, scope.label, form.data.eTag || current.eTag, labelErrors(result.errors))] });
    } else {
      const fresh = await this.deps.norms.get(scope.key);
      await context.sendActivity({
        text: `Not saved: ${fresh.updatedBy ?? "someone"} changed the norms after you opened the form. Here they are now; make your change again.`,
        attachments: [settingsCard(settingsValuesOf(fresh.norms), scope.label, fresh.eTag)],
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
      if (!report) return { task: { type: "message", value: CHECK_UNAVAILABLE } };
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
    if (!report) return { task: { type: "message", value: CHECK_UNAVAILABLE } };
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
