import { eq, and, isNull, asc } from "drizzle-orm";
import type { Offer, SearchOutcome, Step } from "../../../shared/assistant/dialog";
import { minorUnitDigits } from "../../../shared/domain/currency-units";
import { addDays, daysBetween, todayIn } from "../../../shared/domain/dates";
import { stayQuoter } from "../../bookings/quotes";
import { normalize } from "../../../shared/nlu/index";
import type { Database } from "../../platform/db/client";
import { accommodations } from "../../platform/db/schema";
import type { AccommodationRow } from "../../accommodations/accommodations";
import { findAvailableAccommodations, findNearbyFreeStays } from "../../bookings/availability";
import { fittingPackage, packageCatalog } from "../../packages/quote-package";
import { adjustQuote, type AdjustmentRule } from "../../../shared/pricing/adjustments";
import { guestDiscount } from "../../loyalty/guest-discount";

type SearchStep = Extract<Step, { kind: "search" }>;

/** How far around the dates asked for the assistant looks for a free stay of the same length. */
const NEARBY_DAYS = 7;
const MAX_ALTERNATIVES = 3;

function wholeUnits(minor: number, currency: string) {
  const unit = 10 ** minorUnitDigits(currency);
  return Math.round(minor / unit) * unit;
}

/** NLU unit types (cabana, departamento, casa) of accommodation types. */
export function unitKind(type: string): string | null {
  return type === "cabin" ? "cabana" : type === "apartment" ? "departamento" : type === "house" ? "casa" : null;
}

// Words of a unit's name that tell it apart ("Robles" in "Cabaña Robles").
const GENERIC_NAME_WORDS = new Set(["cabana", "cabanas", "depto", "departamento", "apartamento", "casa", "house", "cabin", "apartment", "la", "el", "de", "del", "the", "suite", "loft"]);

/** Units whose distinctive name words the message uses: "cuánto sale Robles del 3 al 5?". */
function namedIn(text: string, units: readonly AccommodationRow[]): AccommodationRow[] {
  const said = ` ${normalize(text)} `;
  return units.filter((unit) => normalize(unit.name).split(" ").some((word) => word.length >= 3 && !GENERIC_NAME_WORDS.has(word) && said.includes(` ${word} `)));
}

/**
 * The discount a hold for this guest would get (the profile the channel vouches for), to price
 * offers with; none for a guest the assistant does not know or may not trust.
 */
export async function offerDiscount(db: Database, tenantId: string, loyaltyGuestId: string | null): Promise<AdjustmentRule[]> {
  if (!loyaltyGuestId) return [];
  return (await guestDiscount(db, tenantId, { guestId: loyaltyGuestId })).rules;
}

/**
 * Runs the dialog's search step: the units that fit and are free, priced; when a rule stops the
 * stay, which rule and what would work instead (the minimum stay from the same day, the
 * largest unit); when nothing is free, other units for the same dates and the nearest free
 * stays of the same length within a week either side.
 *
 * `loyalty` is the guest's tier discount as the hold would get it (guestDiscount): every price
 * offered is what the hold will cost, priced by the same function as the calendar object's
 * (adjustQuote: a package first, then the loyalty percent on what is left), so the number the
 * guest reads is the number held.
 */
export async function searchStays(db: Database, tenantId: string, step: SearchStep, text: string, now: number, timeZone: string, loyalty: readonly AdjustmentRule[] = []): Promise<SearchOutcome> {
  const { checkIn, checkOut } = step;
  const nights = daysBetween(checkIn, checkOut);
  const today = todayIn(timeZone, new Date(now));
  const packages = await packageCatalog(db, tenantId);
  const units = await db.select().from(accommodations).where(and(eq(accommodations.tenantId, tenantId), isNull(accommodations.deletedAt))).orderBy(asc(accommodations.createdAt)).all();
  const named = namedIn(text, units);
  const wanted = (unit: AccommodationRow) =>
    named.length > 0 ? named.some((n) => n.id === unit.id) : !step.unitType || unitKind(unit.type) === step.unitType;

  const largest = Math.max(0, ...units.map((unit) => unit.capacity));
  if (step.guests !== null && units.length > 0 && step.guests > largest) return { kind: "overCapacity", guests: step.guests, largest };

  // Without a party size (a price question), each unit is quoted for whatever it holds.
  const party = step.guests ?? 1;
  const quote = stayQuoter({ checkIn, checkOut, guests: party }, new Date(now));
  const offerOf = (unit: AccommodationRow, stay: { checkIn: string; checkOut: string }): Offer | null => {
    const priced = stay.checkIn === checkIn && stay.checkOut === checkOut ? quote(unit) : stayQuoter({ ...stay, guests: party }, new Date(now))(unit);
    if (!priced) return null;
    const plain = adjustQuote(priced, unit.depositPercent, loyalty);
    const fits = fittingPackage(packages, unit.id, stay, priced.total);
    const packaged = fits ? adjustQuote(priced, unit.depositPercent, [fits.rule, ...loyalty]) : null;
    const discount = plain.adjustments.find((line) => line.kind === "loyalty");
    const rule = loyalty.find((r) => r.kind === "loyalty");
    return {
      accommodationId: unit.id,
      name: unit.name,
      kind: unitKind(unit.type),
      capacity: unit.capacity,
      checkIn: stay.checkIn,
      checkOut: stay.checkOut,
      // An average over nights priced differently (weekends) is shown in whole units, not cents.
      nightly: wholeUnits(plain.total.amount / priced.nights, plain.total.currency),
      total: plain.total.amount,
      deposit: plain.deposit.amount,
      depositPercent: unit.depositPercent,
      currency: plain.total.currency,
      ...(discount && rule && { loyalty: { name: rule.name, percent: rule.percent, before: priced.total.amount } }),
      ...(fits &&
        packaged && {
          package: { id: fits.offer.id, name: fits.offer.name, total: packaged.total.amount, deposit: packaged.deposit.amount, extras: fits.offer.extras.map((e) => e.title) },
        }),
    };
  };

  const free = await findAvailableAccommodations(db, tenantId, { checkIn, checkOut, guests: party });
  const freeWanted = free.filter(wanted);
  const offers = freeWanted.map((unit) => offerOf(unit, { checkIn, checkOut })).filter((o): o is Offer => o !== null);
  if (offers.length > 0) return { kind: "offers", offers, checkIn, checkOut, quoted: step.guests === null };

  // Free, but shorter than its minimum stay: say the rule and offer the minimum from the same day.
  const tooShort = freeWanted.filter((unit) => unit.minStay > nights).sort((a, b) => a.minStay - b.minStay);
  if (tooShort.length > 0) {
    const unit = tooShort[0]!;
    const longer = { checkIn, checkOut: addDays(checkIn, unit.minStay) };
    const stillFree = await findAvailableAccommodations(db, tenantId, { ...longer, guests: party });
    const offer = stillFree.some((u) => u.id === unit.id) ? offerOf(unit, longer) : null;
    return { kind: "minStay", nights: unit.minStay, offer };
  }

  const alternatives: Offer[] = [];
  const seenUnits = new Set<string>();
  // Other units for the same dates (another kind than asked for).
  for (const unit of free) {
    if (wanted(unit)) continue;
    const offer = offerOf(unit, { checkIn, checkOut });
    if (offer) {
      alternatives.push(offer);
      seenUnits.add(unit.id);
    }
  }
  // The nearest free stays of the same length, on any unit with room, wanted kinds first.
  const nearby = await findNearbyFreeStays(db, tenantId, { checkIn, checkOut, guests: party, days: NEARBY_DAYS, today });
  nearby.sort((a, b) => Math.abs(a.shift) - Math.abs(b.shift) || Number(wanted(b.unit)) - Number(wanted(a.unit)));
  for (const stay of nearby) {
    if (alternatives.length >= MAX_ALTERNATIVES) break;
    // One alternative per unit: three dates of the same cabin say less than three cabins.
    if (seenUnits.has(stay.unit.id)) continue;
    const offer = offerOf(stay.unit, stay);
    if (offer) {
      alternatives.push(offer);
      seenUnits.add(stay.unit.id);
    }
  }
  if (alternatives.length > 0) return { kind: "alternatives", offers: alternatives.slice(0, MAX_ALTERNATIVES), checkIn, checkOut };
  return { kind: "nothing", checkIn, checkOut };
}
