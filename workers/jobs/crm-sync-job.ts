import { raiseAlert } from "../alerts/alerts";
import { flushCrm, type FlushOutcome } from "../integrations/crm/flush";
import { probeDueCrms } from "../integrations/crm/probe";
import type { Database } from "../platform/db/client";
import type { Config, Env } from "../platform/env";

/**
 * One flush of a tenant's CRM backlog, and the owner's alert when HubSpot refused the token
 * (alerts belong to staff, not to the CRM adapter).
 */
export async function runCrmFlush(db: Database, env: Env, config: Config, tenantId: string, options: { now?: number } = {}): Promise<FlushOutcome> {
  const outcome = await flushCrm(db, env, config, tenantId, options);
  if (outcome.kind === "needs_attention" && outcome.alert) await raiseAlert(db, env, tenantId, outcome.alert);
  return outcome;
}

/** The cron's probes of deferred CRM adapters, with the same alert. */
export function runCrmProbes(db: Database, env: Env, config: Config, now: number): Promise<number> {
  return probeDueCrms(db, env, config, now, (tenantId, alert) => raiseAlert(db, env, tenantId, alert));
}
