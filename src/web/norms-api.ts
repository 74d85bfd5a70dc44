// The client for GET/PUT /api/norms/:scope, for the tab and the add-in. Every call carries the
// host's SSO token; a save sends the ETag it read (If-Match), so a stale form is refused instead of
// overwriting.
import { apiFetch, type ApiOptions, type TokenProvider } from "./api-fetch.js";
import type { Norms } from "../rules/index.js";

import type { NormsChange } from "../storage/norms-store.js";

export interface NormsDocument {
  scope: string;
  /** For "user:me": the team whose norms the person follows, whose norms these are. */
  follows: { team: string; name: string | null } | null;
  norms: Norms;
  summary: string[];
  updatedBy: string | null;
  updatedAt: string | null;
  history: NormsChange[];
  eTag: string | undefined;
}

export type SaveResult = { ok: true; document: NormsDocument } | { ok: false; status: number; message: string; details?: string[] };

export class NormsApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function errorOf(response: Response): Promise<{ message: string; details?: string[] }> {
  try {
    const body = (await response.json()) as { error?: string; details?: string[] };
    return { message: body.error ?? response.statusText, ...(body.details ? { details: body.details } : {}) };
  } catch {
    return { message: `${response.status} ${response.statusText}` };
  }
}

export class NormsClient {
  constructor(
    private readonly token: TokenProvider,
    private readonly options: ApiOptions = {},
  ) {}

  private call(scope: string, init: RequestInit = {}, query: Record<string, string> = {}): Promise<Response> {
    const search = new URLSearchParams(query).toString();
    return apiFetch(this.token, `/api/norms/${encodeURIComponent(scope)}${search ? `?${search}` : ""}`, init, this.options);
  }

  private static async document(response: Response): Promise<NormsDocument> {
    const body = (await response.json()) as Omit<NormsDocument, "eTag">;
    return { ...body, follows: body.follows ?? null, history: body.history ?? [], eTag: response.headers.get("ETag") ?? undefined };
  }

  /** `query` carries what the server needs to check membership (a team's groupId): members see the history. */
  async get(scope: string, query: Record<string, string> = {}): Promise<NormsDocument> {
    const response = await this.call(scope, {}, query);
    if (!response.ok) throw new NormsApiError(response.status, (await errorOf(response)).message);
    return NormsClient.document(response);
  }

  /** The caller's own checks follow a team's norms (`team` a norms key), or (null) their own again. */
  async follow(team: { key: string; name: string | null; groupId?: string | undefined } | null): Promise<NormsDocument> {
    const init: RequestInit = team
      ? {
          method: "PUT",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ team: team.key, ...(team.name ? { name: team.name } : {}), ...(team.groupId ? { groupId: team.groupId } : {}) }),
        }
      : { method: "DELETE" };
    const response = await apiFetch(this.token, `/api/norms/${encodeURIComponent("user:me")}/follow`, init, this.options);
    if (!response.ok) throw new NormsApiError(response.status, (await errorOf(response)).message);
    return NormsClient.document(response);
  }

  /** `query` carries what the server needs to check ownership (a team's groupId). */
  async save(scope: string, norms: unknown, eTag: string | undefined, query: Record<string, string> = {}): Promise<SaveResult> {
    const headers: Record<string, string> = { "Content-Type": "application/json" };
    if (eTag) headers["If-Match"] = eTag;
    const response = await this.call(scope, { method: "PUT", headers, body: JSON.stringify(norms) }, query);
    if (response.ok) return { ok: true, document: await NormsClient.document(response) };
    return { ok: false, status: response.status, ...(await errorOf(response)) };
  }
}
