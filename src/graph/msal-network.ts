// msal-node's HTTP transport, ours so it can trust an extra certificate authority (a local token
// endpoint in tests, a TLS-inspecting proxy in some companies) and time out every call.
import { request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { request as httpsRequest } from "node:https";
import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from "@azure/msal-node";

export interface NetworkOptions {
  /** Extra trusted certificate authorities (PEM). */
  ca?: string | Buffer;
  timeoutMs?: number;
}

function flatten(headers: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) if (v !== undefined) out[k] = Array.isArray(v) ? v.join(", ") : v;
  return out;
}

function send<T>(
  method: "GET" | "POST",
  url: string,
  options: NetworkRequestOptions | undefined,
  config: NetworkOptions,
  timeoutMs?: number,
): Promise<NetworkResponse<T>> {
  const target = new URL(url);
  const request = target.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(
      target,
      {
        method,
        headers: { ...(options?.headers ?? {}), ...(options?.body ? { "Content-Length": Buffer.byteLength(options.body).toString() } : {}) },
        ...(config.ca ? { ca: config.ca } : {}),
        timeout: timeoutMs ?? config.timeoutMs ?? 10_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          let body: unknown = {};
          try {
            body = text ? JSON.parse(text) : {};
          } catch {
            // msal reads the status; a non-JSON error page becomes an empty body, never a crash.
          }
          resolve({ status: res.statusCode ?? 0, headers: flatten(res.headers), body: body as T });
        });
        res.on("error", reject);
      },
    );
    req.on("timeout", () => req.destroy(new Error(`token request to ${target.host} timed out`)));
    req.on("error", reject);
    if (options?.body) req.write(options.body);
    req.end();
  });
}

export function msalNetworkClient(config: NetworkOptions = {}): INetworkModule {
  return {
    sendGetRequestAsync: (url, options, timeout) => send("GET", url, options, config, timeout),
    sendPostRequestAsync: (url, options) => send("POST", url, options, config),
  };
}
