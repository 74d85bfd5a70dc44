// Where the bot may send its replies. Every activity names a serviceUrl, and the adapter posts the
// bot's answers there: an activity with a made-up one would turn the bot into a client of any
// server. Without credentials (local development) only this machine is allowed; with them, only
// Microsoft's connector hosts, over HTTPS.
const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]", "::1"]);
const MICROSOFT_HOSTS = [
  "smba.trafficmanager.net",
  "botframework.com",
  "botframework.azure.us",
  "teams.microsoft.com",
  "teams.microsoft.us",
  "infra.gov.teams.microsoft.us",
];

export function isAllowedServiceUrl(serviceUrl: string, anonymous: boolean): boolean {
  let url: URL;
  try {
    url = new URL(serviceUrl);
  } catch {
    return false;
  }
  const host = url.hostname.toLowerCase();
  if (anonymous) return LOOPBACK.has(host) && (url.protocol === "http:" || url.protocol === "https:");
  return url.protocol === "https:" && MICROSOFT_HOSTS.some((h) => host === h || host.endsWith(`.${h}`));
}
