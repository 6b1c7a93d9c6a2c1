import { memo, useEffect, useMemo, useRef, useState, type CSSProperties } from "react";
import { api, unwrap, type Schemas } from "../../api/client";
import { useApi } from "../../api/use-api";
import { addDays, daysBetween, isIsoDate, weekdayIndex } from "../../dates";
import { useFormat, useLocale, useMessages } from "../../i18n/i18n";
import { useLiveRefresh } from "../../live/live";
import { useRouter } from "../../router";
import { channelNames, sourceKey } from "../../ui/channel-names";
import { LoadState } from "../../ui/states";
import { SelectionPanel } from "./selection-panel";
import { StayDetails } from "./stay-details";
import styles from "./tape-chart.module.css";
import { tapeChartMessages, type TapeChartMessage } from "./tape-chart-messages";

type Unit = Schemas["Accommodation"];
type Stay = Schemas["TapeChartStay"];

const SPANS = [14, 31, 92] as const;
type Span = (typeof SPANS)[number];
/** The chart opens a couple of days before today, so yesterday's departures are still in sight. */
const LEAD_DAYS = 2;
const SOURCES = new Set(["direct", "whatsapp", "webchat", "partner"]);

/**
 * The multi-unit calendar: a row per unit, a column per day, a bar per stay coloured by its status
 * (fill) and where it came from (the stripe at its start). Plain DOM on a CSS grid: a three-month
 * view of a few dozen units is a few thousand light elements, drawn from one request.
 */
export function TapeChart({ units, today }: { units: Unit[]; today: string }) {
  const t = useMessages(tapeChartMessages);
  const names = useMessages(channelNames);
  const format = useFormat();
  const { locale } = useLocale();
  const { query, navigate } = useRouter();
  const span: Span = (SPANS as readonly number[]).includes(Number(query.get("span"))) ? (Number(query.get("span")) as Span) : 31;
  const from = isIsoDate(query.get("from")) ? query.get("from")! : addDays(today, -LEAD_DAYS);
  const to = addDays(from, span);
  const stays = useApi(() => unwrap(api.GET("/v1/calendar/stays", { params: { query: { from, to } } })), [from, to]);
  useLiveRefresh(["calendar.changed", "reservation.changed"], stays.reload);
  const [selection, setSelection] = useState<{ unitId: string; first: string; last: string | null } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [focused, setFocused] = useState<Stay | null>(null);

  const dates = useMemo(() => Array.from({ length: span }, (_, i) => addDays(from, i)), [from, span]);
  const byUnit = useMemo(() => {
    const map = new Map<string, Stay[]>();
    for (const stay of stays.data?.data ?? []) map.set(stay.accommodationId, [...(map.get(stay.accommodationId) ?? []), stay]);
    return map;
  }, [stays.data]);

  const go = (params: Record<string, string | null>) => {
    const next = new URLSearchParams(query);
    for (const [key, value] of Object.entries(params)) if (value === null) next.delete(key); else next.set(key, value);
    setSelection(null);
    setFocused(null);
    navigate(`/calendar?${next}`, { replace: true });
  };

  // Today in view on a phone: the grid scrolls sideways and starts with today near its left edge.
  const scroller = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const index = daysBetween(from, today);
    const cell = scroller.current?.querySelector<HTMLElement>(`[data-day-index="${Math.max(0, index - 1)}"]`);
    const label = scroller.current?.querySelector<HTMLElement>("[data-corner]");
    if (scroller.current && cell && label) scroller.current.scrollLeft = cell.offsetLeft - label.offsetWidth;
  }, [from, today, stays.data === undefined]);

  const taken = (unitId: string, night: string) => (byUnit.get(unitId) ?? []).some((stay) => stay.checkIn <= night && night < stay.checkOut);
  const pick = (unitId: string, date: string) => {
    setFocused(null);
    setProblem(null);
    if (!selection || selection.unitId !== unitId || selection.last !== null || date < selection.first) {
      setSelection({ unitId, first: date, last: null });
      return;
    }
    for (let night = selection.first; night <= date; night = addDays(night, 1)) {
      if (taken(unitId, night)) {
        setProblem(t("takenBetween"));
        setSelection({ unitId, first: date, last: null });
        return;
      }
    }
    setSelection({ ...selection, last: date });
  };

  const statusText = (stay: Stay) =>
    stay.status === "held" ? t("held") : stay.status === "confirmed" ? t("confirmed") : stay.kind === "imported" ? t("imported", { channel: names(sourceKey(stay.channel ?? "other")) }) : t("blocked");
  const whoText = (stay: Stay) => stay.guestName ?? (stay.kind === "imported" ? stay.feedName ?? names(sourceKey(stay.channel ?? "other")) : stay.note ?? t("blocked"));
  // A month shown for only a few days gets its short name, so the label fits over them.
  const monthName = (date: string, days: number) => {
    const name = new Intl.DateTimeFormat(locale, days < 5 ? { month: "short", timeZone: "UTC" } : { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${date}T00:00:00Z`));
    return name.charAt(0).toUpperCase() + name.slice(1);
  };
  const weekday = (date: string) => new Intl.DateTimeFormat(locale, { weekday: "narrow", timeZone: "UTC" }).format(new Date(`${date}T00:00:00Z`));
  const months = dates.reduce<{ start: number; length: number; date: string }[]>((list, date, i) => {
    if (i === 0 || date.endsWith("-01")) list.push({ start: i, length: 0, date });
    list[list.length - 1]!.length += 1;
    return list;
  }, []);
  const unitOf = (id: string) => units.find((unit) => unit.id === id);
  const range = selection?.last ? { checkIn: selection.first, checkOut: addDays(selection.last, 1) } : null;

  return (
    <section aria-labelledby="tape-chart-title" className={styles.chart}>
      <h2 id="tape-chart-title" className="visually-hidden">
        {t("title")}
      </h2>
      <div className={styles.toolbar}>
        <div className={styles.spans} role="group" aria-label={t("span")}>
          {SPANS.map((value) => (
            <button key={value} type="button" className={styles.chip} aria-pressed={span === value} onClick={() => go({ span: String(value) })}>
              {t(`span${value}` as TapeChartMessage)}
            </button>
          ))}
        </div>
        <div className={styles.moves}>
          <button type="button" className="button button--quiet" aria-label={t("earlier")} onClick={() => go({ from: addDays(from, -span) })}>
            ‹
          </button>
          <button type="button" className="button button--quiet" onClick={() => go({ from: null })}>
            {t("today")}
          </button>
          <button type="button" className="button button--quiet" aria-label={t("later")} onClick={() => go({ from: addDays(from, span) })}>
            ›
          </button>
        </div>
      </div>
      <LoadState loading={stays.loading} error={stays.error} empty={stays.data === undefined} onRetry={stays.reload}>
        <div className={styles.scroller} ref={scroller} tabIndex={0} aria-label={t("title")}>
          <div className={styles.grid} style={{ "--days": span } as CSSProperties}>
            <div className={`${styles.corner} ${styles.monthRow}`} data-corner="" style={{ gridRow: 1, gridColumn: 1 }} />
            {months.map((month) => (
              <div key={month.date} className={styles.month} style={{ gridRow: 1, gridColumn: `${month.start + 2} / span ${month.length}` }}>
                <span>{monthName(month.date, month.length)}</span>
              </div>
            ))}
            <div className={styles.corner} style={{ gridRow: 2, gridColumn: 1 }}>
              {t("unit")}
            </div>
            {dates.map((date, i) => (
              <div
                key={date}
                className={`${styles.dayHead} ${date === today ? styles.today : ""} ${weekdayIndex(date) >= 5 ? styles.weekend : ""}`}
                style={{ gridRow: 2, gridColumn: i + 2 }}
                data-day-index={i}
                title={format.day(date)}
              >
                <span>{weekday(date)}</span>
                <strong>{Number(date.slice(8))}</strong>
                {date === today && <span className="visually-hidden">{t("todayMark")}</span>}
              </div>
            ))}
            {units.map((unit, row) => (
              <UnitRow
                key={unit.id}
                unit={unit}
                row={row + 3}
                dates={dates}
                today={today}
                stays={byUnit.get(unit.id)}
                selection={selection?.unitId === unit.id ? selection : null}
                onPick={pick}
                onOpen={(stay) => {
                  setSelection(null);
                  setFocused(stay);
                }}
                statusText={statusText}
                whoText={whoText}
              />
            ))}
          </div>
        </div>
      </LoadState>
      {problem && (
        <p className="notice notice--error" role="alert">
          {problem}
        </p>
      )}
      {selection && (
        <SelectionPanel
          unitId={selection.unitId}
          unitName={unitOf(selection.unitId)?.name}
          range={range}
          prompt={t("pickEnd")}
          onBlocked={() => {
            setSelection(null);
            void stays.reload();
          }}
          onClear={() => setSelection(null)}
        />
      )}
      {focused && (
        <StayDetails
          key={focused.id}
          accommodationId={focused.accommodationId}
          stayId={focused.id}
          range={{ checkIn: focused.checkIn, checkOut: focused.checkOut }}
          onChanged={() => {
            setFocused(null);
            void stays.reload();
          }}
        />
      )}
      <Legend />
    </section>
  );
}

interface RowProps {
  unit: Unit;
  row: number;
  dates: string[];
  today: string;
  stays: Stay[] | undefined;
  selection: { first: string; last: string | null } | null;
  onPick: (unitId: string, date: string) => void;
  onOpen: (stay: Stay) => void;
  statusText: (stay: Stay) => string;
  whoText: (stay: Stay) => string;
}

/** One unit: its free days are buttons to pick, its stays are bars laid over the days they take. */
const UnitRow = memo(function UnitRow({ unit, row, dates, today, stays, selection, onPick, onOpen, statusText, whoText }: RowProps) {
  const t = useMessages(tapeChartMessages);
  const format = useFormat();
  const first = dates[0]!;
  const end = addDays(first, dates.length);
  const picked = (date: string) => selection !== null && date >= selection.first && date <= (selection.last ?? selection.first);
  const taken = new Set<string>();
  for (const stay of stays ?? []) for (let night = stay.checkIn < first ? first : stay.checkIn; night < stay.checkOut && night < end; night = addDays(night, 1)) taken.add(night);
  return (
    <>
      <div className={styles.unitName} style={{ gridRow: row, gridColumn: 1 }} title={unit.name}>
        {unit.name}
      </div>
      {dates.map((date, i) =>
        taken.has(date) ? (
          <div key={date} className={`${styles.cell} ${date === today ? styles.today : ""}`} style={{ gridRow: row, gridColumn: i + 2 }} data-unit={unit.id} data-date={date} data-taken="" />
        ) : (
        <button
          key={date}
          type="button"
          className={`${styles.cell} ${date === today ? styles.today : ""} ${weekdayIndex(date) >= 5 ? styles.weekend : ""}`}
          style={{ gridRow: row, gridColumn: i + 2 }}
          aria-pressed={picked(date)}
          aria-label={t("cellLabel", { unit: unit.name, day: format.day(date) })}
          data-unit={unit.id}
          data-date={date}
          onClick={() => onPick(unit.id, date)}
        />
        ),
      )}
      {(stays ?? []).map((stay) => {
        const start = Math.max(0, daysBetween(first, stay.checkIn));
        const stop = Math.min(dates.length, daysBetween(first, stay.checkOut));
        if (stop <= start) return null;
        const tone = stay.status === "held" ? styles.held : stay.status === "confirmed" ? styles.confirmed : styles.blocked;
        const origin = stay.kind === "imported" ? `channel_${["airbnb", "booking", "vrbo"].includes(stay.channel ?? "") ? stay.channel : "other"}` : stay.kind === "block" ? "manual" : `source_${SOURCES.has(stay.source ?? "") ? stay.source : "other"}`;
        return (
          <button
            key={stay.id}
            type="button"
            className={`${styles.bar} ${tone} ${styles[origin] ?? ""} ${stay.checkIn < first ? styles.continues : ""} ${stay.checkOut > end ? styles.continuesAfter : ""}`}
            style={{ gridRow: row, gridColumn: `${start + 2} / ${stop + 2}` }}
            aria-label={t("barLabel", { who: whoText(stay), status: statusText(stay), from: format.day(stay.checkIn), to: format.day(stay.checkOut) })}
            data-stay-id={stay.id}
            data-status={stay.status}
            data-check-in={stay.checkIn}
            data-check-out={stay.checkOut}
            onClick={() => onOpen(stay)}
          >
            <span aria-hidden="true">{whoText(stay)}</span>
          </button>
        );
      })}
    </>
  );
});

function Legend() {
  const t = useMessages(tapeChartMessages);
  const names = useMessages(channelNames);
  const items: { className: string; label: string }[] = [
    { className: styles.held!, label: t("held") },
    { className: styles.confirmed!, label: t("confirmed") },
    { className: styles.blocked!, label: t("blocked") },
  ];
  const origins: { className: string; label: string }[] = [
    { className: styles.source_direct!, label: t("source_direct") },
    { className: styles.source_whatsapp!, label: t("source_whatsapp") },
    { className: styles.source_webchat!, label: t("source_webchat") },
    { className: styles.channel_airbnb!, label: names("source_airbnb") },
    { className: styles.channel_booking!, label: names("source_booking") },
    { className: styles.channel_vrbo!, label: names("source_vrbo") },
  ];
  return (
    <ul className={styles.legend} aria-label={t("legend")}>
      {[...items, ...origins].map((item) => (
        <li key={item.label}>
          <span className={`${styles.swatch} ${item.className}`} aria-hidden="true" /> {item.label}
        </li>
      ))}
    </ul>
  );
}
