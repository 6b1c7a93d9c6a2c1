import { useState } from "react";
import { api, unwrap } from "../../api/client";
import { useApi } from "../../api/use-api";
import { useFormat, useLocale, useMessages } from "../../i18n/i18n";
import { useLiveRefresh } from "../../live/live";
import { useRouter } from "../../router";
import { useSession } from "../../session";
import { Dialog } from "../../ui/dialog";
import { Field, SelectField } from "../../ui/field";
import { LoadState } from "../../ui/states";
import { useToast } from "../../ui/toast";
import styles from "./calendar.module.css";
import { addDays, addMonths, daysBetween, monthStart, todayIn } from "../../dates";
import { messages } from "./messages";
import { MonthGrid, STATUS_MARK, type Day } from "./month-grid";
import { StayDetails } from "./stay-details";
import { Timeline } from "./timeline";

/**
 * A unit's month, tap a first and a last free night to block them or start a reservation, tap a
 * taken night to see what holds it; below, every unit over three weeks.
 */
export default function CalendarScreen() {
  const t = useMessages(messages);
  const format = useFormat();
  const { locale } = useLocale();
  const { me } = useSession();
  const { query, navigate } = useRouter();
  const { notify, fail } = useToast();
  const today = todayIn(me?.tenant.timezone ?? "America/Argentina/Buenos_Aires");
  const month = query.get("month") ? `${query.get("month")}-01` : monthStart(today);
  const units = useApi(() => unwrap(api.GET("/v1/accommodations")), []);
  const unitId = query.get("unit") ?? units.data?.data[0]?.id ?? null;
  const calendar = useApi(
    () => (unitId ? unwrap(api.GET("/v1/accommodations/{id}/calendar", { params: { path: { id: unitId }, query: { from: month, to: addMonths(month, 1) } } })) : Promise.resolve(null)),
    [unitId, month],
  );
  useLiveRefresh(["calendar.changed", "reservation.changed"], calendar.reload, (event) => !("accommodationId" in event) || event.accommodationId === unitId);
  const [selection, setSelection] = useState<{ from: string; to: string | null } | null>(null);
  const [focused, setFocused] = useState<Day | null>(null);
  const [blocking, setBlocking] = useState(false);
  const [note, setNote] = useState("");

  const go = (params: Record<string, string>) => {
    const next = new URLSearchParams(query);
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
  const block = async () => {
    if (!range || !unitId) return;
    try {
      await unwrap(api.POST("/v1/accommodations/{id}/blocks", { params: { path: { id: unitId } }, body: { ...range, ...(note ? { note } : {}) } }));
      notify(t("blocked_ok"));
      setBlocking(false);
      setSelection(null);
      setNote("");
      await calendar.reload();
    } catch (error) {
      fail((error as { code?: string }).code === "dates_unavailable" ? new Error(t("unavailable")) : error);
    }
  };

  const stayRange = (stayId: string) => {
    const nights = calendar.data?.days.filter((day) => day.stayId === stayId).map((day) => day.date) ?? [];
    return { checkIn: nights[0] ?? today, checkOut: addDays(nights.at(-1) ?? today, 1) };
  };
  const monthName = new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${month}T00:00:00Z`));
  const monthLabel = monthName.charAt(0).toUpperCase() + monthName.slice(1);
  return (
    <>
      <h1>{t("title")}</h1>
      <LoadState loading={units.loading} error={units.error} empty={units.data?.data.length === 0} emptyText={t("noUnits")} onRetry={units.reload}>
        <div className={styles.toolbar}>
          <SelectField label={t("unit")} value={unitId ?? ""} onChange={(event) => go({ unit: event.target.value })} options={(units.data?.data ?? []).map((unit) => ({ value: unit.id, label: unit.name }))} />
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
        {selection && (
          <section className={`card ${styles.panel}`} aria-live="polite">
            {range ? <p>{t("selected", { from: format.day(range.checkIn), to: format.day(range.checkOut), nights: daysBetween(range.checkIn, range.checkOut) })}</p> : <p>{t("pickEnd")}</p>}
            <div className={styles.actions}>
              {range && (
                <>
                  <button type="button" className="button" onClick={() => setBlocking(true)}>
                    {t("block")}
                  </button>
                  <button type="button" className="button button--quiet" onClick={() => navigate(`/reservations?new=1&accommodationId=${unitId}&checkIn=${range.checkIn}&checkOut=${range.checkOut}`)}>
                    {t("createReservation")}
                  </button>
                </>
              )}
              <button type="button" className="button button--quiet" onClick={() => setSelection(null)}>
                {t("clear")}
              </button>
            </div>
          </section>
        )}
        {focused?.stayId && unitId && <StayDetails key={focused.stayId} accommodationId={unitId} stayId={focused.stayId} range={stayRange(focused.stayId)} onChanged={() => { setFocused(null); void calendar.reload(); }} />}
        <Dialog open={blocking} title={t("block")} onClose={() => setBlocking(false)}>
          {range && <p>{t("selected", { from: format.day(range.checkIn), to: format.day(range.checkOut), nights: daysBetween(range.checkIn, range.checkOut) })}</p>}
          <Field label={t("blockNote")} value={note} onChange={(event) => setNote(event.target.value)} maxLength={200} />
          <div className={styles.actions}>
            <button type="button" className="button" onClick={block}>
              {t("blockConfirm")}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setBlocking(false)}>
              {t("cancel")}
            </button>
          </div>
        </Dialog>
        {units.data && units.data.data.length > 0 && <Timeline units={units.data.data} from={month < today && today < addMonths(month, 1) ? today : month} />}
      </LoadState>
    </>
  );
}
