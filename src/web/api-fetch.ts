// Calls to our API from the browser (the tab, the add-in): every one carries the host's SSO token
// and bypasses the cache.
export type TokenProvider = () => Promise<string>;

export interface ApiOptions {
  /** Where the API lives; "" for the page's own origin. */
  base?: string;
  fetcher?: typeof fetch;
}

export async function apiFetch(token: TokenProvider, path: string, init: RequestInit = {}, options: ApiOptions = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set("Authorization", `Bearer ${await token()}`);
  const fetcher = options.fetcher ?? ((input: RequestInfo | URL, request?: RequestInit) => fetch(input, request));
  return fetcher(`${options.base ?? ""}${path}`, { ...init, headers, cache: "no-store" });
}
