// Adaptive Card templates (schema 1.5, what Teams renders), expanded with adaptivecards-templating.
// Data is bound with ${...}; each template has a typed builder in cards.ts.

const SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json";

export const findingsTemplate = {
  type: "AdaptiveCard",
  $schema: SCHEMA,
  version: "1.5",
  body: [
    { type: "TextBlock", text: "${title}", weight: "Bolder", size: "Medium", wrap: true },
    { type: "TextBlock", text: "${summary}", wrap: true, isSubtle: true, spacing: "Small" },
    {
      type: "Container",
      $data: "${findings}",
      spacing: "Medium",
      items: [
        {
          type: "ColumnSet",
          columns: [
            { type: "Column", width: "auto", items: [{ type: "TextBlock", text: "${label}", color: "${color}", weight: "Bolder" }] },
            {
              type: "Column",
              width: "stretch",
              items: [
                { type: "TextBlock", text: "${title}", weight: "Bolder", wrap: true },
                { type: "TextBlock", text: "${message}", wrap: true, spacing: "None" },
              ],
            },
          ],
        },
      ],
    },
    {
      type: "Container",
      $when: "${improvedText != ''}",
      separator: true,
      spacing: "Medium",
      items: [
        { type: "TextBlock", text: "${improvedLabel}", weight: "Bolder", wrap: true },
        { type: "TextBlock", text: "${improvedText}", wrap: true, fontType: "Monospace" },
      ],
    },
  ],
};

export const welcomeTemplate = {
  type: "AdaptiveCard",
  $schema: SCHEMA,
  version: "1.5",
  body: [
    { type: "TextBlock", text: "Hi, I'm Async Coach", weight: "Bolder", size: "Large", wrap: true },
    {
      type: "TextBlock",
      wrap: true,
      text: "Paste or forward a draft and I'll tell you what to add before you send it: how urgent it is or by when you need an answer, and for invites, a pre-read.",
    },
    {
      type: "FactSet",
      facts: [
        { title: "I do", value: "check the drafts you send me, follow your team's norms, and keep those norms." },
        { title: "I never", value: "read your other chats or channels, or store the text of any message." },
      ],
    },
    { type: "TextBlock", text: "Type **help** to see what I can do.", wrap: true, isSubtle: true },
  ],
  actions: [
    { type: "Action.Submit", title: "Show our norms", data: { action: "command", command: "norms" } },
    { type: "Action.Submit", title: "Help", data: { action: "command", command: "help" } },
  ],
};

export const helpTemplate = {
  type: "AdaptiveCard",
  $schema: SCHEMA,
  version: "1.5",
  body: [
    { type: "TextBlock", text: "What I can do", weight: "Bolder", size: "Medium" },
    {
      type: "FactSet",
      facts: [
        { title: "check", value: "Type check and then your draft, or just paste the draft: I tell you what to add before you send it." },
        { title: "norms", value: "Show the norms your checks follow." },
        { title: "settings", value: "Change the norms." },
        { title: "watch my meetings", value: "${watchHelp}" },
        { title: "stop watching", value: "No more pre-read reminders for you." },
        { title: "help", value: "Show this list." },
      ],
    },
    {
      type: "TextBlock",
      wrap: true,
      isSubtle: true,
      text: "In any chat, use **Check my draft** from the message box, or **Check this message** from a message's ... menu.",
    },
  ],
  actions: [
    { type: "Action.Submit", title: "Show our norms", data: { action: "command", command: "norms" } },
    { type: "Action.Submit", title: "Change norms", data: { action: "command", command: "settings" } },
  ],
};

export const normsTemplate = {
  type: "AdaptiveCard",
  $schema: SCHEMA,
  version: "1.5",
  body: [
    { type: "TextBlock", text: "${title}", weight: "Bolder", size: "Medium", wrap: true },
    { type: "TextBlock", $data: "${lines}", text: "• ${$data}", wrap: true, spacing: "Small" },
    { type: "TextBlock", $when: "${changed != ''}", text: "${changed}", wrap: true, isSubtle: true, size: "Small" },
  ],
  actions: [{ type: "Action.Submit", title: "Change norms", data: { action: "command", command: "settings" } }],
};

export const settingsTemplate = {
  type: "AdaptiveCard",
  $schema: SCHEMA,
  version: "1.5",
  body: [
    { type: "TextBlock", text: "${title}", weight: "Bolder", size: "Medium", wrap: true },
    {
      type: "Container",
      $when: "${count(errors) > 0}",
      style: "attention",
      items: [
        { type: "TextBlock", text: "Not saved. Please fix:", weight: "Bolder", wrap: true },
        { type: "TextBlock", $data: "${errors}", text: "• ${$data}", wrap: true, spacing: "Small" },
      ],
    },
    { type: "Input.Text", id: "timeZone", label: "Time zone (IANA, e.g. Europe/Berlin)", value: "${timeZone}", isRequired: true, errorMessage: "A time zone is required" },
    {
      type: "Input.ChoiceSet",
      id: "workingDays",
      label: "Working days",
      isMultiSelect: true,
      value: "${workingDays}",
      choices: [
        { title: "Mon", value: "mon" }, { title: "Tue", value: "tue" }, { title: "Wed", value: "wed" },
        { title: "Thu", value: "thu" }, { title: "Fri", value: "fri" }, { title: "Sat", value: "sat" }, { title: "Sun", value: "sun" },
      ],
    },
    {
      type: "ColumnSet",
      columns: [
        { type: "Column", items: [{ type: "Input.Time", id: "workStart", label: "Working hours from", value: "${workStart}" }] },
        { type: "Column", items: [{ type: "Input.Time", id: "workEnd", label: "to", value: "${workEnd}" }] },
      ],
    },
    {
      type: "ColumnSet",
      columns: [
        { type: "Column", items: [{ type: "Input.Time", id: "focusStart", label: "Focus time from (empty: none)", value: "${focusStart}" }] },
        { type: "Column", items: [{ type: "Input.Time", id: "focusEnd", label: "to", value: "${focusEnd}" }] },
      ],
    },
    { type: "Input.Number", id: "preReadNoticeHours", label: "Pre-read notice (hours)", min: 0, max: 336, value: "${preReadNoticeHours}" },
    { type: "Input.Number", id: "replyChat", label: "Chat: reply within (business days, 0 = same day)", min: 0, max: 30, value: "${replyChat}" },
    { type: "Input.Number", id: "replyEmail", label: "E-mail: reply within (business days)", min: 0, max: 30, value: "${replyEmail}" },
  ],
  actions: [{ type: "Action.Submit", title: "Save norms", data: { action: "saveNorms", eTag: "${eTag}" } }],
};

export const draftInputTemplate = {
  type: "AdaptiveCard",
  $schema: SCHEMA,
  version: "1.5",
  body: [
    { type: "TextBlock", text: "${heading}", weight: "Bolder", wrap: true },
    { type: "Input.Text", id: "draft", isMultiline: true, label: "${label}", value: "${draft}", maxLength: 20000 },
  ],
  actions: [{ type: "Action.Submit", title: "${check}", data: { action: "check" } }],
};

export const insertTemplate = {
  type: "AdaptiveCard",
  $schema: SCHEMA,
  version: "1.5",
  body: [{ type: "TextBlock", text: "${text}", wrap: true }],
};

/** The pre-meeting reminder: which meeting, when, what is missing, what it costs, and what to do. */
export const preReadReminderTemplate = {
  type: "AdaptiveCard",
  $schema: SCHEMA,
  version: "1.5",
  body: [
    { type: "TextBlock", text: "${title}", weight: "Bolder", size: "Medium", wrap: true },
    {
      type: "FactSet",
      facts: [
        { title: "Meeting", value: "${subject}" },
        { title: "When", value: "${when}" },
        { title: "At stake", value: "${cost}" },
      ],
    },
    { type: "TextBlock", text: "What to add before people join:", weight: "Bolder", wrap: true, spacing: "Medium" },
    {
      type: "Container",
      $data: "${findings}",
      items: [
        {
          type: "ColumnSet",
          columns: [
            { type: "Column", width: "auto", items: [{ type: "TextBlock", text: "${label}", color: "${color}", weight: "Bolder" }] },
            { type: "Column", width: "stretch", items: [{ type: "TextBlock", text: "${message}", wrap: true }] },
          ],
        },
      ],
    },
  ],
  actions: [
    { type: "Action.OpenUrl", $when: "${webLink != ''}", title: "Open in Outlook", url: "${webLink}" },
    { type: "Action.Submit", title: "Not needed for this meeting", data: { action: "preReadDismiss", eventId: "${eventId}" } },
    { type: "Action.Submit", title: "Remind me later", data: { action: "preReadSnooze", eventId: "${eventId}", start: "${start}" } },
  ],
};
