import { eq } from "drizzle-orm";
import { openSecret, sealSecret } from "../../../shared/crypto/secret-box";
import type { Database } from "../../platform/db/client";
import { crmConnections } from "../../platform/db/schema";
import type { Config } from "../../platform/env";
import type { HubSpotClient } from "./hubspot-api";

const tokenContext = (tenantId: string) => `tenant:${tenantId}:crm:hubspot:accessToken`;

export const sealCrmToken = (secretsKey: string, tenantId: string, token: string) => sealSecret(secretsKey, token, tokenContext(tenantId));

export async function getCrmConnection(db: Database, tenantId: string) {
  return db.select().from(crmConnections).where(eq(crmConnections.tenantId, tenantId)).get();
}

/** The client for a tenant's stored token; the token lives only in this object, never in a log or an answer. */
export async function hubspotClient(config: Config, connection: { tenantId: string; accessTokenSealed: string }): Promise<HubSpotClient> {
  return { base: config.apiBases.hubspot, token: await openSecret(config.secretsKey, connection.accessTokenSealed, tokenContext(connection.tenantId)) };
}
