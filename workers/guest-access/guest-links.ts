import { and, desc, eq, gt, isNull } from "drizzle-orm";
import { dayNumber } from "../../shared/domain/dates";
import { newId } from "../../shared/ids";
import type { Database } from "../platform/db/client";
import { guestLinks } from "../platform/db/schema";
import { issueGuestToken, type GuestTokenClaims } from "./guest-token";

/** A link lives until a few days after check-out: long enough to rate the stay, not forever. */
export const LINK_DAYS_AFTER_CHECK_OUT = 7;
const DAY_MS = 86_400_000;

export interface GuestLink {
  url: string;
  token: string;
  expiresAt: number;
}

/** The end of the link's life: noon UTC of check-out plus the grace days (the zone hardly matters at that distance). */
export function linkExpiry(checkOut: string): number {
  return (dayNumber(checkOut) + LINK_DAYS_AFTER_CHECK_OUT) * DAY_MS + 12 * 3600_000;
}

/**
 * The reservation's live link, or a new one when there is none (first time, after a revocation,
 * or when the stay moved past the old link's end). The token is signed, never stored, so asking
 * again signs the same claims afresh: every token of one link dies with it.
 */
export async function guestLinkFor(
  db: Database,
  secret: string,
  publicBaseUrl: string,
  reservation: { id: string; tenantId: string; checkOut: string },
  now = Date.now(),
): Promise<GuestLink> {
  const expiresAt = linkExpiry(reservation.checkOut);
  const live = await db
    .select()
    .from(guestLinks)
    .where(and(eq(guestLinks.tenantId, reservation.tenantId), eq(guestLinks.reservationId, reservation.id), isNull(guestLinks.revokedAt), gt(guestLinks.expiresAt, now)))
    .orderBy(desc(guestLinks.createdAt))
    .get();
  let link = live;
  if (link && link.expiresAt !== expiresAt) {
    // The stay's dates changed: the same link follows them.
    link = await db.update(guestLinks).set({ expiresAt }).where(eq(guestLinks.id, link.id)).returning().get();
  }
  if (!link || link.expiresAt <= now) {
    link = await db.insert(guestLinks).values({ id: newId("gl", now), tenantId: reservation.tenantId, reservationId: reservation.id, expiresAt, createdAt: now }).returning().get();
  }
  const token = await issueGuestToken(secret, { linkId: link.id, tenantId: link.tenantId, reservationId: link.reservationId }, link.expiresAt);
  return { url: `${publicBaseUrl}/guest/${token}`, token, expiresAt: link.expiresAt };
}

/** Revokes every live link of the reservation: their tokens open nothing from now on. Answers how many. */
export async function revokeGuestLinks(db: Database, tenantId: string, reservationId: string, now = Date.now()): Promise<number> {
  const revoked = await db
    .update(guestLinks)
    .set({ revokedAt: now })
    .where(and(eq(guestLinks.tenantId, tenantId), eq(guestLinks.reservationId, reservationId), isNull(guestLinks.revokedAt)))
    .returning({ id: guestLinks.id })
    .all();
  return revoked.length;
}

/** Whether a signed token's link still opens its reservation: neither revoked nor past its end. */
export async function guestLinkIsLive(db: Database, claims: GuestTokenClaims, now = Date.now()): Promise<boolean> {
  const link = await db
    .select({ id: guestLinks.id })
    .from(guestLinks)
    .where(and(eq(guestLinks.id, claims.linkId), eq(guestLinks.tenantId, claims.tenantId), eq(guestLinks.reservationId, claims.reservationId), isNull(guestLinks.revokedAt), gt(guestLinks.expiresAt, now)))
    .get();
  return Boolean(link);
}
