import { useState } from "react";
import { api, unwrap } from "../../api/client";
import { useApi } from "../../api/use-api";
import { addDays, addMonths, monthStart, todayIn } from "../../dates";
import { useLocale, useMessages } from "../../i18n/i18n";
import { useLiveRefresh } from "../../live/live";
import { useRouter } from "../../router";
import { useSession } from "../../session";
import { SelectField } from "../../ui/field";
import { LoadState } from "../../ui/states";
import styles from "./calendar.module.css";
import { messages } from "./messages";
import { MonthGrid, STATUS_MARK, type Day } from "./month-grid";
import { SelectionPanel } from "./selection-panel";
import { StayDetails } from "./stay-details";
import { TapeChart } from "./tape-chart";

/**
 * Two views of the nights: every unit as a row over two weeks to three months (the tape chart,
 * where an owner of several units lives), or one unit's month with each night's price. In both,
 * a tap on a bar or a taken night shows the stay; two taps on free nights pick them to block or
 * to start a reservation.
 */
export default function CalendarScreen() {
  const t = useMessages(messages);
  const { me } = useSession();
  const { query, navigate } = useRouter();
  const today = todayIn(me?.tenant.timezone ?? "America/Argentina/Buenos_Aires");
  const units = useApi(() => unwrap(api.GET("/v1/accommodations")), []);
  const view = query.get("view") ?? (query.has("unit") || query.has("month") ? "month" : "chart");
  const setView = (next: string) => navigate(`/calendar?view=${next}`, { replace: true });
  return (
    <>
      <h1>{t("title")}</h1>
      <div className={styles.views} role="group" aria-label={t("view")}>
        {(["chart", "month"] as const).map((value) => (
          <button key={value} type="button" className={styles.viewChip} aria-pressed={view === value} onClick={() => setView(value)}>
            {value === "chart" ? t("viewChart") : t("viewMonth")}
          </button>
        ))}
      </div>
      <LoadState loading={units.loading} error={units.error} empty={units.data?.data.length === 0} emptyText={t("noUnits")} onRetry={units.reload}>
        {units.data && (view === "month" ? <UnitMonth units={units.data.data} today={today} /> : <TapeChart units={units.data.data} today={today} />)}
      </LoadState>
    </>
  );
}

function UnitMonth({ units, today }: { units: { id: string; name: string }[]; today: string }) {
  const t = useMessages(messages);
  const { locale } = useLocale();
  const { query, navigate } = useRouter();
  const month = query.get("month") ? `${query.get("month")}-01` : monthStart(today);
  const unitId = query.get("unit") ?? units[0]?.id ?? null;
  const calendar = useApi(
    () => (unitId ? unwrap(api.GET("/v1/accommodations/{id}/calendar", { params: { path: { id: unitId }, query: { from: month, to: addMonths(month, 1) } } })) : Promise.resolve(null)),
    [unitId, month],
  );
  useLiveRefresh(["calendar.changed", "reservation.changed"], calendar.reload, (event) => !("accommodationId" in event) || event.accommodationId === unitId);
  const [selection, setSelection] = useState<{ from: string; to: string | null } | null>(null);
  const [focused, setFocused] = useState<Day | null>(null);

  const go = (params: Record<string, string>) => {
    const next = new URLSearchParams(query);
    next.set("view", "month");
    for (const [key, value] of Object.entries(params)) next.set(key, value);
    setSelection(null);
    setFocused(null);
    navigate(`/calendar?${next}`, { replace: true });
  };

  const pick = (day: Day) => {
    if (day.status !== "free") {
      setSelection(null);
      setFocused(day);
      return;
    }
    setFocused(null);
    if (!selection || selection.to !== null || day.date < selection.from) setSelection({ from: day.date, to: null });
    else setSelection({ from: selection.from, to: day.date });
  };

  const range = selection?.to ? { checkIn: selection.from, checkOut: addDays(selection.to, 1) } : null;
  const stayRange = (stayId: string) => {
    const nights = calendar.data?.days.filter((day) => day.stayId === stayId).map((day) => day.date) ?? [];
    return { checkIn: nights[0] ?? today, checkOut: addDays(nights.at(-1) ?? today, 1) };
  };
  const monthName = new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${month}T00:00:00Z`));
  const monthLabel = monthName.charAt(0).toUpperCase() + monthName.slice(1);
  return (
    <>
      <div className={styles.toolbar}>
        <SelectField label={t("unit")} value={unitId ?? ""} onChange={(event) => go({ unit: event.target.value })} options={units.map((unit) => ({ value: unit.id, label: unit.name }))} />
        <div className={styles.monthNav}>
          <button type="button" className="button button--quiet" aria-label={t("previous")} onClick={() => go({ month: addMonths(month, -1).slice(0, 7) })}>
            ‹
          </button>
          <h2 className={styles.monthTitle} aria-live="polite">
            {monthLabel}
          </h2>
          <button type="button" className="button button--quiet" aria-label={t("next")} onClick={() => go({ month: addMonths(month, 1).slice(0, 7) })}>
            ›
          </button>
          <button type="button" className="button button--quiet" onClick={() => go({ month: today.slice(0, 7) })}>
            {t("today")}
          </button>
        </div>
      </div>
      <ul className={styles.legend}>
        {(["free", "held", "booked", "blocked"] as const).map((status) => (
          <li key={status}>
            <span className={`${styles.swatch} ${styles[status]}`} aria-hidden="true">
              {STATUS_MARK[status]}
            </span>{" "}
            {t(status)}
          </li>
        ))}
      </ul>
      <LoadState loading={calendar.loading} error={calendar.error} empty={!calendar.data} onRetry={calendar.reload}>
        {calendar.data && <MonthGrid days={calendar.data.days} selection={selection} onPick={pick} />}
      </LoadState>
      {selection && unitId && (
        <SelectionPanel
          unitId={unitId}
          range={range}
          prompt={t("pickEnd")}
          onBlocked={() => {
            setSelection(null);
            void calendar.reload();
          }}
          onClear={() => setSelection(null)}
        />
      )}
      {focused?.stayId && unitId && (
        <StayDetails
          key={focused.stayId}
          accommodationId={unitId}
          stayId={focused.stayId}
          range={stayRange(focused.stayId)}
          onChanged={() => {
            setFocused(null);
            void calendar.reload();
          }}
        />
      )}
    </>
  );
}
