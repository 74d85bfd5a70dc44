// What the official schema does not check in a unified manifest, and Outlook or Teams would
// reject: event names, action ids, send modes, the message extension's bot, icons.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { PNG } from "pngjs";

// Unified-manifest names of the Outlook events (the XML names, such as OnMessageSend, are not valid here).
export const OUTLOOK_EVENTS = new Set([
  "newMessageComposeCreated",
  "newAppointmentOrganizerCreated",
  "messageRecipientsChanged",
  "appointmentAttendeesChanged",
  "appointmentTimeChanged",
  "appointmentRecurrenceChanged",
  "messageAttachmentsChanged",
  "appointmentAttachmentsChanged",
  "messageFromChanged",
  "appointmentFromChanged",
  "infoBarDismissClicked",
  "messageSending",
  "appointmentSending",
  "messageReadWithCustomHeader",
  "messageReadWithCustomAttachment",
  "messageDecrypt",
  "spamReporting",
]);
const SEND_EVENTS = new Set(["messageSending", "appointmentSending"]);

interface Manifest {
  validDomains?: string[];
  configurableTabs?: { configurationUrl?: string }[];
  staticTabs?: { contentUrl?: string; websiteUrl?: string }[];
  webApplicationInfo?: { id?: string; resource?: string };
  icons?: { color?: string; outline?: string };
  bots?: { botId?: string }[];
  composeExtensions?: { botId?: string }[];
  extensions?: {
    runtimes?: { id?: string; actions?: { id?: string }[] }[];
    ribbons?: { tabs?: { groups?: { icons?: { url?: string }[]; controls?: { actionId?: string; icons?: { url?: string }[] }[] }[] }[] }[];
    autoRunEvents?: { events?: { type?: string; actionId?: string; options?: { sendMode?: string } }[] }[];
  }[];
}

function pngSize(file: string): { width: number; height: number; transparent: boolean; onlyWhite: boolean } {
  const png = PNG.sync.read(readFileSync(file));
  let transparent = false;
  let onlyWhite = true;
  for (let i = 0; i < png.data.length; i += 4) {
    const alpha = png.data[i + 3] ?? 255;
    if (alpha < 255) transparent = true;
    if (alpha > 0 && (png.data[i] !== 255 || png.data[i + 1] !== 255 || png.data[i + 2] !== 255)) onlyWhite = false;
  }
  return { width: png.width, height: png.height, transparent, onlyWhite };
}

export function checkManifest(manifest: Manifest, packageDir: string): string[] {
  const problems: string[] = [];
  const botId = manifest.bots?.[0]?.botId;
  for (const [i, extension] of (manifest.composeExtensions ?? []).entries()) {
    if (extension.botId !== botId) problems.push(`composeExtensions[${i}].botId "${extension.botId}" is not the bot's id "${botId}"`);
  }

  // Tabs: pages on a valid domain, and the SSO resource Teams asks Entra ID for is "api://<domain>/<app id>".
  const domains = new Set(manifest.validDomains ?? []);
  const tabUrls = [
    ...(manifest.configurableTabs ?? []).map((t, i) => [`configurableTabs[${i}].configurationUrl`, t.configurationUrl] as const),
    ...(manifest.staticTabs ?? []).flatMap((t, i) => [
      [`staticTabs[${i}].contentUrl`, t.contentUrl] as const,
      [`staticTabs[${i}].websiteUrl`, t.websiteUrl] as const,
    ]),
  ];
  for (const [where, url] of tabUrls) {
    if (url === undefined) continue;
    const host = /^https:\/\/([^/]+)/.exec(url)?.[1];
    if (!host || !domains.has(host)) problems.push(`${where}: "${url}" must be an https:// address on one of validDomains`);
  }
  const sso = manifest.webApplicationInfo;
  if (sso && (!sso.resource?.startsWith("api://") || !sso.resource.endsWith(`/${sso.id}`) || !domains.has(sso.resource.slice(6, -(sso.id ?? "").length - 1)))) {
    problems.push(`webApplicationInfo.resource "${sso.resource}" must be "api://<one of validDomains>/${sso.id}" for Teams SSO`);
  }

  if ((manifest.extensions?.length ?? 0) > 1) problems.push("extensions: an app holds at most one Outlook add-in");
  for (const extension of manifest.extensions ?? []) {
    const actions = new Set((extension.runtimes ?? []).flatMap((r) => (r.actions ?? []).map((a) => a.id)));
    for (const group of extension.autoRunEvents ?? []) {
      for (const event of group.events ?? []) {
        const name = event.type ?? "";
        if (!OUTLOOK_EVENTS.has(name)) {
          const hint = /^On[A-Z]/.test(name) ? ` (that is the XML manifest's name; the unified manifest uses e.g. "messageSending")` : "";
          problems.push(`autoRunEvents: unknown event "${name}"${hint}`);
        }
        if (!actions.has(event.actionId)) problems.push(`autoRunEvents: event "${name}" runs action "${event.actionId}", which no runtime defines`);
        const sendMode = event.options?.sendMode;
        if (sendMode && !SEND_EVENTS.has(name)) problems.push(`autoRunEvents: sendMode is only for send events, not "${name}"`);
        if (sendMode === "block")
          problems.push(`autoRunEvents: sendMode "block" is for admins only and fails Marketplace validation; use "promptUser" or "softBlock"`);
      }
    }
    for (const ribbon of extension.ribbons ?? []) {
      for (const tab of ribbon.tabs ?? []) {
        for (const group of tab.groups ?? []) {
          for (const control of group.controls ?? []) {
            if (!actions.has(control.actionId)) problems.push(`ribbons: button runs action "${control.actionId}", which no runtime defines`);
          }
          for (const icon of [...(group.icons ?? []), ...(group.controls ?? []).flatMap((c) => c.icons ?? [])]) {
            if (!/^https:\/\//.test(icon.url ?? "")) problems.push(`ribbons: icon "${icon.url}" must be an https:// address`);
          }
        }
      }
    }
  }

  const icons: [string, string | undefined, number][] = [
    ["color", manifest.icons?.color, 192],
    ["outline", manifest.icons?.outline, 32],
  ];
  for (const [kind, name, size] of icons) {
    const file = name ? join(packageDir, name) : "";
    if (!name || !existsSync(file)) {
      problems.push(`icons.${kind}: file "${name ?? ""}" is missing from ${packageDir}`);
      continue;
    }
    try {
      const png = pngSize(file);
      if (png.width !== size || png.height !== size) problems.push(`icons.${kind}: ${name} is ${png.width}x${png.height}, must be ${size}x${size}`);
      if (kind === "outline" && (!png.transparent || !png.onlyWhite)) problems.push(`icons.outline: ${name} must be white on a transparent background`);
    } catch {
      problems.push(`icons.${kind}: ${name} is not a PNG`);
    }
  }
  return problems;
}
