import { todayIn, type IsoDate } from "../../shared/domain/dates";
import { quoteStay, type QuoteResult } from "../../shared/domain/pricing";
import { AppError } from "../platform/errors";
import type { AccommodationRow } from "../accommodations/accommodations";

type Stay = { checkIn: string; checkOut: string; guests: number };
type QuoteRow = Pick<AccommodationRow, "basePriceAmount" | "currency" | "pricing" | "minStay" | "capacity" | "depositPercent" | "timezone">;

function quoteOn(row: QuoteRow, stay: Stay, today: IsoDate): QuoteResult {
  return quoteStay(
    {
      basePrice: { amount: row.basePriceAmount, currency: row.currency },
      rules: row.pricing,
      minStay: row.minStay,
      capacity: row.capacity,
      depositPercent: row.depositPercent,
    },
    { ...stay, today },
  );
}

/** Prices a stay for an accommodation ("today" in its own time zone), or throws the contract's 422. */
export function quoteFor(row: QuoteRow, stay: Stay, now = new Date()) {
  const result = quoteOn(row, stay, todayIn(row.timezone, now));
  if (!result.ok) throw new AppError(422, result.code, result.detail);
  const { ok: _ok, ...quote } = result;
  return quote;
}

/**
 * Prices one stay for many accommodations at the instant `now` (a search): "today" is worked out once
 * per time zone rather than once per unit, and a unit whose rules refuse the stay gives undefined
 * (it is not an offer) instead of a thrown 422.
 */
export function stayQuoter(stay: Stay, now = new Date()) {
  const todayByZone = new Map<string, IsoDate>();
  return function quoteUnit(row: QuoteRow) {
    let today = todayByZone.get(row.timezone);
    if (today === undefined) {
      today = todayIn(row.timezone, now);
      todayByZone.set(row.timezone, today);
    }
    const result = quoteOn(row, stay, today);
    if (!result.ok) return undefined;
    const { ok: _ok, ...quote } = result;
    return quote;
  };
}
