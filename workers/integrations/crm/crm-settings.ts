import { eq } from "drizzle-orm";
import type { Database } from "../../platform/db/client";
import { crmConnections, crmSyncJobs } from "../../platform/db/schema";
import type { Config } from "../../platform/env";
import { AppError, notFound } from "../../platform/errors";
import { enqueueCrmFlush, type CrmQueueEnv } from "./crm-queue";
import { getCrmConnection, hubspotClient, sealCrmToken } from "./connection";
import { crmHealth } from "./health";
import { probeContacts } from "./hubspot-api";
import { resumeCrm } from "./modes";
import { queueEveryGuest } from "./sync-jobs";

export interface CrmSettingsInput {
  provider: "hubspot";
  /** A private app's access token; left out, the stored one is kept. */
  accessToken?: string;
}

/** What the console shows: the adapter's state and whether a token is stored, never the token. */
export async function getCrmSettings(db: Database, tenantId: string) {
  const health = await crmHealth(db, tenantId);
  return { ...health, tokenStored: health.mode !== "off" };
}

/**
 * Connects (or reconnects) the tenant's HubSpot. The first time, a token is required and every
 * guest is queued, so the CRM starts with the whole guest book. A new token starts the adapter
 * afresh (active), as pasting one is how an owner answers a refused token. Nothing here waits on
 * HubSpot: the first flush sets the account up.
 */
export async function saveCrmSettings(db: Database, env: CrmQueueEnv, config: Config, tenantId: string, input: CrmSettingsInput, now = Date.now()) {
  const existing = await getCrmConnection(db, tenantId);
  if (!input.accessToken && !existing) throw new AppError(400, "validation_failed", "The request has invalid fields", { errors: [{ path: "accessToken", message: "required to connect HubSpot" }] });
  if (input.accessToken) {
    const accessTokenSealed = await sealCrmToken(config.secretsKey, tenantId, input.accessToken);
    await db
      .insert(crmConnections)
      .values({ tenantId, provider: input.provider, accessTokenSealed, createdAt: now, updatedAt: now })
      .onConflictDoUpdate({ target: crmConnections.tenantId, set: { provider: input.provider, accessTokenSealed, updatedAt: now } });
    // Not a success yet: nothing has been sent with this token.
    await resumeCrm(db, tenantId, now, { answered: false });
    if (!existing) await queueEveryGuest(db, tenantId, now);
    await enqueueCrmFlush(env, tenantId);
  }
  return getCrmSettings(db, tenantId);
}

/** Disconnects: the token and what was still owed are deleted; contacts already in HubSpot stay there. */
export async function deleteCrmSettings(db: Database, tenantId: string): Promise<void> {
  const existing = await getCrmConnection(db, tenantId);
  if (!existing) throw notFound("CRM connection");
  await db.batch([db.delete(crmSyncJobs).where(eq(crmSyncJobs.tenantId, tenantId)), db.delete(crmConnections).where(eq(crmConnections.tenantId, tenantId))]);
}

export type CrmConnectionCheck = { ok: true; account: string | null } | { ok: false; problem: "not_configured" | "rejected" | "unreachable" };

/** The connection test: the stored token against HubSpot's cheapest read; changes nothing. */
export async function checkCrmConnection(db: Database, config: Config, tenantId: string): Promise<CrmConnectionCheck> {
  const connection = await getCrmConnection(db, tenantId);
  if (!connection) return { ok: false, problem: "not_configured" };
  const answer = await probeContacts(await hubspotClient(config, connection));
  if (answer.ok) return { ok: true, account: null };
  return { ok: false, problem: answer.status === 401 || answer.status === 403 ? "rejected" : "unreachable" };
}
