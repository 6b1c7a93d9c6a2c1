import { todayIn } from "../../shared/domain/dates";
import { quoteStay } from "../../shared/domain/pricing";
import { AppError } from "../platform/errors";
import type { AccommodationRow } from "../accommodations/accommodations";

/** Prices a stay for an accommodation ("today" in its own time zone), or throws the contract's 422. */
export function quoteFor(row: AccommodationRow, stay: { checkIn: string; checkOut: string; guests: number }, now = new Date()) {
  const result = quoteStay(
    {
      basePrice: { amount: row.basePriceAmount, currency: row.currency },
      rules: row.pricing,
      minStay: row.minStay,
      capacity: row.capacity,
      depositPercent: row.depositPercent,
    },
    { ...stay, today: todayIn(row.timezone, now) },
  );
  if (!result.ok) throw new AppError(422, result.code, result.detail);
  const { ok: _ok, ...quote } = result;
  return quote;
}
