import { todayIn } from "../../shared/domain/dates";
import { percentOf } from "../../shared/domain/money";
import { quoteStay } from "../../shared/domain/pricing";
import { applyAdjustments, rulesOf, type StoredAdjustment } from "../../shared/pricing/adjustments";
import type { amendInput } from "./inputs";
import type { Ledger, ReservationDetails, StayRow } from "./ledger";
import type { AmendResult } from "./results";
import type { UnitConfig } from "./unit-config";
import type { z } from "zod";

type Amendment = z.output<typeof amendInput>;
type Failure = Exclude<AmendResult, { ok: true }>;

/**
 * Applies an edit of a held or confirmed reservation inside the caller's transaction: new dates
 * take the new nights and give the old ones back together (refused, changing nothing, when any new
 * night is taken), and the stay is priced again when its dates or guests change unless staff set
 * the total by hand with a reason. Answers whether anything changed, so a repeat writes nothing.
 */
export function applyAmendment(sql: SqlStorage, ledger: Ledger, unit: UnitConfig, stay: StayRow, details: ReservationDetails, input: Amendment, now: number): Failure | { ok: true; changed: boolean } {
  if (stay.status !== "held" && stay.status !== "confirmed") return { ok: false, code: "not_amendable" };
  const checkIn = input.checkIn ?? stay.check_in;
  const checkOut = input.checkOut ?? stay.check_out;
  const guests = input.guests ?? details.guests;
  const datesChanged = checkIn !== stay.check_in || checkOut !== stay.check_out;
  const guestsChanged = guests !== details.guests;
  const today = todayIn(unit.timezone, new Date(now));

  let total = details.total_amount;
  let deposit = details.deposit_amount;
  let overrideReason = details.price_override_reason;
  let adjustments = details.adjustments;
  if (datesChanged || guestsChanged) {
    // A guest already in the house keeps their (past) check-in; only new nights must be ahead.
    const quote = quoteStay(
      { basePrice: unit.basePrice, rules: unit.pricing, minStay: unit.minStay, capacity: unit.capacity, depositPercent: unit.depositPercent },
      { checkIn, checkOut, guests, today: checkIn === stay.check_in && checkIn < today ? checkIn : today },
    );
    if (!quote.ok) return { ok: false, code: quote.code, detail: quote.detail };
    if (datesChanged && checkOut <= today) return { ok: false, code: "in_the_past", detail: `checkOut ${checkOut} must be after today (${today})` };
    // The stay keeps the discounts it was held with, taken off the new price once.
    const price = applyAdjustments(quote.total, unit.depositPercent, rulesOf(JSON.parse(details.adjustments) as StoredAdjustment[]));
    total = price.total.amount;
    deposit = price.deposit.amount;
    adjustments = JSON.stringify(price.adjustments);
    overrideReason = null;
  }
  if (input.price) {
    if (input.price.currency !== details.currency) return { ok: false, code: "currency_mismatch" };
    total = input.price.amount;
    deposit = percentOf({ amount: total, currency: details.currency }, unit.depositPercent).amount;
    overrideReason = input.price.reason;
    // A total set by hand is the whole price: no discount is taken off it.
    adjustments = "[]";
  }
  if (datesChanged) {
    const conflicts = ledger.conflicts(checkIn, checkOut, stay.id);
    if (conflicts.length > 0) return { ok: false, code: "dates_unavailable", conflicts };
  }

  const next = {
    guests,
    guest_name: input.guest?.name ?? details.guest_name,
    guest_phone: input.guest && input.guest.phone !== undefined ? input.guest.phone : details.guest_phone,
    guest_email: input.guest && input.guest.email !== undefined ? input.guest.email : details.guest_email,
    source: input.source ?? details.source,
    total_amount: total,
    deposit_amount: deposit,
    notes: input.notes !== undefined ? input.notes : details.notes,
    price_override_reason: overrideReason,
    adjustments,
  };
  const detailsChanged = (Object.keys(next) as Array<keyof typeof next>).some((key) => next[key] !== details[key]);
  if (!datesChanged && !detailsChanged) return { ok: true, changed: false };

  sql.exec(
    `UPDATE reservations SET guests = ?, guest_name = ?, guest_phone = ?, guest_email = ?, source = ?, total_amount = ?, deposit_amount = ?,
       notes = ?, price_override_reason = ?, adjustments = ?, updated_at = ? WHERE id = ?`,
    next.guests,
    next.guest_name,
    next.guest_phone,
    next.guest_email,
    next.source,
    next.total_amount,
    next.deposit_amount,
    next.notes,
    next.price_override_reason,
    next.adjustments,
    now,
    stay.id,
  );
  // The nights move with the stay in the same transaction: the unique index never sees both.
  if (datesChanged) ledger.writeStay({ ...stay, check_in: checkIn, check_out: checkOut, version: stay.version + 1 });
  else ledger.touchStay(stay.id);
  return { ok: true, changed: true };
}
