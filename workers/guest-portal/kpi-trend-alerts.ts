import { addDays } from "../../shared/domain/dates";
import type { Database } from "../platform/db/client";
import { tenants } from "../platform/db/schema";
import type { LiveEnv } from "../../durable-objects/live/publish";
import { raiseAlert } from "../alerts/alerts";
import { journeyKpis, type JourneyKpis } from "./journey-kpis";
import { portalSettingsOf } from "./portal-settings";

/** Each KPI, and which way is worse. */
const TRACKED: Array<{ kpi: string; value: (k: JourneyKpis) => number | null; worse: (a: number, b: number) => boolean }> = [
  { kpi: "average_rating", value: (k) => k.averageRating, worse: (now, before) => now < before },
  { kpi: "first_response", value: (k) => k.firstResponse.meanSeconds, worse: (now, before) => now > before },
  { kpi: "check_in_rate", value: (k) => k.checkIn.rate, worse: (now, before) => now < before },
  { kpi: "upsell_conversion", value: (k) => k.upsells.conversion, worse: (now, before) => now < before },
];

/** Which KPIs got worse in each of the last three windows in a row (four windows, each worse than the one before). */
export function worseningKpis(windows: JourneyKpis[]): string[] {
  return TRACKED.filter(({ value, worse }) => {
    const values = windows.map(value);
    if (values.some((v) => v === null)) return false;
    return values.slice(1).every((v, i) => worse(v!, values[i]!));
  }).map((t) => t.kpi);
}

/**
 * Compares the last four windows (the tenant's length, a week by default, ending yesterday) and
 * raises one alert per KPI that worsened three windows in a row (once per window: the dedupe key
 * names the window's end).
 */
export async function alertOnWorseningKpis(db: Database, env: LiveEnv, tenantId: string, today: string): Promise<string[]> {
  const { kpiWindowDays } = await portalSettingsOf(db, tenantId);
  const lastDay = addDays(today, -1);
  const windows: JourneyKpis[] = [];
  for (let i = 3; i >= 0; i--) {
    const to = addDays(lastDay, -i * kpiWindowDays);
    windows.push(await journeyKpis(db, tenantId, addDays(to, -(kpiWindowDays - 1)), to));
  }
  const worse = worseningKpis(windows);
  for (const kpi of worse) {
    await raiseAlert(db, env, tenantId, {
      kind: "journey_kpi_worsening",
      severity: "warning",
      subjectType: "tenant",
      subjectId: tenantId,
      message: `The guest journey's ${kpi.replace(/_/g, " ")} got worse three ${kpiWindowDays}-day windows in a row`,
      params: { kpi, windowDays: kpiWindowDays },
      dedupeKey: `journey_kpi_worsening:${kpi}:${lastDay}`,
    });
  }
  return worse;
}

/** Once a day (the 15-minute cron's run after 03:00 UTC, midnight in Argentina): every tenant's KPI trend. */
export async function alertOnWorseningKpisDaily(db: Database, env: LiveEnv, scheduledTime: number): Promise<void> {
  const at = new Date(scheduledTime);
  if (at.getUTCHours() !== 3 || at.getUTCMinutes() >= 15) return;
  const today = at.toISOString().slice(0, 10);
  const all = await db.select({ id: tenants.id }).from(tenants).limit(1000).all();
  for (const tenant of all) await alertOnWorseningKpis(db, env, tenant.id, today);
}
