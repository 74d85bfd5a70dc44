// What may be logged of an error from the Teams connector or Bot Framework: its kind, status and
// code, never its message when it came from an HTTP answer (a connector may echo the card it was
// sent, and with it a user's draft).
export function describeError(error: unknown): string {
  const e = (error ?? {}) as { name?: unknown; statusCode?: unknown; status?: unknown; code?: unknown; message?: unknown };
  const name = typeof e.name === "string" ? e.name : "Error";
  const status = typeof e.statusCode === "number" ? e.statusCode : typeof e.status === "number" ? e.status : undefined;
  if (status !== undefined) return `${name}: HTTP ${status}${typeof e.code === "string" ? ` (${e.code})` : ""}`;
  const message = typeof e.message === "string" ? e.message.split("\n")[0]!.slice(0, 200) : "";
  return message ? `${name}: ${message}` : name;
}
