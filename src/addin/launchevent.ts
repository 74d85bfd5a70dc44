// The autorun runtime's script: classic Outlook on Windows loads it directly in a JavaScript-only
// runtime, so it is bundled into one file with no imports and no Office.onReady; the handlers are
// registered by name with Office.actions.associate.
import { onComposeChange, onSend, type CompletableEvent, type HandlerDeps } from "./event-handlers.js";
import { mailboxZone } from "./mailbox-zone.js";
import { normsLoader } from "./norms-source.js";

// The JavaScript-only runtime may have no location: then the checks use the default norms.
const loadNorms = normsLoader({
  getToken: () => Office.auth.getAccessToken({ allowSignInPrompt: false, allowConsentPrompt: false }),
  apiBase: typeof location !== "undefined" && /^https?:/.test(location.origin) ? location.origin : undefined,
  defaultZone: () => mailboxZone(Office),
});

const deps = (): HandlerDeps => ({
  office: Office,
  loadNorms,
  recordError: (message) => console.error(`[Async Coach] ${message}`),
});

// The handlers never reject: every path completes the event. Outlook ignores what a handler
// returns; the promise is kept so a caller that waits (the bundle test) can wait for the decision.
const send = (event: CompletableEvent) => onSend(event, deps());
const change = (event: CompletableEvent) => onComposeChange(event, deps());
const associate = (name: string, handler: (event: CompletableEvent) => Promise<void>) =>
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- see above: the promise never rejects
  Office.actions.associate(name, handler);

associate("onMessageSend", send);
associate("onAppointmentSend", send);
associate("onNewMessageCompose", change);
associate("onNewAppointmentOrganizer", change);
associate("onMessageRecipientsChanged", change);
associate("onAppointmentAttendeesChanged", change);
