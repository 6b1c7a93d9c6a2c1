const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export interface ResponseTimes {
  /** First guest messages answered in the window. */
  count: number;
  meanSeconds: number | null;
  p95Seconds: number | null;
}

/** The booking funnel over rolling windows ending now (runbook's leads_24h, leads_7d, conversion_rate_7d). */
export interface BookingFunnel {
  leads24h: number;
  leads7d: number;
  /** Offers the assistant made: not recorded yet, so null rather than a guess. */
  offers: number | null;
  holds: number;
  confirmed: number;
  holdRate: number | null;
  confirmRate: number | null;
  conversionRate7d: number | null;
  /** Share of the assistant's turns it could not understand: not recorded yet, so null. */
  fallbackRate: number | null;
  handOverRate: number | null;
  firstResponse: { text: ResponseTimes; voice: ResponseTimes };
}

const rate = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null);

/** Mean and 95th percentile (nearest rank) of waits in milliseconds, as whole seconds. */
export function responseTimes(waitsMs: number[]): ResponseTimes {
  if (waitsMs.length === 0) return { count: 0, meanSeconds: null, p95Seconds: null };
  const sorted = [...waitsMs].sort((a, b) => a - b);
  const mean = sorted.reduce((sum, w) => sum + w, 0) / sorted.length;
  const p95 = sorted[Math.max(0, Math.ceil(0.95 * sorted.length) - 1)]!;
  return { count: sorted.length, meanSeconds: Math.round(mean / 1000), p95Seconds: Math.round(p95 / 1000) };
}

/**
 * Leads are conversations started (any channel); holds are reservations the assistant made in a
 * conversation, and confirmed those of them now confirmed, all over the last 7 days. First
 * response: from a thread's first guest message to the first message sent back (assistant or
 * staff), a voice note's apart from typed text.
 */
export async function bookingFunnel(d1: D1Database, tenantId: string, now: number): Promise<BookingFunnel> {
  const weekAgo = now - 7 * DAY_MS;
  const [leads, holds, firsts] = await d1.batch<Record<string, number | null>>([
    d1
      .prepare(`SELECT count(*) AS leads7d, coalesce(sum(CASE WHEN created_at >= ?3 THEN 1 ELSE 0 END), 0) AS leads24h, coalesce(sum(escalated), 0) AS handedOver FROM conversations WHERE tenant_id = ?1 AND created_at >= ?2`)
      .bind(tenantId, weekAgo, now - DAY_MS),
    d1
      .prepare(`SELECT count(*) AS holds, coalesce(sum(CASE WHEN status = 'confirmed' THEN 1 ELSE 0 END), 0) AS confirmed FROM reservations WHERE tenant_id = ?1 AND created_at >= ?2 AND conversation_id IS NOT NULL`)
      .bind(tenantId, weekAgo),
    d1
      .prepare(
        `WITH firsts AS (
           SELECT m.conversation_id, min(m.created_at) AS at FROM messages m JOIN conversations c ON c.id = m.conversation_id
           WHERE c.tenant_id = ?1 AND c.created_at >= ?2 AND m.direction = 'in' GROUP BY m.conversation_id
         )
         SELECT
           (SELECT CASE WHEN media_type LIKE 'audio/%' THEN 1 ELSE 0 END FROM messages WHERE conversation_id = f.conversation_id AND direction = 'in' AND created_at = f.at LIMIT 1) AS voice,
           (SELECT min(created_at) FROM messages WHERE conversation_id = f.conversation_id AND direction = 'out' AND created_at >= f.at) - f.at AS waitMs
         FROM firsts f`,
      )
      .bind(tenantId, weekAgo),
  ]);
  const l = leads!.results[0]!;
  const h = holds!.results[0]!;
  const answered = firsts!.results.filter((r) => r.waitMs !== null);
  const leads7d = Number(l.leads7d ?? 0);
  const holdCount = Number(h.holds ?? 0);
  const confirmed = Number(h.confirmed ?? 0);
  return {
    leads24h: Number(l.leads24h ?? 0),
    leads7d,
    offers: null,
    holds: holdCount,
    confirmed,
    holdRate: rate(holdCount, leads7d),
    confirmRate: rate(confirmed, holdCount),
    conversionRate7d: rate(confirmed, leads7d),
    fallbackRate: null,
    handOverRate: rate(Number(l.handedOver ?? 0), leads7d),
    firstResponse: {
      text: responseTimes(answered.filter((r) => !r.voice).map((r) => Number(r.waitMs))),
      voice: responseTimes(answered.filter((r) => r.voice).map((r) => Number(r.waitMs))),
    },
  };
}
