import type { WallTime } from "./zoned-time";

/** A DATE or DATE-TIME value as written, before any zone is applied. */
export type TimeValue =
  | { kind: "date"; date: string }
  | { kind: "date-time"; wall: WallTime; utc: boolean; tzid: string | null };

/** 20260510 → 2026-05-10; 20260510T160000(Z) → wall time. Answers null for anything else. */
export function parseTimeValue(value: string, params: Record<string, string>): TimeValue | null {
  const text = value.trim();
  const date = text.match(/^(\d{4})(\d{2})(\d{2})$/);
  if (date) {
    const iso = `${date[1]}-${date[2]}-${date[3]}`;
    return isRealDate(iso) ? { kind: "date", date: iso } : null;
  }
  const dateTime = text.match(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z?)$/i);
  if (!dateTime) return null;
  const iso = `${dateTime[1]}-${dateTime[2]}-${dateTime[3]}`;
  if (!isRealDate(iso)) return null;
  const wall = {
    year: Number(dateTime[1]),
    month: Number(dateTime[2]),
    day: Number(dateTime[3]),
    hour: Number(dateTime[4]),
    minute: Number(dateTime[5]),
    second: Math.min(59, Number(dateTime[6])),
  };
  if (wall.hour > 23 || wall.minute > 59) return null;
  const utc = dateTime[7] !== "";
  return { kind: "date-time", wall, utc, tzid: utc ? null : (params.TZID?.trim() ?? null) };
}

function isRealDate(iso: string): boolean {
  const ms = Date.parse(`${iso}T00:00:00Z`);
  return Number.isFinite(ms) && new Date(ms).toISOString().startsWith(iso);
}

/** RFC 5545 DURATION (`P1D`, `PT2H30M`, `P1W`, `-P1D`) as days plus milliseconds. */
export interface Duration {
  days: number;
  ms: number;
}

export function parseDuration(value: string): Duration | null {
  const match = value.trim().match(/^([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/i);
  if (!match || value.trim().toUpperCase().endsWith("T")) return null;
  const sign = match[1] === "-" ? -1 : 1;
  const days = (Number(match[2] ?? 0) * 7 + Number(match[3] ?? 0)) * sign;
  const ms = ((Number(match[4] ?? 0) * 60 + Number(match[5] ?? 0)) * 60 + Number(match[6] ?? 0)) * 1000 * sign;
  return { days, ms };
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for a YYYY-MM-DD date: cheap arithmetic for recurrence and ranges. */
export const epochDay = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
export const isoOfEpochDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
