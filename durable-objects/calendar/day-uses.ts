import { addDays } from "../../shared/domain/dates";
import type { NightConflict } from "./results";
import type { StayRow } from "./ledger";

/**
 * Day use: a late check-out or an early check-in sold to a stay. The object owns nights, not
 * hours, so such an extra is recorded as a claim on the night next to the stay that must stay
 * empty: a late check-out on the check-out day needs that day's night free (nobody arriving),
 * an early check-in needs the night before arrival free (nobody leaving that morning). The claim
 * is written here, by the same object and in the same kind of transaction as holds, amendments
 * and blocks, and those check it like a taken night: whichever comes first wins, and the other
 * is refused (409), so the sale and an arrival that day can never both succeed. A claim counts
 * only while its stay is held or confirmed and still has those dates, so a cancelled or moved
 * stay gives the night back without anyone having to release it.
 */
export type DayUseKind = "late_checkout" | "early_checkin";

/** The night a day use keeps free for `stay`. */
export const dayUseNight = (kind: DayUseKind, stay: Pick<StayRow, "check_in" | "check_out">) => (kind === "late_checkout" ? stay.check_out : addDays(stay.check_in, -1));

/** Live day-use claims of other stays on the nights [checkIn, checkOut). */
export function dayUseConflicts(sql: SqlStorage, checkIn: string, checkOut: string, ignoreStayId: string): NightConflict[] {
  return sql
    .exec<{ night: string; stay_id: string; kind: string }>(
      `SELECT d.night, d.stay_id, d.kind FROM day_uses d JOIN stays s ON s.id = d.stay_id
       WHERE d.night >= ? AND d.night < ? AND d.stay_id != ? AND s.status IN ('held', 'confirmed')
         AND ((d.kind = 'late_checkout' AND s.check_out = d.night) OR (d.kind = 'early_checkin' AND date(s.check_in, '-1 day') = d.night))
       ORDER BY d.night`,
      checkIn,
      checkOut,
      ignoreStayId,
    )
    .toArray()
    .map((r) => ({ night: r.night, stayId: r.stay_id, kind: r.kind }));
}

export type DayUseClaim = { ok: true; night: string } | { ok: false; code: "not_found" | "not_confirmed" | "day_taken" };

/**
 * Claims the night a day use needs for a confirmed stay: refused when any other stay, block or
 * channel night is on it, or another live claim already is. The purchase id keys the claim, so
 * asking again for the same purchase answers the claim it made.
 */
export function claimDayUse(sql: SqlStorage, stay: StayRow, kind: DayUseKind, purchaseId: string, now: number): DayUseClaim {
  if (stay.status !== "confirmed") return { ok: false, code: "not_confirmed" };
  const night = dayUseNight(kind, stay);
  const existing = sql.exec<{ night: string }>(`SELECT night FROM day_uses WHERE purchase_id = ? AND stay_id = ?`, purchaseId, stay.id).toArray()[0];
  if (existing && existing.night === night) return { ok: true, night };
  const taken = sql.exec(`SELECT 1 FROM nights WHERE night = ? AND stay_id != ?`, night, stay.id).toArray().length > 0;
  if (taken || dayUseConflicts(sql, night, addDays(night, 1), stay.id).length > 0) return { ok: false, code: "day_taken" };
  sql.exec(
    `INSERT INTO day_uses (purchase_id, stay_id, kind, night, created_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (purchase_id) DO UPDATE SET night = excluded.night`,
    purchaseId,
    stay.id,
    kind,
    night,
    now,
  );
  return { ok: true, night };
}

/** Gives a claim back (the extra was declined or cancelled); nothing to give back answers the same. */
export function releaseDayUse(sql: SqlStorage, stayId: string, purchaseId: string): void {
  sql.exec(`DELETE FROM day_uses WHERE purchase_id = ? AND stay_id = ?`, purchaseId, stayId);
}
