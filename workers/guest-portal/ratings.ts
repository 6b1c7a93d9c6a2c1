import { and, eq } from "drizzle-orm";
import type { Database } from "../platform/db/client";
import { guestRatings } from "../platform/db/schema";
import type { LiveEnv } from "../../durable-objects/live/publish";
import { raiseAlert } from "../alerts/alerts";
import { AppError } from "../platform/errors";
import { portalSettingsOf, reviewLinkFor } from "./portal-settings";

/** At or under this, staff hear of the rating at once. */
export const LOW_RATING_MAX = 6;
/** At or over this, the guest is invited to review us where they booked. */
export const PROMOTER_MIN = 9;

export type RatingRow = typeof guestRatings.$inferSelect;

export interface RatedReservation {
  id: string;
  tenantId: string;
  code: string;
  guestName: string;
  status: string;
  checkIn: string;
  source: string;
}

export interface RatingOutcome {
  rating: RatingRow;
  /** Where to leave a public review (only for a promoter, and only when the tenant set a link). */
  reviewUrl: string | null;
  /** False when the stay had been rated already: the first rating stands. */
  recorded: boolean;
}

/**
 * Records a guest's 0–10 rating once per reservation (the first one stands, so a double tap or a
 * WhatsApp redelivery changes nothing). A low score alerts staff once; a promoter is pointed at
 * the review page of the channel they booked through.
 */
export async function rateStay(
  db: Database,
  env: LiveEnv,
  reservation: RatedReservation,
  input: { score: number; comment?: string | null; via: RatingRow["via"] },
  today: string,
  now = Date.now(),
): Promise<RatingOutcome> {
  if (reservation.status !== "confirmed") throw new AppError(409, "not_confirmed", "Only a confirmed stay can be rated");
  if (reservation.checkIn > today) throw new AppError(409, "stay_not_started", "A stay can be rated once it has begun");
  const inserted = await db
    .insert(guestRatings)
    .values({ reservationId: reservation.id, tenantId: reservation.tenantId, score: input.score, comment: input.comment?.trim() || null, via: input.via, createdAt: now })
    .onConflictDoNothing()
    .returning()
    .all();
  const rating = inserted[0] ?? (await db.select().from(guestRatings).where(and(eq(guestRatings.tenantId, reservation.tenantId), eq(guestRatings.reservationId, reservation.id))).get())!;
  if (inserted.length > 0 && rating.score <= LOW_RATING_MAX) {
    await raiseAlert(db, env, reservation.tenantId, {
      kind: "low_guest_rating",
      severity: "critical",
      subjectType: "reservation",
      subjectId: reservation.id,
      message: `${reservation.guestName} (${reservation.code}) rated the stay ${rating.score}/10${rating.comment ? `: ${rating.comment.slice(0, 200)}` : ""}`,
      params: { code: reservation.code, guest: reservation.guestName, score: rating.score, comment: rating.comment?.slice(0, 200) ?? "" },
      dedupeKey: `low_guest_rating:${reservation.id}`,
    });
  }
  const reviewUrl = rating.score >= PROMOTER_MIN ? reviewLinkFor(await portalSettingsOf(db, reservation.tenantId), reservation.source) : null;
  return { rating, reviewUrl, recorded: inserted.length > 0 };
}

export async function ratingOf(db: Database, tenantId: string, reservationId: string): Promise<RatingRow | null> {
  return (await db.select().from(guestRatings).where(and(eq(guestRatings.tenantId, tenantId), eq(guestRatings.reservationId, reservationId))).get()) ?? null;
}

/** A WhatsApp reply that is only a score ("9", "10/10", " 7 ") read as one; anything else is not a rating. */
export function plainScore(text: string): number | null {
  const match = /^\s*(\d{1,2})(?:\s*\/\s*10)?\s*[.!]?\s*$/.exec(text);
  if (!match) return null;
  const score = Number(match[1]);
  return score >= 0 && score <= 10 ? score : null;
}
