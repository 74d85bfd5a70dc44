// The autorun runtime's script: classic Outlook on Windows loads it directly in a JavaScript-only
// runtime, so it is bundled into one file with no imports and no Office.onReady; the handlers are
// registered by name with Office.actions.associate.
import { onComposeChange, onSend, type CompletableEvent, type HandlerDeps } from "./event-handlers.js";

const deps = (): HandlerDeps => ({
  office: Office,
  recordError: (message) => console.error(`[Async Coach] ${message}`),
});

const send = (event: CompletableEvent) => onSend(event, deps());
const change = (event: CompletableEvent) => onComposeChange(event, deps());

Office.actions.associate("onMessageSend", send);
Office.actions.associate("onAppointmentSend", send);
Office.actions.associate("onNewMessageCompose", change);
Office.actions.associate("onNewAppointmentOrganizer", change);
Office.actions.associate("onMessageRecipientsChanged", change);
Office.actions.associate("onAppointmentAttendeesChanged", change);
