/**
 * Reservation codes, made inside the calendar object without asking anyone: `RES` + the local
 * day (yymmdd) + a number that pairs the unit's number within the tenant (1, 2, 3 …) with the
 * unit's own sequence of that day (Cantor's pairing, a bijection). Two units never make the same
 * number, so codes are unique per tenant with no shared counter on the hold's path; small
 * tenants get short codes (unit 1's first hold of the day is 001, unit 2's is 002, unit 1's
 * second is 003) and the number grows past three digits only on busy days of large tenants.
 */
export function reservationCode(localDate: string, unitNumber: number, sequence: number): string {
  const day = localDate.slice(2).replace(/-/g, "");
  return `RES${day}${String(pairNumbers(unitNumber, sequence)).padStart(3, "0")}`;
}

/** Cantor's pairing of two positive integers, shifted so that (1, 1) is 1. */
export function pairNumbers(unitNumber: number, sequence: number): number {
  if (!Number.isInteger(unitNumber) || unitNumber < 1 || !Number.isInteger(sequence) || sequence < 1) {
    throw new RangeError("unit number and sequence start at 1");
  }
  const diagonal = unitNumber + sequence - 2;
  return (diagonal * (diagonal + 1)) / 2 + sequence;
}
