import type { Database } from "../../platform/db/client";
import type { Config, Env } from "../../platform/env";
import type { ConnectionCheck } from "../../platform/connection-check";
import { emailIdentity } from "./settings";

const CHECK_TIMEOUT_MS = 10_000;

/**
 * Resend: lists the account's domains with the stored key (`GET /domains`) and checks that the
 * sender's domain is among the verified ones. Cloudflare: the binding must be there; Email Routing
 * itself refuses a sender outside its zone when the first email goes.
 */
export async function checkEmailConnection(db: Database, env: Env, config: Config, tenantId: string): Promise<ConnectionCheck> {
  const identity = await emailIdentity(db, config.secretsKey, tenantId, { allowLocal: false });
  if (!identity) return { ok: false, problem: "not_configured" };
  if (identity.provider === "cloudflare") return env.SEND_EMAIL ? { ok: true, account: `Cloudflare Email Routing · ${identity.fromAddress}` } : { ok: false, problem: "unreachable" };
  if (!identity.resendApiKey) return { ok: false, problem: "not_configured" };
  let response: Response;
  try {
    response = await fetch(`${config.apiBases.resend}/domains`, { headers: { authorization: `Bearer ${identity.resendApiKey}` }, signal: AbortSignal.timeout(CHECK_TIMEOUT_MS) });
  } catch {
    return { ok: false, problem: "unreachable" };
  }
  if (response.status === 401 || response.status === 403) return { ok: false, problem: "rejected" };
  if (!response.ok) return { ok: false, problem: "unreachable" };
  const body = (await response.json().catch(() => ({}))) as { data?: Array<{ name?: unknown; status?: unknown }> };
  const senderDomain = identity.fromAddress.slice(identity.fromAddress.lastIndexOf("@") + 1);
  const domain = (body.data ?? []).find((d) => typeof d.name === "string" && d.name.toLowerCase() === senderDomain);
  if (!domain || domain.status !== "verified") return { ok: false, problem: "sender_not_verified" };
  return { ok: true, account: `Resend · ${identity.fromAddress}` };
}
