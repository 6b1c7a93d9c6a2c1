import { and, eq, or, sql, type SQL } from "drizzle-orm";
import { normaliseEmail, normalisePhone } from "../../shared/guests/phone";
import type { AdjustmentRule } from "../../shared/pricing/adjustments";
import type { Database } from "../platform/db/client";
import { guestTierChanges, guests, loyaltyTiers } from "../platform/db/schema";
import { notFound } from "../platform/errors";
import { completeTier, type Tier } from "./tier-settings";

/** Who a stay is for, as a hold or a quote names them: a profile, or the contact that may find one. */
export interface GuestReference {
  guestId?: string | null;
  phone?: string | null;
  email?: string | null;
}

export interface GuestDiscount {
  /** The live profile the stay is priced for (null: nobody known). */
  guest: { id: string; name: string; phone: string | null; email: string | null } | null;
  /** The tier's discount as a pricing rule (none without a tier that gives one). */
  rules: AdjustmentRule[];
  /** The tier recorded for the guest last (null: none). */
  tier: Tier | null;
}

const NOBODY: GuestDiscount = { guest: null, rules: [], tier: null };

/**
 * The loyalty discount a guest gets on a direct booking, in one D1 read: their profile, the tier
 * recorded for them last (the cache follow-tiers keeps up to date on every stay change, and the
 * tiers screen on every change of the tiers) and the tenant's tiers, for the tier's percent today.
 * Reading the recorded tier rather than counting stays keeps a hold to this one read; counting would
 * be three (merged profiles, the stays, the tiers). A reference with neither id nor contact reads
 * nothing. A merged profile is followed to the one it lives in (one read per merge, and rare).
 * An id of another tenant's guest is a 404; an erased guest is nobody.
 */
export async function guestDiscount(db: Database, tenantId: string, who: GuestReference): Promise<GuestDiscount> {
  const phone = who.phone ? normalisePhone(who.phone) : null;
  const email = who.email ? normaliseEmail(who.email) : null;
  let match: SQL | undefined = who.guestId ? eq(guests.id, who.guestId) : or(phone ? eq(guests.phone, phone) : undefined, email ? eq(guests.email, email) : undefined);
  if (!match) return NOBODY;
  for (let hops = 0; hops < 20; hops++) {
    const rows = await db
      .select({
        id: guests.id,
        name: guests.name,
        phone: guests.phone,
        email: guests.email,
        mergedInto: guests.mergedInto,
        anonymisedAt: guests.anonymisedAt,
        tier: sql<string | null>`(SELECT ${guestTierChanges.toTier} FROM ${guestTierChanges} WHERE ${guestTierChanges.tenantId} = ${guests.tenantId} AND ${guestTierChanges.guestId} = ${guests.id} ORDER BY ${guestTierChanges.createdAt} DESC, ${guestTierChanges.id} DESC LIMIT 1)`,
        tiers: loyaltyTiers.tiers,
      })
      .from(guests)
      .leftJoin(loyaltyTiers, eq(loyaltyTiers.tenantId, guests.tenantId))
      .where(and(eq(guests.tenantId, tenantId), match))
      .all();
    // Phone wins over email when they name two profiles, as in recognition.
    const row = rows.find((r) => phone && r.phone === phone) ?? rows[0];
    if (!row) {
      if (who.guestId) throw notFound("Guest");
      return NOBODY;
    }
    if (row.mergedInto) {
      const into: string = row.mergedInto;
      match = eq(guests.id, into);
      continue;
    }
    if (row.anonymisedAt) return NOBODY;
    const guest = { id: row.id, name: row.name, phone: row.phone, email: row.email };
    const found = row.tier ? (row.tiers ?? []).find((t) => t.name === row.tier) : undefined;
    const tier = found ? completeTier(found) : null;
    if (!tier?.discountPercent) return { guest, rules: [], tier };
    return { guest, rules: [{ kind: "loyalty", name: tier.name, percent: tier.discountPercent }], tier };
  }
  return NOBODY;
}
