// The norms commands: show them, open the settings form, save it (owners only for a team).
import type { Attachment, TurnContext } from "botbuilder";
import { botWordsFor } from "../../i18n/bot.js";
import { settingsCard, settingsValuesOf } from "../cards/cards.js";
import { labelErrors, normsFromForm, SettingsFormSchema, typedValues, zoneSuggestion } from "../settings-form.js";
import { mayEdit, normsCardOf, normsFor, repliesFor, scopeOf, type BotDependencies } from "../turn.js";

export async function showNorms(deps: BotDependencies, context: TurnContext): Promise<void> {
  const scope = scopeOf(context.activity);
  const stored = await deps.norms.inForce(scope.key);
  // The norms checks use: until someone saves some, the defaults in the writer's own time zone.
  const card = normsCardOf({ ...stored, norms: await normsFor(deps, context.activity) }, scope.name, context.activity.locale);
  await context.sendActivity({
    ...(stored.follows ? { text: repliesFor(context).youFollow({ team: stored.follows.name }) } : {}),
    attachments: [card],
  });
}

/** The settings form for those who may change the norms; the norms and why not for the others. */
export async function showSettings(deps: BotDependencies, context: TurnContext): Promise<void> {
  const scope = scopeOf(context.activity);
  const locale = context.activity.locale;
  const stored = await deps.norms.get(scope.key);
  if (!(await mayEdit(deps, context))) {
    await context.sendActivity({ text: repliesFor(context).ownersOnly, attachments: [normsCardOf(stored, scope.name, locale)] });
    return;
  }
  await context.sendActivity({ attachments: [settingsCard(settingsValuesOf(stored.norms), scope.name, stored.eTag, [], locale)] });
}

/**
 * Puts `card` where the submitted form was, as Teams updates a card in place, so that no old form
 * stays live to be saved again; false where the form's message is unknown or cannot be updated.
 */
async function replaceForm(context: TurnContext, card: Attachment): Promise<boolean> {
  const id = context.activity.replyToId;
  if (!id) return false;
  try {
    await context.updateActivity({ id, type: "message", attachments: [card] });
    return true;
  } catch {
    return false;
  }
}

/** A reply that takes the form's place where it can, with `text` as a message of its own; else both as a new message. */
async function answerForm(context: TurnContext, card: Attachment, text?: string): Promise<void> {
  if (await replaceForm(context, card)) {
    if (text) await context.sendActivity(text);
    return;
  }
  await context.sendActivity({ ...(text ? { text } : {}), attachments: [card] });
}

/** The settings form sent back: saved, or shown again with what was typed and what is wrong. */
export async function saveNorms(deps: BotDependencies, context: TurnContext, value: Record<string, unknown>): Promise<void> {
  const scope = scopeOf(context.activity);
  const locale = context.activity.locale;
  const form = SettingsFormSchema.safeParse(value);
  const current = await deps.norms.get(scope.key);
  const say = repliesFor(context);
  if (!(await mayEdit(deps, context))) {
    await context.sendActivity({ text: say.notSavedOwnersOnly, attachments: [normsCardOf(current, scope.name, locale)] });
    return;
  }
  if (!form.success) {
    await context.sendActivity({ attachments: [settingsCard(settingsValuesOf(current.norms), scope.name, current.eTag, [say.formIncomplete], locale)] });
    return;
  }
  const by = context.activity.from?.name ?? "someone";
  const result = await deps.norms.set(scope.key, normsFromForm(form.data, current.norms), by, form.data.eTag || undefined);
  if (result.ok) {
    // Saving one's own norms is choosing them over a team's followed until now.
    if (scope.scope.kind === "user") await deps.norms.follow(scope.key, null);
    await answerForm(context, normsCardOf(result.stored, scope.name, locale), say.saved({ scope: scope.name.kind }));
  } else if (result.reason === "invalid") {
    // Show what they typed beside the errors, and keep the eTag they started from.
    const typed = typedValues(form.data, settingsValuesOf(current.norms));
    const words = botWordsFor(locale);
    const errors = labelErrors(result.errors, words);
    // A zone it could not place: the closest ones, by city or country ("Berlinn": Europe/Berlin).
    const suggestion = result.errors.some((e) => e.startsWith("timeZone")) ? zoneSuggestion(form.data.timeZone ?? "", words, locale) : null;
    await answerForm(context, settingsCard(typed, scope.name, form.data.eTag || current.eTag, suggestion ? [...errors, suggestion] : errors, locale));
  } else {
    const fresh = await deps.norms.get(scope.key);
    await answerForm(
      context,
      settingsCard(settingsValuesOf(fresh.norms), scope.name, fresh.eTag, [], locale),
      say.staleForm({ by: fresh.updatedBy ?? null, you: fresh.updatedBy !== undefined && fresh.updatedBy === by }),
    );
  }
}
