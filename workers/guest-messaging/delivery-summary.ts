import { and, eq, gte, lt, sql } from "drizzle-orm";
import type { Database } from "../platform/db/client";
import { conversations, messages } from "../platform/db/schema";
import type { Env } from "../platform/env";
import { raiseAlert } from "../alerts/alerts";

type Channel = typeof conversations.$inferSelect.channel;
export const CHANNELS: readonly Channel[] = ["whatsapp", "email", "webchat"];

/** Past this share of failed sends in a window, staff are alerted: something is wrong with a carrier. */
export const FAILURE_RATE_ALERT = 0.05;
/** Fewer sends than this in a window say nothing reliable about a carrier (one failure in three is noise). */
export const FAILURE_RATE_MIN_SENDS = 10;
export const FAILURE_RATE_WINDOW_MS = 60 * 60_000;

export interface ResponseTimes {
  count: number;
  meanSeconds: number | null;
  p95Seconds: number | null;
}

export interface ChannelSummary {
  channel: Channel;
  sent: number;
  delivered: number;
  read: number;
  failed: number;
  /** failed / (sent + failed); null when nothing was sent. */
  failureRate: number | null;
  firstResponse: { assistant: ResponseTimes; staff: ResponseTimes };
}

/** Counts of outbound messages written in [from, to), per channel, by how far each got. */
async function deliveryCounts(db: Database, from: number, to: number, tenantId?: string) {
  const count = (statuses: string[]) => sql<number>`sum(case when ${messages.status} in (${sql.join(statuses.map((s) => sql`${s}`), sql`, `)}) then 1 else 0 end)`;
  return db
    .select({
      tenantId: messages.tenantId,
      channel: conversations.channel,
      sent: count(["accepted", "sent", "delivered", "read"]),
      delivered: count(["delivered", "read"]),
      read: count(["read"]),
      failed: count(["failed"]),
    })
    .from(messages)
    .innerJoin(conversations, eq(conversations.id, messages.conversationId))
    .where(and(eq(messages.direction, "out"), gte(messages.createdAt, from), lt(messages.createdAt, to), ...(tenantId ? [eq(messages.tenantId, tenantId)] : [])))
    .groupBy(messages.tenantId, conversations.channel)
    .all();
}

const rate = (sent: number, failed: number) => (sent + failed === 0 ? null : Math.round((failed / (sent + failed)) * 10_000) / 10_000);

/**
 * How messages to guests fared between `from` and `to`, per channel: sent, delivered, read and
 * failed, and how long guests waited for a first answer (assistant and staff apart).
 */
export async function deliverySummary(db: Database, tenantId: string, from: number, to: number) {
  const counts = await deliveryCounts(db, from, to, tenantId);
  const waits = await firstResponseWaits(db, tenantId, from, to);
  const channels: ChannelSummary[] = CHANNELS.map((channel) => {
    const row = counts.find((c) => c.channel === channel);
    const sent = Number(row?.sent ?? 0);
    const failed = Number(row?.failed ?? 0);
    return {
      channel,
      sent,
      delivered: Number(row?.delivered ?? 0),
      read: Number(row?.read ?? 0),
      failed,
      failureRate: rate(sent, failed),
      firstResponse: { assistant: times(waits.filter((w) => w.channel === channel && w.author === "assistant")), staff: times(waits.filter((w) => w.channel === channel && w.author === "staff")) },
    };
  });
  return {
    from: new Date(from).toISOString(),
    to: new Date(to).toISOString(),
    channels,
    firstResponse: { assistant: times(waits.filter((w) => w.author === "assistant")), staff: times(waits.filter((w) => w.author === "staff")) },
  };
}

/** A guest's wait: from their first message after our last word until our next one. */
interface Wait {
  channel: Channel;
  author: "assistant" | "staff";
  ms: number;
}

/** Read at most this many messages for one summary: a small lodging writes far fewer in any sensible window. */
const MAX_MESSAGES_READ = 20_000;

async function firstResponseWaits(db: Database, tenantId: string, from: number, to: number): Promise<Wait[]> {
  const rows = await db
    .select({ conversationId: messages.conversationId, channel: conversations.channel, direction: messages.direction, author: messages.author, createdAt: messages.createdAt })
    .from(messages)
    .innerJoin(conversations, eq(conversations.id, messages.conversationId))
    // Answers may come after the window ends; the question must fall inside it.
    .where(and(eq(messages.tenantId, tenantId), gte(messages.createdAt, from), lt(messages.createdAt, to + 7 * 86_400_000)))
    .orderBy(messages.conversationId, messages.createdAt)
    .limit(MAX_MESSAGES_READ)
    .all();
  const waits: Wait[] = [];
  let conversation = "";
  let waitingSince: number | null = null;
  for (const row of rows) {
    if (row.conversationId !== conversation) {
      conversation = row.conversationId;
      waitingSince = null;
    }
    if (row.direction === "in") {
      if (waitingSince === null && row.createdAt < to) waitingSince = row.createdAt;
    } else if (waitingSince !== null && row.author !== "guest") {
      waits.push({ channel: row.channel, author: row.author, ms: row.createdAt - waitingSince });
      waitingSince = null;
    }
  }
  return waits;
}

function times(waits: Wait[]): ResponseTimes {
  if (waits.length === 0) return { count: 0, meanSeconds: null, p95Seconds: null };
  const sorted = waits.map((w) => w.ms).sort((a, b) => a - b);
  const mean = sorted.reduce((sum, ms) => sum + ms, 0) / sorted.length;
  // Nearest rank: the smallest wait that 95% of waits do not exceed.
  const p95 = sorted[Math.max(0, Math.ceil(0.95 * sorted.length) - 1)]!;
  return { count: sorted.length, meanSeconds: Math.round(mean / 100) / 10, p95Seconds: Math.round(p95 / 100) / 10 };
}

/**
 * The cron's check: any tenant whose failed share of sends on a channel passed 5% in the last hour
 * (with enough sends to mean something) gets one alert per channel and hour.
 */
export async function alertOnFailureRates(db: Database, env: Env, now = Date.now()): Promise<number> {
  const hour = Math.floor(now / FAILURE_RATE_WINDOW_MS);
  const from = now - FAILURE_RATE_WINDOW_MS;
  let raised = 0;
  for (const row of await deliveryCounts(db, from, now)) {
    const sent = Number(row.sent);
    const failed = Number(row.failed);
    const failureRate = rate(sent, failed);
    if (failureRate === null || sent + failed < FAILURE_RATE_MIN_SENDS || failureRate <= FAILURE_RATE_ALERT) continue;
    const created = await raiseAlert(db, env, row.tenantId, {
      kind: "delivery_failure_rate",
      severity: "warning",
      subjectType: "channel",
      subjectId: row.channel,
      message: `${Math.round(failureRate * 100)}% of ${row.channel} messages to guests failed in the last hour (${failed} of ${sent + failed}).`,
      params: { channel: row.channel, percent: Math.round(failureRate * 100), failed, total: sent + failed },
      dedupeKey: `delivery_failure_rate:${row.channel}:${hour}`,
    });
    if (created) raised++;
  }
  return raised;
}
