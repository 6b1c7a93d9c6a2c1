/**
 * The SQL that derives the report_daily rows from the read model. One recompute serves both the
 * days the calendars' changes marked and a rebuild (every day of a unit), so the two can never
 * disagree. It rewrites the marked days from the state the read model now holds, whatever it was
 * before, so running it twice (or after a replayed outbox batch) changes nothing.
 *
 * How a change marks days: a stay's old range (read from calendar_stays before the batch
 * overwrites it) and its new range; a payment marks its reservation's check-in day. The marks are
 * written in the same read-model batch as the change (one transaction), so a marked day is always
 * recomputed from a state that includes the change. The recompute runs later, coalesced: when a
 * report is read and by the cron (workers/reports/refresh-marked-days.ts), so fifty holds a second
 * cost fifty small inserts, not fifty recomputes.
 *
 * Plain SQL strings with positional parameters: runs on D1 from the calendar object and the Worker
 * alike (and from `wrangler d1 execute`), and imports nothing.
 */

/** Longest stay the pricing accepts (MAX_NIGHTS): a reservation touching a day began at most this long before it. */
const LONGEST_STAY_DAYS = 366;

/** ?1 stay id: marks the range the read model holds for it now (before the batch changes it). */
export const MARK_STORED_STAY_SQL = `INSERT INTO report_refresh (tenant_id, accommodation_id, from_day, to_day)
  SELECT tenant_id, accommodation_id, check_in, check_out FROM calendar_stays WHERE id = ?1`;

/** ?1 tenant, ?2 accommodation, ?3 first day, ?4 day after the last. */
export const MARK_RANGE_SQL = `INSERT INTO report_refresh (tenant_id, accommodation_id, from_day, to_day) VALUES (?1, ?2, ?3, ?4)`;

/** ?1 reservation id: its check-in day, where its money is counted. */
export const MARK_RESERVATION_ARRIVAL_SQL = `INSERT INTO report_refresh (tenant_id, accommodation_id, from_day, to_day)
  SELECT tenant_id, accommodation_id, check_in, date(check_in, '+1 day') FROM reservations WHERE id = ?1`;

/** ?1 tenant: every unit's whole span of stays, for a rebuild. */
export const MARK_WHOLE_TENANT_SQL = `INSERT INTO report_refresh (tenant_id, accommodation_id, from_day, to_day)
  SELECT tenant_id, accommodation_id, min(check_in), max(check_out) FROM calendar_stays WHERE tenant_id = ?1 GROUP BY tenant_id, accommodation_id`;

/** The marked days of tenant ?1, one row per unit and day. */
const MARKED_DAYS = `days(accommodation_id, day, to_day) AS (
    SELECT accommodation_id, from_day, to_day FROM report_refresh WHERE tenant_id = ?1 AND from_day < to_day
    UNION
    SELECT accommodation_id, date(day, '+1 day'), to_day FROM days WHERE date(day, '+1 day') < to_day
  ),
  marked AS MATERIALIZED (SELECT DISTINCT accommodation_id, day FROM days)`;

/** ?1 tenant: removes the rows of every marked day. */
export const DELETE_MARKED_ROWS_SQL = `WITH RECURSIVE ${MARKED_DAYS}
  DELETE FROM report_daily WHERE tenant_id = ?1 AND (day, accommodation_id) IN (SELECT day, accommodation_id FROM marked)`;

/**
 * ?1 tenant: writes the rows of every marked day from the read model.
 *
 * - Nights: each night of a confirmed reservation is sold, with the stay's total spread evenly over
 *   its nights (integer minor units, the remainder one unit at a time on the first nights, so the
 *   nights of a stay always add up to its total).
 * - Arrivals: every reservation counts on its check-in day; confirmed ones with their nights and lead
 *   time (days from the booking's UTC date to check-in), cancelled ones only if money was ever paid,
 *   expired ones (and paid-too-late ones left needing a refund) as lapsed holds. Money received net of
 *   refunds, and what confirmed stays still owe, count there too.
 * - Blocks: nights the owner blocked; channel nights: nights an imported calendar blocks that no
 *   Posada stay or block takes.
 */
export const INSERT_MARKED_ROWS_SQL = `INSERT INTO report_daily (tenant_id, accommodation_id, day, source, currency, sold_nights, room_revenue, blocked_nights, channel_nights,
    reservations, arrivals, arrival_nights, lead_days, cancellations, lapsed_holds, deposits_collected, balance_outstanding)
  WITH RECURSIVE ${MARKED_DAYS},
  bounds AS (SELECT accommodation_id, min(day) AS lo, max(day) AS hi FROM marked GROUP BY accommodation_id),
  res AS MATERIALIZED (
    SELECT r.id, r.accommodation_id, r.check_in, r.check_out, r.status, r.source, r.currency, r.total_amount, r.created_at,
      CAST(julianday(r.check_out) - julianday(r.check_in) AS INTEGER) AS nights
    FROM reservations r JOIN bounds b ON b.accommodation_id = r.accommodation_id
    WHERE r.tenant_id = ?1 AND r.check_in <= b.hi AND r.check_in > date(b.lo, '-${LONGEST_STAY_DAYS} days') AND r.check_out > b.lo
  ),
  paid AS (
    SELECT p.reservation_id,
      sum(CASE WHEN p.kind = 'refund' THEN -p.amount ELSE p.amount END) AS net,
      max(CASE WHEN p.kind = 'payment' THEN 1 ELSE 0 END) AS ever
    FROM payments p JOIN res ON res.id = p.reservation_id
    WHERE p.tenant_id = ?1 AND ((p.kind = 'payment' AND p.status IN ('approved', 'refunded')) OR (p.kind = 'refund' AND p.status = 'refunded'))
    GROUP BY p.reservation_id
  ),
  nights(id, night, n, check_out) AS (
    SELECT id, check_in, 0, check_out FROM res WHERE status = 'confirmed'
    UNION ALL
    SELECT id, date(night, '+1 day'), n + 1, check_out FROM nights WHERE date(night, '+1 day') < check_out
  ),
  facts(accommodation_id, day, source, currency, sold, revenue, blocked, channel, reservations, arrivals, arrival_nights, lead, cancelled, lapsed, deposits, balance) AS (
    SELECT res.accommodation_id, nights.night, res.source, res.currency, 1,
      res.total_amount / res.nights + (CASE WHEN nights.n < res.total_amount % res.nights THEN 1 ELSE 0 END),
      0, 0, 0, 0, 0, 0, 0, 0, 0, 0
    FROM nights JOIN res ON res.id = nights.id
    UNION ALL
    SELECT res.accommodation_id, res.check_in, res.source, res.currency, 0, 0, 0, 0, 1,
      CASE WHEN res.status = 'confirmed' THEN 1 ELSE 0 END,
      CASE WHEN res.status = 'confirmed' THEN res.nights ELSE 0 END,
      CASE WHEN res.status = 'confirmed' THEN max(0, CAST(julianday(res.check_in) - julianday(date(res.created_at / 1000, 'unixepoch')) AS INTEGER)) ELSE 0 END,
      CASE WHEN res.status = 'cancelled' AND coalesce(paid.ever, 0) = 1 THEN 1 ELSE 0 END,
      CASE WHEN res.status IN ('expired', 'needs_refund') THEN 1 ELSE 0 END,
      coalesce(paid.net, 0),
      CASE WHEN res.status = 'confirmed' THEN max(0, res.total_amount - coalesce(paid.net, 0)) ELSE 0 END
    FROM res LEFT JOIN paid ON paid.reservation_id = res.id
    UNION ALL
    SELECT cn.accommodation_id, cn.night, '', '', 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0
    FROM marked m JOIN calendar_nights cn ON cn.accommodation_id = m.accommodation_id AND cn.night = m.day
    JOIN calendar_stays cs ON cs.id = cn.stay_id
    WHERE cs.kind = 'block'
    UNION ALL
    SELECT m.accommodation_id, m.day, '', '', 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0
    FROM marked m
    WHERE EXISTS (SELECT 1 FROM calendar_nights cn WHERE cn.accommodation_id = m.accommodation_id AND cn.night = m.day AND cn.exclusive = 0)
      AND NOT EXISTS (SELECT 1 FROM calendar_nights cn WHERE cn.accommodation_id = m.accommodation_id AND cn.night = m.day AND cn.exclusive = 1)
  )
  SELECT ?1, f.accommodation_id, f.day, f.source, f.currency, sum(sold), sum(revenue), sum(blocked), sum(channel),
    sum(reservations), sum(arrivals), sum(arrival_nights), sum(lead), sum(cancelled), sum(lapsed), sum(deposits), sum(balance)
  FROM facts f JOIN marked m ON m.accommodation_id = f.accommodation_id AND m.day = f.day
  GROUP BY f.accommodation_id, f.day, f.source, f.currency`;

/** ?1 tenant: forgets the marks once their days are rewritten. */
export const CLEAR_MARKS_SQL = `DELETE FROM report_refresh WHERE tenant_id = ?1`;

/** ?1 how many: tenants with marked days, for the cron. */
export const TENANTS_WITH_MARKS_SQL = `SELECT DISTINCT tenant_id FROM report_refresh LIMIT ?1`;

/** ?1 tenant: whether any day of it waits for a recompute (one indexed probe). */
export const HAS_MARKS_SQL = `SELECT 1 AS marked FROM report_refresh WHERE tenant_id = ?1 LIMIT 1`;

/**
 * The statements, in order, that rewrite the marked days of one tenant and clear the marks. Run as
 * one batch (a transaction, and D1 has one writer), so a mark written while it runs is either
 * recomputed and cleared by it or left for the next run, never cleared unseen.
 */
export const RECOMPUTE_MARKED_SQL = [DELETE_MARKED_ROWS_SQL, INSERT_MARKED_ROWS_SQL, CLEAR_MARKS_SQL] as const;
