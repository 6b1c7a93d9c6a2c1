import { and, asc, eq, gte, inArray, lte } from "drizzle-orm";
import type { Money } from "../../shared/domain/money";
import type { Database } from "../platform/db/client";
import { accommodations, loyaltyBenefitDeliveries, reservations, upsellPurchases, upsells, users, type LocalizedText } from "../platform/db/schema";
import { AppError, notFound } from "../platform/errors";
import type { Principal } from "../tenancy/principal";
import { tiersOfReservations } from "./reservation-tier";
import type { Tier } from "./tier-settings";

export type BenefitKind = "discount" | "welcome" | "benefit" | "late_checkout" | "early_checkin";

export interface OwedBenefit {
  /** The reservation's id and the benefit's key: stable while the tier names the benefit. */
  id: string;
  kind: BenefitKind;
  /** The lodging's own words (the welcome text, a free-text benefit); null for the discount. */
  text: string | null;
  /** The discount's percent, and what it took off the stay when it was priced with it. */
  percent: number | null;
  amount: Money | null;
  /** Delivered by itself (a discount priced into the stay): nobody marks it, nobody can undo it. */
  automatic: boolean;
  delivered: { at: number; by: { type: "user" | "api_key"; id: string; name: string | null } | null } | null;
}

export interface StayBenefits {
  reservationId: string;
  code: string;
  guestId: string;
  guestName: string;
  accommodationId: string;
  unitName: string;
  checkIn: string;
  checkOut: string;
  tier: string;
  benefits: OwedBenefit[];
}

type StayRow = Pick<typeof reservations.$inferSelect, "id" | "code" | "guestName" | "accommodationId" | "checkIn" | "checkOut" | "adjustments" | "currency">;

/** A short, stable key for a benefit written in words, so reordering the tier's list keeps its marks. */
function textKey(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

interface FreeExtras {
  /** The catalog's day-use extras by id: kind and name. */
  catalog: Map<string, { kind: "late_checkout" | "early_checkin"; title: LocalizedText }>;
  /** `reservationId upsellId` of the extras already claimed and settled for a stay. */
  claimed: Set<string>;
}

/** What a tier owes one stay, before delivery: its discount (applied or not), its welcome, its own lines, its free extras (given once claimed). */
function benefitsOf(stay: StayRow, tier: Tier, extras: FreeExtras): Array<Omit<OwedBenefit, "delivered">> {
  const owed: Array<Omit<OwedBenefit, "delivered">> = [];
  if (tier.discountPercent) {
    const line = stay.adjustments.find((a) => a.kind === "loyalty");
    owed.push({ id: `${stay.id}.discount`, kind: "discount", text: null, percent: tier.discountPercent, amount: line ? line.amount : null, automatic: line !== undefined });
  }
  if (tier.welcomeText) owed.push({ id: `${stay.id}.welcome`, kind: "welcome", text: tier.welcomeText, percent: null, amount: null, automatic: false });
  for (const text of tier.benefits) owed.push({ id: `${stay.id}.benefit-${textKey(text)}`, kind: "benefit", text, percent: null, amount: null, automatic: false });
  for (const upsellId of tier.freeExtras) {
    const extra = extras.catalog.get(upsellId);
    if (!extra) continue;
    const text = extra.title.es ?? extra.title.pt ?? extra.title.en ?? null;
    owed.push({ id: `${stay.id}.extra-${upsellId}`, kind: extra.kind, text, percent: null, amount: null, automatic: extras.claimed.has(`${stay.id} ${upsellId}`) });
  }
  return owed;
}

const STAY_COLUMNS = {
  id: reservations.id,
  code: reservations.code,
  guestName: reservations.guestName,
  accommodationId: reservations.accommodationId,
  checkIn: reservations.checkIn,
  checkOut: reservations.checkOut,
  adjustments: reservations.adjustments,
  currency: reservations.currency,
};

/** The benefits owed to these confirmed stays by their guests' tiers now, with what was delivered. */
async function benefitsForStays(db: Database, tenantId: string, stays: readonly StayRow[]): Promise<StayBenefits[]> {
  const { byReservation } = await tiersOfReservations(
    db,
    tenantId,
    stays.map((s) => s.id),
  );
  const tiered = stays.filter((s) => byReservation.has(s.id));
  if (tiered.length === 0) return [];
  const ids = tiered.map((s) => s.id);
  const extraIds = [...new Set(tiered.flatMap((s) => byReservation.get(s.id)!.tier.freeExtras))];
  const [marks, units, catalog, claims] = await Promise.all([
    db
      .select({ benefitId: loyaltyBenefitDeliveries.benefitId, type: loyaltyBenefitDeliveries.deliveredByType, by: loyaltyBenefitDeliveries.deliveredBy, at: loyaltyBenefitDeliveries.deliveredAt, name: users.name })
      .from(loyaltyBenefitDeliveries)
      .leftJoin(users, and(eq(users.id, loyaltyBenefitDeliveries.deliveredBy), eq(users.tenantId, tenantId)))
      .where(and(eq(loyaltyBenefitDeliveries.tenantId, tenantId), inArray(loyaltyBenefitDeliveries.reservationId, ids)))
      .all(),
    db
      .select({ id: accommodations.id, name: accommodations.name })
      .from(accommodations)
      .where(and(eq(accommodations.tenantId, tenantId), inArray(accommodations.id, [...new Set(tiered.map((s) => s.accommodationId))])))
      .all(),
    extraIds.length === 0 ? [] : db.select({ id: upsells.id, kind: upsells.kind, title: upsells.title }).from(upsells).where(and(eq(upsells.tenantId, tenantId), inArray(upsells.id, extraIds))).all(),
    extraIds.length === 0
      ? []
      : db
          .select({ reservationId: upsellPurchases.reservationId, upsellId: upsellPurchases.upsellId })
          .from(upsellPurchases)
          .where(and(eq(upsellPurchases.tenantId, tenantId), inArray(upsellPurchases.reservationId, ids), inArray(upsellPurchases.upsellId, extraIds), eq(upsellPurchases.status, "paid")))
          .all(),
  ]);
  const extras: FreeExtras = {
    catalog: new Map(catalog.flatMap((u) => (u.kind === "other" ? [] : [[u.id, { kind: u.kind, title: u.title }] as const]))),
    claimed: new Set(claims.map((c) => `${c.reservationId} ${c.upsellId}`)),
  };
  const markOf = new Map(marks.map((m) => [m.benefitId, m]));
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  return tiered.map((stay) => {
    const { guestId, tier } = byReservation.get(stay.id)!;
    return {
      reservationId: stay.id,
      code: stay.code,
      guestId,
      guestName: stay.guestName,
      accommodationId: stay.accommodationId,
      unitName: unitName.get(stay.accommodationId) ?? "",
      checkIn: stay.checkIn,
      checkOut: stay.checkOut,
      tier: tier.name,
      benefits: benefitsOf(stay, tier, extras).map((benefit) => {
        const mark = markOf.get(benefit.id);
        const delivered = benefit.automatic ? { at: 0, by: null } : mark ? { at: mark.at, by: { type: mark.type, id: mark.by, name: mark.name ?? null } } : null;
        return { ...benefit, delivered };
      }),
    };
  });
}

/** D1 binds at most 100 values per query; a week of arrivals is far fewer stays. */
const STAYS_PER_LIST = 90;

/**
 * The benefits owed to the confirmed stays arriving from `from` to `to` (both included) whose
 * guests hold a tier: held, lapsed and cancelled stays owe nothing. Stays in order of arrival.
 */
export async function benefitsOwed(db: Database, tenantId: string, from: string, to: string): Promise<StayBenefits[]> {
  const stays = await db
    .select(STAY_COLUMNS)
    .from(reservations)
    .where(and(eq(reservations.tenantId, tenantId), eq(reservations.status, "confirmed"), gte(reservations.checkIn, from), lte(reservations.checkIn, to)))
    .orderBy(asc(reservations.checkIn), asc(reservations.code))
    .limit(STAYS_PER_LIST)
    .all();
  return benefitsForStays(db, tenantId, stays);
}

/** One benefit of the tenant's, found by its id; another tenant's, a stay no longer confirmed or a benefit the tier no longer gives is a 404. */
async function owedBenefit(db: Database, tenantId: string, benefitId: string): Promise<{ stay: StayBenefits; benefit: OwedBenefit }> {
  const reservationId = benefitId.slice(0, benefitId.lastIndexOf("."));
  const stay = reservationId
    ? await db
        .select(STAY_COLUMNS)
        .from(reservations)
        .where(and(eq(reservations.tenantId, tenantId), eq(reservations.id, reservationId), eq(reservations.status, "confirmed")))
        .get()
    : undefined;
  const [owed] = stay ? await benefitsForStays(db, tenantId, [stay]) : [];
  const benefit = owed?.benefits.find((b) => b.id === benefitId);
  if (!owed || !benefit) throw notFound("Benefit");
  return { stay: owed, benefit };
}

/** Marks a benefit given, by whom and when; marking it again keeps the first mark. */
export async function markBenefitDelivered(db: Database, principal: Principal, benefitId: string, now = Date.now()): Promise<OwedBenefit> {
  const { stay, benefit } = await owedBenefit(db, principal.tenantId, benefitId);
  if (benefit.delivered) return benefit;
  await db
    .insert(loyaltyBenefitDeliveries)
    .values({
      tenantId: principal.tenantId,
      benefitId,
      reservationId: stay.reservationId,
      deliveredByType: principal.kind === "session" ? "user" : "api_key",
      deliveredBy: principal.kind === "session" ? principal.userId : principal.keyId,
      deliveredAt: now,
    })
    .onConflictDoNothing();
  return (await owedBenefit(db, principal.tenantId, benefitId)).benefit;
}

/** Takes a mark back (tapped by mistake); a benefit that delivered itself (the discount priced in, a free extra claimed) cannot be taken back (409). */
export async function undoBenefitDelivered(db: Database, tenantId: string, benefitId: string): Promise<OwedBenefit> {
  const { benefit } = await owedBenefit(db, tenantId, benefitId);
  if (benefit.automatic) throw new AppError(409, "delivered_automatically", "This benefit was given with the stay's price; there is no mark to take back");
  await db.delete(loyaltyBenefitDeliveries).where(and(eq(loyaltyBenefitDeliveries.tenantId, tenantId), eq(loyaltyBenefitDeliveries.benefitId, benefitId)));
  return { ...benefit, delivered: null };
}
