// Calls to our API from the tab: every one carries the host's SSO token and bypasses the cache.
export type TokenProvider = () => Promise<string>;

export async function apiFetch(token: TokenProvider, url: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set("Authorization", `Bearer ${await token()}`);
  return fetch(url, { ...init, headers, cache: "no-store" });
}
