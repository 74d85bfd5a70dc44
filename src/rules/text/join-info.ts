// Meeting join boilerplate (Teams, Zoom, Google Meet, Webex, GoToMeeting, Chime, BlueJeans, dial-in
// blocks) is recognised and removed before judging an invite: a join link is not a pre-read, and
// neither are phone numbers, meeting ids, SIP or H.323 addresses.
import { ANY_JOIN } from "../language/index.js";
import { plain } from "../language/phrases.js";

const { joinDomains, joinPhrase, joinEcho } = ANY_JOIN;

function isJoinHost(host: string): boolean {
  const h = host.toLowerCase();
  return joinDomains.some((d) => h === d || h.endsWith(`.${d}`));
}

// On Teams' own host only these paths join a meeting; /l/file, /l/channel and the like are content.
const TEAMS_JOIN_PATH = /^\/(?:l\/meetup-join|l\/meeting|meetingoptions|meet\/|dl\/launcher|_#\/(?:l\/)?meetup-join)/i;

/** True for the address of a join page, dial-in list or meeting-options page, never a document. */
export function isJoinLink(url: string): boolean {
  const match = /^(?:[a-z][a-z0-9+.-]*:)?\/\/([^/?#:\s]+)(\/[^?#\s]*)?/i.exec(url.trim());
  if (!match) return /^(?:tel|sip|sips):/i.test(url.trim());
  const host = (match[1] ?? "").toLowerCase();
  if (host === "teams.microsoft.com") return TEAMS_JOIN_PATH.test(match[2] ?? "/");
  if (host === "app.slack.com") return /^\/huddle\//i.test(match[2] ?? "/");
  // Skype for Business and Lync on an organisation's own servers: "meet.contoso.com/ana/X1Y2", "dialin.contoso.com".
  return isJoinHost(host) || /^(?:meet|dialin|lync|join)\./.test(host);
}

/**
 * The address of a page about the meeting's logistics, never a document to read: a map, a booking
 * tool's page to cancel or reschedule, an organisation's help or privacy page.
 */
export function isLogisticsLink(url: string): boolean {
  const match = /^https?:\/\/([^/?#:\s]+)(\/[^?#\s]*)?/i.exec(url.trim());
  if (!match) return false;
  const host = (match[1] ?? "").toLowerCase();
  const path = (match[2] ?? "/").toLowerCase();
  return (
    MAP_HOST.test(host) ||
    (MAP_PATH_HOST.test(host) && path.startsWith("/maps")) ||
    // A booking tool's page books, moves or cancels a meeting: never a document.
    BOOKING_HOST.test(host) ||
    (/(?:^|\.)outlook\.office(?:365)?\.com$/.test(host) && /^\/(?:book|bookwithme)\/|^\/owa\/calendar\/[^/]+\/bookings\//.test(path)) ||
    HELP_PATH.test(path) ||
    // "aws.amazon.com/chime/download", "officeredir.microsoft.com/r/rlidLync15": the service's own pages.
    /\/downloads?(?:[/.?]|$)/.test(path) ||
    /(?:^|\.)officeredir\.microsoft\.com$/.test(host) ||
    // A signature's links: an organisation's home page, its social media profiles.
    path === "/" ||
    SOCIAL_HOST.test(host)
  );
}
const SOCIAL_HOST =
  /(?:^|\.)(?:linkedin\.com|twitter\.com|x\.com|facebook\.com|instagram\.com|youtube\.com|tiktok\.com|xing\.com|bsky\.app|mastodon\.social|threads\.net)$/;
const MAP_HOST = /^(?:maps\.app\.goo\.gl|maps\.google\.[a-z.]+|maps\.apple\.com|(?:www\.)?waze\.com)$/;
const MAP_PATH_HOST = /^(?:www\.)?(?:google\.[a-z.]+|bing\.com|goo\.gl)$/;
const BOOKING_HOST =
  /(?:^|\.)(?:calendly\.com|meetings(?:-[a-z0-9]+)?\.hubspot\.com|savvycal\.com|acuityscheduling\.com|as\.me|cal\.com|youcanbook\.me|zcal\.co|doodle\.com|tidycal\.com)$/;
// "/privacy", "/SitePages/Teams-help.aspx", "/help/…": pages about the service, not the meeting.
const HELP_PATH = /\/(?:privacy(?:-policy)?|[a-z]+-help(?:\.aspx)?|help)(?:[/.]|$)/;

const SEPARATOR = /^[_\-=~*]{8,}$/;
// Google Calendar fences its generated Meet block with "-::~:~::~:~...::-": all of it is boilerplate.
const GOOGLE_FENCE = /^-::~[:~]{8,}-$/;
const URL_ONLY = /^[<[(]?(?:https?:\/\/|tel:|sips?:)\S+$/i;
const URLS = /(?:https?:\/\/|tel:|sips?:)[^\s<>[\]()"']+/gi;
// A phone number: "+1 323-555-0100,,123456789#", "(833) 548-0276", "+44.20.3481.5237".
const PHONE = /\+?\(?\d[\d\s().-]{6,30}\d/;
const IP_ADDRESS = /^\d{1,3}(?:\.\d{1,3}){3}\b/;
// "85012345678@zoomcrc.com": a meeting's address for room systems.
const SIP_HOST = /zoomcrc|webex|bjn|lync|teams|pexip|vc|video|sip/i;
const isSipAddress = (text: string) => text.includes("@") && !/\s/.test(text) && SIP_HOST.test(text.slice(text.indexOf("@")));

const wordsOf = (text: string) =>
  text
    .replace(URLS, " ")
    .replace(/[\d+()#,.:;*\-|/]+/g, " ")
    .replace(/[\W_]+/g, " ")
    .trim()
    .split(" ")
    .filter(Boolean);

/** A line that belongs to join boilerplate. */
export function isJoinLine(line: string): boolean {
  const text = line.trim();
  if (text === "") return false;
  if (SEPARATOR.test(text) || GOOGLE_FENCE.test(text)) return true;
  const urls = text.match(URLS) ?? [];
  if (urls.length > 0 && urls.every(isJoinLink)) {
    // A sentence with a join link is boilerplate only if the words around it are join words or few.
    if (wordsOf(text).length <= 6 || joinPhrase.test(plain(text))) return true;
  }
  if (URL_ONLY.test(text) && urls.every(isJoinLink)) return true;
  if (text.length <= 160 && joinPhrase.test(plain(text))) return true;
  if (IP_ADDRESS.test(text) || isSipAddress(text)) return true;
  // A phone number with a few words around it: "United States: +1 (571) 317-3122", "1) Dial: +1.408.740.7256".
  const phone = PHONE.exec(text)?.[0] ?? "";
  const digits = phone.replace(/\D/g, "").length;
  return text.length <= 140 && (digits >= 9 || (digits >= 7 && phone.startsWith("+"))) && wordsOf(text).length <= 6;
}

export interface JoinInfoResult {
  lines: string[];
  hasJoinInfo: boolean;
}

/** Drops join boilerplate lines, and whole separator-fenced blocks that contain join text. */
export function stripJoinInfo(lines: readonly string[]): JoinInfoResult {
  const keep = lines.map((line) => !isJoinLine(line));
  let hasJoinInfo = false;
  // Zoom repeats the title and time right under its first line ("Topic: …", "Time: …").
  for (let i = 0; i < lines.length; i++) {
    if (keep[i]) continue;
    for (let j = i + 1; j < Math.min(lines.length, i + 4); j++) {
      const next = (lines[j] ?? "").trim();
      if (next === "") continue;
      if (joinEcho.test(plain(next))) keep[j] = false;
      else break;
    }
  }
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
