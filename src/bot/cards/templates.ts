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
        // The writer's own lines, as written: a TextRun is never read as Markdown ("<staging>", "*", "#").
        { type: "RichTextBlock", $data: "${improvedLines}", spacing: "${spacing}", inlines: [{ type: "TextRun", text: "${text}" }] },
      ],
    },
  ],
};

export const welcomeTemplate = {
  type: "AdaptiveCard",
  $schema: SCHEMA,
  version: "1.5",
  body: [
    { type: "TextBlock", text: "${w.title}", weight: "Bolder", size: "Large", wrap: true },
    {
      type: "TextBlock",
      wrap: true,
      text: "${w.intro}",
    },
    {
      type: "FactSet",
      facts: [
        { title: "${w.iDo}", value: "${w.iDoWhat}" },
        { title: "${w.iNever}", value: "${w.iNeverWhat}" },
      ],
    },
    { type: "TextBlock", text: "${w.typeHelp}", wrap: true, isSubtle: true },
  ],
  actions: [
    { type: "Action.Submit", title: "${w.showNorms}", data: { action: "command", command: "norms" } },
    { type: "Action.Submit", title: "${w.help}", data: { action: "command", command: "help" } },
  ],
};

export const helpTemplate = {
  type: "AdaptiveCard",
  $schema: SCHEMA,
  version: "1.5",
  body: [
    { type: "TextBlock", text: "${w.title}", weight: "Bolder", size: "Medium" },
    {
      type: "FactSet",
      facts: [
        { title: "check", value: "${w.check}" },
        { title: "norms", value: "${w.norms}" },
        { title: "settings", value: "${w.settings}" },
        { title: "watch my meetings", value: "${watchHelp}" },
        { title: "stop watching", value: "${w.stopWatching}" },
        { title: "help", value: "${w.helpItself}" },
      ],
    },
    {
      type: "TextBlock",
      wrap: true,
      isSubtle: true,
      text: "${w.anyChat}",
    },
  ],
  actions: [
    { type: "Action.Submit", title: "${w.showNorms}", data: { action: "command", command: "norms" } },
    { type: "Action.Submit", title: "${w.changeNorms}", data: { action: "command", command: "settings" } },
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
  actions: [{ type: "Action.Submit", title: "${w.changeNorms}", data: { action: "command", command: "settings" } }],
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
        { type: "TextBlock", text: "${$root.w.notSaved}", weight: "Bolder", wrap: true },
        { type: "TextBlock", $data: "${errors}", text: "• ${$data}", wrap: true, spacing: "Small" },
      ],
    },
    { type: "Input.Text", id: "timeZone", label: "${w.timeZone}", value: "${timeZone}", isRequired: true, errorMessage: "${w.timeZoneRequired}" },
    {
      type: "Input.ChoiceSet",
      id: "workingDays",
      label: "${w.workingDays}",
      isMultiSelect: true,
      value: "${workingDays}",
      choices: [
        { title: "${w.weekdaysShort.mon}", value: "mon" },
        { title: "${w.weekdaysShort.tue}", value: "tue" },
        { title: "${w.weekdaysShort.wed}", value: "wed" },
        { title: "${w.weekdaysShort.thu}", value: "thu" },
        { title: "${w.weekdaysShort.fri}", value: "fri" },
        { title: "${w.weekdaysShort.sat}", value: "sat" },
        { title: "${w.weekdaysShort.sun}", value: "sun" },
      ],
    },
    {
      type: "ColumnSet",
      columns: [
        { type: "Column", items: [{ type: "Input.Time", id: "workStart", label: "${$root.w.workFrom}", value: "${workStart}" }] },
        { type: "Column", items: [{ type: "Input.Time", id: "workEnd", label: "${$root.w.to}", value: "${workEnd}" }] },
      ],
    },
    {
      type: "ColumnSet",
      columns: [
        { type: "Column", items: [{ type: "Input.Time", id: "focusStart", label: "${$root.w.focusFrom}", value: "${focusStart}" }] },
        { type: "Column", items: [{ type: "Input.Time", id: "focusEnd", label: "${$root.w.to}", value: "${focusEnd}" }] },
      ],
    },
    { type: "Input.Number", id: "preReadNoticeHours", label: "${w.preReadNotice}", min: 0, max: 336, value: "${preReadNoticeHours}" },
    { type: "Input.Number", id: "replyChat", label: "${w.replyChat}", min: 0, max: 30, value: "${replyChat}" },
    { type: "Input.Number", id: "replyEmail", label: "${w.replyEmail}", min: 0, max: 30, value: "${replyEmail}" },
  ],
  actions: [{ type: "Action.Submit", title: "${w.save}", data: { action: "saveNorms", eTag: "${eTag}" } }],
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
        { title: "${w.meeting}", value: "${subject}" },
        { title: "${w.when}", value: "${when}" },
        { title: "${w.atStake}", value: "${cost}" },
      ],
    },
    { type: "TextBlock", text: "${w.whatToAdd}", weight: "Bolder", wrap: true, spacing: "Medium" },
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
    { type: "Action.OpenUrl", $when: "${webLink != ''}", title: "${w.open}", url: "${webLink}" },
    { type: "Action.Submit", title: "${w.dismiss}", data: { action: "preReadDismiss", eventId: "${eventId}" } },
    { type: "Action.Submit", title: "${w.snooze}", data: { action: "preReadSnooze", eventId: "${eventId}", start: "${start}" } },
  ],
};
