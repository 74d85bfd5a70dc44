// The mailbox's time zone as an IANA name. Outlook gives it in Windows' form ("W. Europe Standard
// Time"); windows-iana maps it. Where Outlook gives none, the device's own zone.
import { findIana } from "windows-iana";

interface MailboxProfile {
  context?: { mailbox?: { userProfile?: { timeZone?: string } } };
}

export function mailboxZone(office: MailboxProfile): string | undefined {
  const name = office.context?.mailbox?.userProfile?.timeZone?.trim();
  if (name) {
    if (name.includes("/") || name === "UTC") return name;
    const iana = findIana(name)?.[0];
    if (iana) return iana;
  }
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
  } catch {
    return undefined;
  }
}
