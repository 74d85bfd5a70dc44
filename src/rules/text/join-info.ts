// Meeting join boilerplate (Teams, Zoom, Google Meet, Webex, GoToMeeting, dial-in blocks) is
// recognised and removed before judging an invite: a join link is not a pre-read.

// Hosts of join pages, dial-in lists and meeting options; a subdomain counts (contoso.zoom.us).
const JOIN_DOMAINS = [
  "teams.microsoft.com", "teams.live.com", "aka.ms", "go.microsoft.com", "zoom.us", "zoomgov.com",
  "meet.google.com", "tel.meet", "webex.com", "gotomeeting.com", "goto.com", "chime.aws", "bluejeans.com",
  "whereby.com", "meet.jit.si", "calendar.google.com", "support.google.com", "skype.com", "meet.lync.com",
];

function isJoinHost(host: string): boolean {
  const h = host.toLowerCase();
  return JOIN_DOMAINS.some((d) => h === d || h.endsWith(`.${d}`));
}

// On Teams' own host only these paths join a meeting; /l/file, /l/channel and the like are content.
const TEAMS_JOIN_PATH = /^\/(?:l\/meetup-join|l\/meeting|meetingoptions|meet\/|dl\/launcher|_#\/(?:l\/)?meetup-join)/i;

/** True for the address of a join page, dial-in list or meeting-options page, never a document. */
export function isJoinLink(url: string): boolean {
  const match = /^(?:[a-z][a-z0-9+.-]*:)?\/\/([^/?#:\s]+)(\/[^?#\s]*)?/i.exec(url.trim());
  if (!match) return /^tel:/i.test(url.trim());
  const host = (match[1] ?? "").toLowerCase();
  if (host === "teams.microsoft.com") return TEAMS_JOIN_PATH.test(match[2] ?? "/");
  return isJoinHost(host);
}

// Join phrases start the line ("Meeting ID: 311 ...", "Join Zoom Meeting", "Dial by your location").
const JOIN_PHRASES = new RegExp(
  "^[\\W_]{0,4}(?:" +
  [
    "microsoft teams (?:meeting|need help)",
    "join (?:on your computer|the meeting|teams meeting|zoom meeting|with google meet|by phone|by sip|by h\\.3[22]3|by video system|from (?:a|your) (?:mobile|video)|on the web|meeting)",
    "click here to join",
    "meeting (?:id|number|password|link|options)",
    "(?:phone )?conference id",
    "passcode",
    "password:",
    "access code",
    "download teams",
    "learn more(?: about meet)?",
    "one tap mobile",
    "dial(?:-in| in| by your location)",
    "find (?:a|your) local number",
    "more phone numbers",
    "or call in",
    "reset (?:dial-in )?pin",
    "alternate vtc",
    "video conferenc",
    "tap to join",
    "toll-free",
    "for organizers:",
    "invitation from google calendar",
    "you are receiving this",
    "forwarding this invitation",
    "join with a video",
    "or dial",
    "(?:please )?do not edit this section",
  ].join("|") +
    ")",
  "i",
);

const SEPARATOR = /^[_\-=~*]{8,}$/;
// Google Calendar fences its generated Meet block with "-::~:~::~:~...::-": all of it is boilerplate.
const GOOGLE_FENCE = /^-::~[:~]{8,}-$/;
const URL_ONLY = /^[<[(]?(?:https?:\/\/|tel:)\S+[>\])]?$/i;
// "+1 323-555-0100,,123456789#  United States" or "(833) 548-0276 (Toll Free)".
const PHONE_LINE = /^(?:\+\d|\(\d{3}\)\s?\d)/;

function lineUrls(line: string): string[] {
  return line.match(/(?:https?:\/\/|tel:)[^\s<>[\]()"']+/gi) ?? [];
}

/** A line that belongs to join boilerplate. */
export function isJoinLine(line: string): boolean {
  const text = line.trim();
  if (text === "") return false;
  if (SEPARATOR.test(text) || GOOGLE_FENCE.test(text)) return true;
  const urls = lineUrls(text);
  if (urls.length > 0 && urls.every(isJoinLink)) {
    // A sentence with a join link is boilerplate only if the words around it are join words or nothing.
    const words = text.replace(/(?:https?:\/\/|tel:)[^\s<>[\]()"']+/gi, "").replace(/[\W_]+/g, " ").trim();
    if (words.split(" ").length <= 6 || JOIN_PHRASES.test(text)) return true;
  }
  if (URL_ONLY.test(text) && urls.every(isJoinLink)) return true;
  if (JOIN_PHRASES.test(text) && text.length <= 160) return true;
  return PHONE_LINE.test(text) && text.length <= 120;
}

export interface JoinInfoResult {
  lines: string[];
  hasJoinInfo: boolean;
}

/** Drops join boilerplate lines, and whole separator-fenced blocks that contain join text. */
export function stripJoinInfo(lines: readonly string[]): JoinInfoResult {
  const keep = lines.map((line) => !isJoinLine(line));
  let hasJoinInfo = false;
  // Inside "____ ... ____" fences (the Teams block), everything goes once one line is join text;
  // inside Google's fences, everything goes.
  let fenceStart = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? "").trim();
    const google = GOOGLE_FENCE.test(line);
    if (!SEPARATOR.test(line) && !google) continue;
    if (fenceStart >= 0) {
      const inner = lines.slice(fenceStart + 1, i);
      if (google || inner.some((l) => isJoinLine(l) && !SEPARATOR.test(l.trim()))) {
        for (let j = fenceStart; j <= i; j++) keep[j] = false;
      }
      fenceStart = -1;
    } else fenceStart = i;
  }
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (keep[i]) out.push(line);
    else if (line.trim() !== "" && !SEPARATOR.test(line.trim())) hasJoinInfo = true;
  }
  return { lines: out, hasJoinInfo };
}
