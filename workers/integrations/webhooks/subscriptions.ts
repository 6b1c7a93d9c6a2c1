import { and, desc, eq, inArray } from "drizzle-orm";
import { openSecret, sealSecret } from "../../../shared/crypto/secret-box";
import { newId } from "../../../shared/ids";
import type { Database } from "../../platform/db/client";
import { webhookDeliveries, webhookSubscriptions } from "../../platform/db/schema";
import type { Config } from "../../platform/env";
import { AppError, notFound } from "../../platform/errors";
import { checkPublicUrl } from "../../../shared/net/public-url";
import { newSigningSecret } from "./signing";

export type SubscriptionRow = typeof webhookSubscriptions.$inferSelect;

/** How long the previous secret keeps signing after a rotation, unless the rotation says otherwise. */
export const DEFAULT_ROTATION_OVERLAP_SECONDS = 24 * 3600;

/**
 * The URL check iCal feeds pass (https on 443, no private or special host; loopback over http only
 * in development). The host's addresses are checked again before every delivery.
 */
function assertDeliverableUrl(config: Config, url: string) {
  const check = checkPublicUrl(url, { allowInsecureLoopback: config.allowLoopbackFeeds });
  if (!check.ok) throw new AppError(422, "url_not_allowed", `The endpoint URL is not allowed (${check.reason})`, { errors: [{ path: "url", message: check.reason }] });
}

const secretContext = (tenantId: string, subscriptionId: string) => `tenant:${tenantId}:webhook-subscription:${subscriptionId}:secret`;

/** Creates a subscription; its secret is returned only here (and by a rotation). */
export async function createSubscription(db: Database, config: Config, tenantId: string, input: { url: string; events: string[]; description?: string | null }) {
  assertDeliverableUrl(config, input.url);
  const id = newId("whs");
  const secret = newSigningSecret();
  const now = Date.now();
  const row = await db
    .insert(webhookSubscriptions)
    .values({ id, tenantId, url: input.url, events: [...new Set(input.events)], description: input.description ?? null, secretSealed: await sealSecret(config.secretsKey, secret, secretContext(tenantId, id)), createdAt: now, updatedAt: now })
    .returning()
    .get();
  return { subscription: row, secret };
}

export async function listSubscriptions(db: Database, tenantId: string) {
  return db.select().from(webhookSubscriptions).where(eq(webhookSubscriptions.tenantId, tenantId)).orderBy(desc(webhookSubscriptions.createdAt)).all();
}

export async function getSubscription(db: Database, tenantId: string, id: string): Promise<SubscriptionRow> {
  const row = await db.select().from(webhookSubscriptions).where(and(eq(webhookSubscriptions.tenantId, tenantId), eq(webhookSubscriptions.id, id))).get();
  if (!row) throw notFound("Webhook subscription");
  return row;
}

/** Changes the URL, events or description; `enabled: true` brings a disabled subscription back with a clean slate. */
export async function updateSubscription(db: Database, config: Config, tenantId: string, id: string, input: { url?: string; events?: string[]; description?: string | null; enabled?: boolean }) {
  const current = await getSubscription(db, tenantId, id);
  if (input.url !== undefined) assertDeliverableUrl(config, input.url);
  const enabling = input.enabled === true && current.status === "disabled";
  const disabling = input.enabled === false && current.status === "active";
  return db
    .update(webhookSubscriptions)
    .set({
      ...(input.url !== undefined ? { url: input.url } : {}),
      ...(input.events !== undefined ? { events: [...new Set(input.events)] } : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(enabling ? { status: "active" as const, disabledReason: null, failingSince: null, failureStreak: 0 } : {}),
      ...(disabling ? { status: "disabled" as const, disabledReason: "by_user" } : {}),
      updatedAt: Date.now(),
    })
    .where(and(eq(webhookSubscriptions.tenantId, tenantId), eq(webhookSubscriptions.id, id)))
    .returning()
    .get();
}

/** Deletes the subscription and its delivery log; queued deliveries find nothing and stop. */
export async function deleteSubscription(db: Database, tenantId: string, id: string): Promise<void> {
  await getSubscription(db, tenantId, id);
  await db.batch([
    db.delete(webhookDeliveries).where(and(eq(webhookDeliveries.tenantId, tenantId), eq(webhookDeliveries.subscriptionId, id))),
    db.delete(webhookSubscriptions).where(and(eq(webhookSubscriptions.tenantId, tenantId), eq(webhookSubscriptions.id, id))),
  ]);
}

/**
 * A new secret, returned once. The previous one keeps signing beside it for `overlapSeconds`
 * (0 ends it at once, for a leaked secret), so a partner can deploy the new one unhurried.
 */
export async function rotateSubscriptionSecret(db: Database, config: Config, tenantId: string, id: string, overlapSeconds = DEFAULT_ROTATION_OVERLAP_SECONDS, now = Date.now()) {
  const current = await getSubscription(db, tenantId, id);
  const secret = newSigningSecret();
  const row = await db
    .update(webhookSubscriptions)
    .set({
      secretSealed: await sealSecret(config.secretsKey, secret, secretContext(tenantId, id)),
      previousSecretSealed: overlapSeconds > 0 ? current.secretSealed : null,
      previousSecretExpiresAt: overlapSeconds > 0 ? now + overlapSeconds * 1000 : null,
      updatedAt: now,
    })
    .where(and(eq(webhookSubscriptions.tenantId, tenantId), eq(webhookSubscriptions.id, id)))
    .returning()
    .get();
  return { subscription: row ?? current, secret };
}

/** The secrets a delivery is signed with now: the current one, and the previous one during its overlap. */
export async function signingSecrets(config: Config, row: SubscriptionRow, now: number): Promise<string[]> {
  const context = secretContext(row.tenantId, row.id);
  const secrets = [await openSecret(config.secretsKey, row.secretSealed, context)];
  if (row.previousSecretSealed && (row.previousSecretExpiresAt ?? 0) > now) secrets.push(await openSecret(config.secretsKey, row.previousSecretSealed, context));
  return secrets;
}

/** Active subscriptions of a tenant that listen to any of the given event types. */
export async function subscriptionsListeningTo(db: Database, tenantId: string, types: readonly string[]): Promise<SubscriptionRow[]> {
  const rows = await db.select().from(webhookSubscriptions).where(and(eq(webhookSubscriptions.tenantId, tenantId), inArray(webhookSubscriptions.status, ["active"]))).all();
  return rows.filter((row) => row.events.some((event) => types.includes(event)));
}
