import { daysBetween } from "../../shared/domain/dates";
import { money } from "../../shared/domain/money";
import { newId } from "../../shared/ids";
import type { Offer, QuotationRequest } from "../../shared/quotations/model";
import { findAvailableAccommodations, searchDatabase } from "../bookings/availability";
import { stayQuoter } from "../bookings/quotes";

const ROOM_TYPE_BY_CAPACITY: Record<number, string> = { 1: "single", 2: "double", 3: "triple", 4: "quadruple" };

/** A unit's room type as group requests name them: by how many it sleeps. */
export function roomTypeOf(capacity: number): string {
  return ROOM_TYPE_BY_CAPACITY[capacity] ?? `${capacity} people`;
}

/**
 * The tenant's own units free for the whole stay, each priced by its own rules for as many as it
 * sleeps, as one offer the operator can pick lines from. Units in another currency, or whose rules
 * refuse the stay (minimum stay), are left out.
 */
export async function proposeOwnUnits(d1: D1Database, tenantId: string, request: QuotationRequest, now = new Date()): Promise<Offer | undefined> {
  const stay = { checkIn: request.checkIn, checkOut: request.checkOut };
  const free = await findAvailableAccommodations(searchDatabase(d1), tenantId, { ...stay, guests: 1 });
  const nights = daysBetween(request.checkIn, request.checkOut);
  const lines: Offer["lines"] = [];
  for (const unit of free) {
    if (unit.currency !== request.currency) continue;
    const quote = stayQuoter({ ...stay, guests: unit.capacity }, now)(unit);
    if (!quote) continue;
    lines.push({
      roomType: roomTypeOf(unit.capacity),
      count: 1,
      nightlyPrice: money(Math.round(quote.total.amount / nights), quote.total.currency),
      total: quote.total,
      accommodationId: unit.id,
      unitName: unit.name,
      sleeps: unit.capacity,
    });
    if (lines.length === 50) break;
  }
  if (lines.length === 0) return undefined;
  return { id: newId("ofr", now.getTime()), partnerId: null, lines, status: "active", updatedAt: now.getTime() };
}
