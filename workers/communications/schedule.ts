import { and, eq, gte, inArray, sql, type SQL } from "drizzle-orm";
import { addDays, todayIn } from "../../shared/domain/dates";
import { newId } from "../../shared/ids";
import { planStep, type ReservationTiming, type StepPlan } from "../../shared/messaging/step-timing";
import type { Database } from "../platform/db/client";
import { accommodations, reservations, stepSchedule } from "../platform/db/schema";
import { DEFAULT_TIME_ZONE } from "../tenancy/tenants";
import { stepsQuery, withDefaultSteps, type StepRow } from "./steps";
import { moneyReceivedByReservation, moneyReceivedQuery, receivedByReservation } from "./money-received";
import type { ReservationRow } from "./render";

export type ScheduleRow = typeof stepSchedule.$inferSelect;

/** D1 takes batches of this many statements comfortably. */
const STATEMENTS_PER_BATCH = 100;
/** How far back a stay may have ended and still have steps ahead (a review request up to 30 days after). */
const REPLAN_LOOKBACK_DAYS = 31;

const timingOf = (reservation: ReservationRow, paidAmount: number, confirmedAt: number | null): ReservationTiming => ({
  status: reservation.status,
  checkIn: reservation.checkIn,
  checkOut: reservation.checkOut,
  expiresAt: reservation.expiresAt,
  totalAmount: reservation.totalAmount,
  depositAmount: reservation.depositAmount,
  paidAmount,
  confirmedAt,
});

/** A step that is due, as the row it plans: written with others like it in one statement. */
type PlannedRow = { reservationId: string; stepId: string; dueAt: number; reservationVersion: number };

/**
 * Rows of a step plan a statement writes: each binds nine values and D1 binds at most 100 per
 * statement (with the statement's own two, ten rows bind 92).
 */
const ROWS_PER_UPSERT = 10;

/** Planned steps, and the statements that skip steps that no longer apply. */
interface PlanWrites {
  due: PlannedRow[];
  skips: SkipStatement[];
}

type SkipStatement = ReturnType<typeof skipStatement>;

/**
 * A row that already fired never changes, and a plan made from an older state of the reservation
 * never overwrites one made from a newer state, so redelivered or reordered events cannot move a
 * step back. `version` is the plan's reservation version (per row, `excluded.` in an upsert).
 */
const movable = (version: SQL | number) => sql`${stepSchedule.firedAt} IS NULL AND ${stepSchedule.status} IN ('scheduled', 'skipped') AND ${stepSchedule.reservationVersion} <= ${version}`;

/** Steps that do not apply get no row unless one exists, which is then skipped with the reason. */
function skipStatement(db: Database, reservation: ReservationRow, stepId: string, reason: string | null, now: number) {
  return db
    .update(stepSchedule)
    .set({ status: "skipped", reason, reservationVersion: reservation.version, updatedAt: now })
    .where(and(eq(stepSchedule.reservationId, reservation.id), eq(stepSchedule.stepId, stepId), movable(reservation.version)));
}

/** Adds what one step's plan writes: a due row, a skip of the row it had, or nothing. */
function addPlan(writes: PlanWrites, db: Database, reservation: ReservationRow, stepId: string, plan: StepPlan, now: number, exists: boolean) {
  if (plan.due) writes.due.push({ reservationId: reservation.id, stepId, dueAt: plan.dueAt, reservationVersion: reservation.version });
  else if (exists) writes.skips.push(skipStatement(db, reservation, stepId, plan.reason, now));
}

/**
 * Due rows go ten to a statement (a burst of 50 holds plans in five statements, not fifty: each
 * statement is work for the database's single writer). Every (reservation, step) appears once in
 * a plan, so no statement meets its own row twice, which Postgres would refuse.
 */
function upsertStatements(db: Database, tenantId: string, due: PlannedRow[], now: number) {
  const statements = [];
  for (let i = 0; i < due.length; i += ROWS_PER_UPSERT) {
    const rows = due.slice(i, i + ROWS_PER_UPSERT).map((row) => ({ id: newId("sch"), tenantId, ...row, status: "scheduled" as const, updatedAt: now }));
    statements.push(
      db
        .insert(stepSchedule)
        .values(rows)
        .onConflictDoUpdate({
          target: [stepSchedule.reservationId, stepSchedule.stepId],
          set: { dueAt: sql`excluded.due_at`, status: "scheduled", reason: null, reservationVersion: sql`excluded.reservation_version`, updatedAt: sql`excluded.updated_at` },
          setWhere: movable(sql`excluded.reservation_version`),
        }),
    );
  }
  return statements;
}

async function writePlans(db: Database, tenantId: string, writes: PlanWrites, now: number) {
  const statements = [...upsertStatements(db, tenantId, writes.due, now), ...writes.skips];
  for (let i = 0; i < statements.length; i += STATEMENTS_PER_BATCH) {
    const chunk = statements.slice(i, i + STATEMENTS_PER_BATCH);
    if (chunk.length > 0) await db.batch(chunk as [(typeof chunk)[number], ...typeof chunk]);
  }
  return writes.due.length + writes.skips.length;
}

/** Reservations read per query: D1 binds at most 100 parameters. */
const IDS_PER_QUERY = 50;

/**
 * Brings reservations' scheduled steps in line with their current state in the read model: held
 * (the payment reminder), confirmed (the stay's steps), dates changed (steps move), cancelled or
 * expired (steps stop). Runs on every `reservation_changed` event; idempotent, so a redelivery or
 * a restart does nothing new. Many reservations of one tenant are planned with one read of each
 * kind and one write batch, so a burst of holds costs the database a few statements, not a few per
 * hold. Answers the reservations with a step due already (confirmation).
 */
export async function syncReservationSchedules(db: Database, tenantId: string, reservationIds: string[], options: { justConfirmed?: boolean; now?: number } = {}): Promise<{ dueNow: string[] }> {
  const now = options.now ?? Date.now();
  const ids = [...new Set(reservationIds)];
  const dueNow: string[] = [];
  const writes: PlanWrites = { due: [], skips: [] };
  let steps: StepRow[] | null = null;
  for (let i = 0; i < ids.length; i += IDS_PER_QUERY) {
    const chunk = ids.slice(i, i + IDS_PER_QUERY);
    // One round trip per chunk: the stays, their planned steps, their money, and (the first time) the steps.
    const reads = [
      db
        .select({ reservation: reservations, timezone: accommodations.timezone })
        .from(reservations)
        .innerJoin(accommodations, eq(accommodations.id, reservations.accommodationId))
        .where(and(eq(reservations.tenantId, tenantId), inArray(reservations.id, chunk))),
      db.select().from(stepSchedule).where(and(eq(stepSchedule.tenantId, tenantId), inArray(stepSchedule.reservationId, chunk))),
      moneyReceivedQuery(db, tenantId, chunk),
    ] as const;
    const [found, existing, paidRows, stepRows] = steps ? [...(await db.batch(reads)), null] : await db.batch([...reads, stepsQuery(db, tenantId)]);
    steps ??= await withDefaultSteps(db, tenantId, stepRows ?? []);
    const paid = receivedByReservation(paidRows);
    for (const { reservation, timezone } of found) {
      const rows = existing.filter((r) => r.reservationId === reservation.id);
      let due = false;
      for (const step of steps) {
        const row = rows.find((r) => r.stepId === step.id);
        if (row?.firedAt) continue;
        // The confirmation is planned by the calendar's confirmation event, once; later changes keep its time.
        const confirmedAt = row?.dueAt ?? (options.justConfirmed ? now : null);
        const plan = planStep(step, timingOf(reservation, paid.get(reservation.id) ?? 0, step.kind === "confirmation" ? confirmedAt : null), timezone ?? DEFAULT_TIME_ZONE, now);
        if (plan.due && plan.dueAt <= now) due = true;
        addPlan(writes, db, reservation, step.id, plan, now, row !== undefined);
      }
      if (due) dueNow.push(reservation.id);
    }
  }
  await writePlans(db, tenantId, writes, now);
  return { dueNow };
}

/** The same for one reservation. */
export async function syncReservationSchedule(db: Database, tenantId: string, reservationId: string, options: { justConfirmed?: boolean; now?: number } = {}): Promise<{ dueNow: boolean }> {
  const { dueNow } = await syncReservationSchedules(db, tenantId, [reservationId], options);
  return { dueNow: dueNow.length > 0 };
}

/**
 * After a step's settings change, every reservation still ahead (held or confirmed, not ended
 * more than a month ago) is planned again for that step.
 */
export async function replanStep(db: Database, tenantId: string, step: StepRow, now = Date.now()): Promise<number> {
  const since = addDays(todayIn(DEFAULT_TIME_ZONE, new Date(now)), -REPLAN_LOOKBACK_DAYS);
  const ahead = await db
    .select({ reservation: reservations, timezone: accommodations.timezone })
    .from(reservations)
    .innerJoin(accommodations, eq(accommodations.id, reservations.accommodationId))
    .where(and(eq(reservations.tenantId, tenantId), inArray(reservations.status, ["held", "confirmed"]), gte(reservations.checkOut, since)))
    .limit(2000)
    .all();
  if (ahead.length === 0) return 0;
  const existing = await db.select().from(stepSchedule).where(and(eq(stepSchedule.tenantId, tenantId), eq(stepSchedule.stepId, step.id))).all();
  const byReservation = new Map(existing.map((r) => [r.reservationId, r]));
  const paid = await moneyReceivedByReservation(db, tenantId);
  const writes: PlanWrites = { due: [], skips: [] };
  for (const { reservation, timezone } of ahead) {
    const row = byReservation.get(reservation.id);
    if (row?.firedAt) continue;
    // A confirmation not sent yet keeps its time; a stay confirmed before the step was on gets none late.
    const plan = planStep(step, timingOf(reservation, paid.get(reservation.id) ?? 0, row?.dueAt ?? null), timezone, now);
    addPlan(writes, db, reservation, step.id, plan, now, row !== undefined);
  }
  return writePlans(db, tenantId, writes, now);
}
