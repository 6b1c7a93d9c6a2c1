import { and, eq } from "drizzle-orm";
import { formatPercent } from "../../shared/assistant/format";
import type { TemplateLang } from "../../shared/messaging/default-templates";
import type { Database } from "../platform/db/client";
import { reservations, type LoyaltyTier } from "../platform/db/schema";
import type { Env } from "../platform/env";
import type { TierChange } from "../loyalty/guest-tier";
import { sendTemplateToGuest } from "./reach-guest";
import { listSteps } from "./steps";
import { getTemplate } from "./templates";

const DISCOUNT_WORDS: Record<TemplateLang, (percent: string) => string> = {
  es: (percent) => `${percent} de descuento en reservas directas`,
  pt: (percent) => `${percent} de desconto em reservas diretas`,
  en: (percent) => `${percent} off direct bookings`,
};

/** A change to a higher tier (tiers are listed lowest first); losing or lowering a tier is not one. */
export function isUpgrade(tiers: readonly LoyaltyTier[], change: Pick<TierChange, "from" | "to">): boolean {
  if (change.to === null) return false;
  const rank = (name: string | null) => (name === null ? -1 : tiers.findIndex((t) => t.name === name));
  return rank(change.to) > rank(change.from);
}

/** What a tier gives, in the guest's language: its discount, then the lodging's own words. */
export function benefitsText(tier: LoyaltyTier, lang: TemplateLang): string {
  const discount = tier.discountPercent ? [DISCOUNT_WORDS[lang](formatPercent(tier.discountPercent, lang))] : [];
  return [...discount, ...tier.benefits].join(", ");
}

/**
 * Tells a guest the tier they reached, through the `loyalty_upgrade` step's template and channels,
 * written about the stay that lifted them. The dedupe key is the guest and the tier, so a redelivered
 * batch (or a tier lost and regained) never sends it twice; the outbound pipeline keeps quiet hours,
 * since nobody is waiting for it. A paused step, or a stay the read model has not got, sends nothing.
 */
export async function sendUpgradeMessage(db: Database, env: Env, tenantId: string, change: TierChange & { reservationId: string }, tiers: readonly LoyaltyTier[]): Promise<void> {
  const tier = tiers.find((t) => t.name === change.to);
  const step = (await listSteps(db, tenantId)).find((s) => s.kind === "loyalty_upgrade");
  if (!tier || !step?.enabled) return;
  const [reservation, template] = await Promise.all([
    db.select().from(reservations).where(and(eq(reservations.tenantId, tenantId), eq(reservations.id, change.reservationId))).get(),
    getTemplate(db, tenantId, step.templateId),
  ]);
  if (!reservation) return;
  await sendTemplateToGuest(db, env, {
    reservation,
    template,
    preference: step.channels,
    dedupeKey: `loyalty_upgrade:${change.guestId}:${tier.name}`,
    author: "assistant",
    urgent: false,
    eventValues: (lang) => ({ tier: tier.name, benefits: benefitsText(tier, lang) }),
  });
}
