import { eq } from "drizzle-orm";
import { sha256Hex } from "../../../shared/crypto/encoding";
import { openSecret, sealSecret } from "../../../shared/crypto/secret-box";
import type { Database } from "../../platform/db/client";
import { isUniqueViolation } from "../../platform/db/errors";
import { whatsappSettings } from "../../platform/db/schema";
import { AppError } from "../../platform/errors";

export interface WhatsAppSettingsInput {
  phoneNumberId: string;
  accessToken: string;
  appSecret: string;
  verifyToken: string;
}

const context = (tenantId: string, name: "accessToken" | "appSecret") => `tenant:${tenantId}:whatsapp:${name}`;

export async function saveWhatsAppSettings(db: Database, secretsKey: string, tenantId: string, input: WhatsAppSettingsInput) {
  const row = {
    tenantId,
    phoneNumberId: input.phoneNumberId,
    accessTokenSealed: await sealSecret(secretsKey, input.accessToken, context(tenantId, "accessToken")),
    appSecretSealed: await sealSecret(secretsKey, input.appSecret, context(tenantId, "appSecret")),
    verifyTokenHash: await sha256Hex(input.verifyToken),
    updatedAt: Date.now(),
  };
  try {
    await db.insert(whatsappSettings).values(row).onConflictDoUpdate({ target: whatsappSettings.tenantId, set: row });
  } catch (error) {
    // One number (and one verify token) routes to one tenant only.
    if (isUniqueViolation(error)) throw new AppError(409, "whatsapp_number_taken", "That phone number id or verify token is already connected to another account");
    throw error;
  }
  return presentWhatsAppSettings(row);
}

export async function getWhatsAppSettings(db: Database, tenantId: string) {
  const row = await db.select().from(whatsappSettings).where(eq(whatsappSettings.tenantId, tenantId)).get();
  return row ? presentWhatsAppSettings(row) : { configured: false, phoneNumberId: null };
}

const presentWhatsAppSettings = (row: { phoneNumberId: string }) => ({ configured: true, phoneNumberId: row.phoneNumberId });

/** The tenant a Meta notification is for, with the app secret its signature must match. */
export async function whatsAppRoute(db: Database, secretsKey: string, phoneNumberId: string) {
  const row = await db.select().from(whatsappSettings).where(eq(whatsappSettings.phoneNumberId, phoneNumberId)).get();
  if (!row) return null;
  return { tenantId: row.tenantId, appSecret: await openSecret(secretsKey, row.appSecretSealed, context(row.tenantId, "appSecret")) };
}

/** The verification handshake names no tenant; a known token is enough, looked up by its hash. */
export async function isKnownVerifyToken(db: Database, token: string): Promise<boolean> {
  const row = await db.select({ tenantId: whatsappSettings.tenantId }).from(whatsappSettings).where(eq(whatsappSettings.verifyTokenHash, await sha256Hex(token))).get();
  return Boolean(row);
}

/** The number and token to send as; null when the tenant has not connected WhatsApp. */
export async function whatsAppSender(db: Database, secretsKey: string, tenantId: string) {
  const row = await db.select().from(whatsappSettings).where(eq(whatsappSettings.tenantId, tenantId)).get();
  if (!row) return null;
  return { phoneNumberId: row.phoneNumberId, accessToken: await openSecret(secretsKey, row.accessTokenSealed, context(tenantId, "accessToken")) };
}
