// The autorun runtime's script: classic Outlook on Windows loads it directly in a JavaScript-only
// runtime, so it is bundled into one file with no imports and no Office.onReady; the handlers are
// registered by name with Office.actions.associate.
import { onComposeChange, onSend, type CompletableEvent, type HandlerDeps } from "./event-handlers.js";
import { normsLoader } from "./norms-source.js";

// The JavaScript-only runtime may have no location: then the checks use the default norms.
const loadNorms = normsLoader({
  getToken: () => Office.auth.getAccessToken({ allowSignInPrompt: false, allowConsentPrompt: false }),
  apiBase: typeof location !== "undefined" && /^https?:/.test(location.origin) ? location.origin : undefined,
});

const deps = (): HandlerDeps => ({
  office: Office,
  loadNorms,
  recordError: (message) => console.error(`[Async Coach] ${message}`),
});

// The handlers never reject (every path completes the event), so Outlook may ignore their promise.
const send = (event: CompletableEvent) => void onSend(event, deps());
const change = (event: CompletableEvent) => void onComposeChange(event, deps());

Office.actions.associate("onMessageSend", send);
Office.actions.associate("onAppointmentSend", send);
Office.actions.associate("onNewMessageCompose", change);
Office.actions.associate("onNewAppointmentOrganizer", change);
Office.actions.associate("onMessageRecipientsChanged", change);
Office.actions.associate("onAppointmentAttendeesChanged", change);
