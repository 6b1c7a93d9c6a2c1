/**
 * Whether a stored credential works, asked of the provider's own "who am I" endpoint: the answer
 * a settings screen shows beside a test-connection button.
 */
export type ConnectionCheck = { ok: true; account: string } | { ok: false; problem: "not_configured" | "rejected" | "unreachable" | "sender_not_verified" };

const CHECK_TIMEOUT_MS = 10_000;

/** GETs `url` with the bearer credential; 401/403 mean the provider refused it, anything else failing means it could not be asked. */
export async function whoAmI(url: string, credential: string, accountOf: (body: Record<string, unknown>) => string): Promise<ConnectionCheck> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { authorization: `Bearer ${credential}` }, signal: AbortSignal.timeout(CHECK_TIMEOUT_MS) });
  } catch {
    return { ok: false, problem: "unreachable" };
  }
  if (response.status === 401 || response.status === 403) return { ok: false, problem: "rejected" };
  if (!response.ok) return { ok: false, problem: "unreachable" };
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  return { ok: true, account: accountOf(body).slice(0, 120) };
}

export const text = (value: unknown) => (typeof value === "string" || typeof value === "number" ? String(value) : "");
