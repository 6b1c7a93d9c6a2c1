import { lazy, Suspense, useMemo, useState } from "react";
import { RESERVATION_SOURCES } from "../../../../../shared/domain/reservation-sources";
import { api, unwrap, type Schemas } from "../../api/client";
import { useApi } from "../../api/use-api";
import { useFormat, useLocale, useMessages } from "../../i18n/i18n";
import { useLiveRefresh } from "../../live/live";
import { useRouter } from "../../router";
import { useSession } from "../../session";
import { Field, SelectField } from "../../ui/field";
import { LoadState } from "../../ui/states";
import { sourceLabel } from "../reservations/source-label";
import { useTenantZone } from "../reservations/use-tenant-zone";
import { useUnits } from "../reservations/use-units";
import { messages } from "./messages";
import { change, presetRange, previousRange, RANGE_PRESETS, todayIn, type DayRange, type RangePreset } from "./report-range";
import styles from "./reports.module.css";

type Report = Schemas["KpiReport"];
type Money = { amount: number; currency: string };

// uPlot is loaded with the chart only, after the numbers are on screen.
const DailyChart = lazy(() => import("./daily-chart"));

const isPreset = (value: string | null): value is RangePreset => (RANGE_PRESETS as readonly string[]).includes(value ?? "");
const validDay = (value: string | null) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null);

function loadReport(range: DayRange, filters: { accommodationId?: string; source?: string; currency?: string }) {
  const query = { ...range, ...filters } as { from: string; to: string; accommodationId?: string; source?: (typeof RESERVATION_SOURCES)[number]; currency?: string };
  return unwrap(api.GET("/v1/reports/kpis", { params: { query } }));
}

/** How the season is going: KPI tiles against the previous period, a chart by day, channels, the funnel and the CSVs. */
export default function ReportsScreen() {
  const t = useMessages(messages);
  const format = useFormat();
  const { locale } = useLocale();
  const zone = useTenantZone();
  const { query, navigate } = useRouter();
  const { units } = useUnits();

  const preset: RangePreset = isPreset(query.get("range")) ? (query.get("range") as RangePreset) : "thisMonth";
  const today = todayIn(zone);
  const defaultRange = presetRange("thisMonth", today);
  const range: DayRange =
    preset === "custom" ? { from: validDay(query.get("from")) ?? defaultRange.from, to: validDay(query.get("to")) ?? defaultRange.to } : presetRange(preset, today);
  const unitId = query.get("unit") ?? "";
  const source = query.get("source") ?? "";
  // Units priced in two currencies cannot be added up: the screen asks which one to show.
  const currencies = useMemo(() => [...new Set(units.filter((u) => !unitId || u.id === unitId).map((u) => u.basePrice.currency))].sort(), [units, unitId]);
  const currency = currencies.length > 1 ? (currencies.includes(query.get("currency") ?? "") ? query.get("currency")! : currencies[0]) : undefined;
  const filters = { accommodationId: unitId || undefined, source: source || undefined, currency };
  const rangeInvalid = range.from > range.to;

  const setQuery = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(query);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    navigate(`/reports?${next}`, { replace: true });
  };

  const key = JSON.stringify([range, filters]);
  const report = useApi(() => (rangeInvalid ? Promise.resolve(undefined) : loadReport(range, filters)), [key]);
  const previous = useApi(() => (rangeInvalid ? Promise.resolve(undefined) : loadReport(previousRange(range), filters)), [key]);
  useLiveRefresh(["reservation.changed"], report.reload);

  return (
    <>
      <h1>{t("title")}</h1>
      <p className={styles.muted}>{t("intro")}</p>
      <div className={styles.filters}>
        <SelectField
          label={t("range")}
          value={preset}
          options={RANGE_PRESETS.map((value) => ({ value, label: t(value) }))}
          onChange={(event) => setQuery(event.target.value === "custom" ? { range: "custom", from: range.from, to: range.to } : { range: event.target.value, from: null, to: null })}
        />
        {preset === "custom" && (
          <>
            <Field label={t("from")} type="date" value={range.from} onChange={(event) => setQuery({ from: event.target.value || null })} />
            <Field label={t("to")} type="date" value={range.to} error={rangeInvalid ? t("invalidRange") : undefined} onChange={(event) => setQuery({ to: event.target.value || null })} />
          </>
        )}
        {units.length > 1 && (
          <SelectField
            label={t("unit")}
            value={unitId}
            options={[{ value: "", label: t("allUnits") }, ...units.map((unit) => ({ value: unit.id, label: unit.name }))]}
            onChange={(event) => setQuery({ unit: event.target.value || null })}
          />
        )}
        <SelectField
          label={t("source")}
          value={source}
          options={[{ value: "", label: t("allSources") }, ...RESERVATION_SOURCES.map((value) => ({ value, label: sourceLabel(value, locale) }))]}
          onChange={(event) => setQuery({ source: event.target.value || null })}
        />
        {currency && (
          <SelectField label={t("currency")} value={currency} options={currencies.map((value) => ({ value, label: value }))} onChange={(event) => setQuery({ currency: event.target.value })} />
        )}
      </div>

      <LoadState loading={report.loading} error={report.error} empty={rangeInvalid ? true : undefined} emptyText={t("invalidRange")} onRetry={report.reload} retryText={t("retry")}>
        {report.data && <ReportBody report={report.data} previous={previous.data} range={range} filters={filters} />}
      </LoadState>
      {report.data && <p className={styles.muted}>{format.day(range.from)} – {format.day(range.to)}</p>}
    </>
  );
}

function ReportBody({ report, previous, range, filters }: { report: Report; previous: Report | undefined; range: DayRange; filters: Record<string, string | undefined> }) {
  const t = useMessages(messages);
  const format = useFormat();
  const { locale } = useLocale();
  const percent = (value: number | null | undefined) => (value === null || value === undefined ? "–" : new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(value));
  const number = (value: number | null | undefined, digits = 1) => (value === null || value === undefined ? "–" : new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value));
  const delta = (current: number, before: number | undefined) => {
    if (before === undefined) return undefined;
    const c = change(current, before);
    if (c === null) return t("noPrevious");
    return t("vsPrevious", { change: new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1, signDisplay: "exceptZero" }).format(c) });
  };
  const digits = new Intl.NumberFormat(locale, { style: "currency", currency: report.currency }).resolvedOptions().maximumFractionDigits ?? 2;
  const major = (money: Money) => money.amount / 10 ** digits;
  const points = useMemo(() => report.series.map((s) => ({ date: s.date, occupancy: s.occupancy, revenue: major(s.roomRevenue) })), [report]);
  const occupancies = report.series.map((s) => s.occupancy);
  const topChannel = Math.max(1, ...report.bySource.map((s) => s.roomRevenue.amount));

  const tiles: { label: string; value: string; note?: string; change?: string }[] = [
    { label: t("occupancy"), value: percent(report.occupancy), note: t("soldNightsOf", { sold: number(report.soldNights, 0), available: number(report.availableNights, 0) }), change: delta(report.occupancy, previous?.occupancy) },
    { label: t("adr"), value: format.money(report.adr), change: delta(report.adr.amount, previous?.adr.amount) },
    { label: t("revpar"), value: format.money(report.revpar), change: delta(report.revpar.amount, previous?.revpar.amount) },
    { label: t("roomRevenue"), value: format.money(report.roomRevenue), change: delta(report.roomRevenue.amount, previous?.roomRevenue.amount) },
    { label: t("extrasRevenue"), value: format.money(report.extrasRevenue), change: delta(report.extrasRevenue.amount, previous?.extrasRevenue.amount) },
    { label: t("averageStay"), value: report.averageLengthOfStay === null ? "–" : t("nights", { count: number(report.averageLengthOfStay) }) },
    { label: t("leadTime"), value: report.averageLeadTimeDays === null ? "–" : t("days", { count: number(report.averageLeadTimeDays, 0) }) },
    { label: t("cancellations"), value: number(report.cancellations, 0), note: t("ofReservations", { percent: percent(report.cancellationRate) }) },
    { label: t("lapsedHolds"), value: number(report.lapsedHolds, 0), note: t("ofReservations", { percent: percent(report.lapsedHoldRate) }) },
    { label: t("deposits"), value: format.money(report.depositsCollected) },
    { label: t("balance"), value: format.money(report.balanceOutstanding) },
  ];

  return (
    <>
      <ul className={styles.tiles}>
        {tiles.map((tile) => (
          <li key={tile.label} className={`card ${styles.tile}`}>
            <span className={styles.tileLabel}>{tile.label}</span>
            <strong className={styles.tileValue}>{tile.value}</strong>
            {tile.note && <span className={`${styles.muted} ${styles.tileNote}`}>{tile.note}</span>}
            {tile.change && <span className={styles.change}>{tile.change}</span>}
          </li>
        ))}
      </ul>
      {report.blockedNights > 0 && <p className={styles.muted}>{t("blockedNote", { count: number(report.blockedNights, 0) })}</p>}

      <section className={`card ${styles.section}`} aria-labelledby="daily-chart">
        <h2 id="daily-chart">{t("chartTitle")}</h2>
        <p className={styles.muted}>
          {t("chartSummary", { min: percent(Math.min(...occupancies)), max: percent(Math.max(...occupancies)), total: format.money(report.roomRevenue) })}
        </p>
        <Suspense fallback={<p className="loading">{t("chartLoading")}</p>}>
          <DailyChart points={points} locale={locale} labels={{ occupancy: t("occupancy"), revenue: t("roomRevenue") }} />
        </Suspense>
      </section>

      <section className={`card ${styles.section}`} aria-labelledby="by-channel">
        <h2 id="by-channel">{t("byChannel")}</h2>
        {report.bySource.length === 0 ? (
          <p className="empty">{t("channelEmpty")}</p>
        ) : (
          <ul className={styles.bars}>
            {report.bySource.map((s) => (
              <li key={s.source} className={styles.bar}>
                <span className={styles.barLabel}>
                  <span>{sourceLabel(s.source, locale)}</span>
                  <span>
                    {format.money(s.roomRevenue)} · {s.reservations === 1 ? t("reservationsShortOne") : t("reservationsShort", { count: number(s.reservations, 0) })}
                  </span>
                </span>
                <span className={styles.barTrack} aria-hidden="true">
                  <span className={styles.barFill} style={{ width: `${(s.roomRevenue.amount / topChannel) * 100}%` }} />
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      {report.byPackage.length > 0 && (
        <section className={`card ${styles.section}`} aria-labelledby="by-package">
          <h2 id="by-package">{t("byPackage")}</h2>
          <ul className={styles.bars}>
            {report.byPackage.map((p) => (
              <li key={p.packageId} className={styles.barLabel}>
                <span>{p.name}</span>
                <span>
                  {format.money(p.revenue)} · {p.reservations === 1 ? t("reservationsShortOne") : t("reservationsShort", { count: number(p.reservations, 0) })} ·{" "}
                  {p.nights === 1 ? t("packageNightsOne") : t("packageNights", { count: number(p.nights, 0) })}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {report.byUnit.length > 1 && (
        <section className={`card ${styles.section}`} aria-labelledby="by-unit">
          <h2 id="by-unit">{t("byUnit")}</h2>
          <ul className={styles.bars}>
            {report.byUnit.map((u) => (
              <li key={u.accommodationId} className={styles.barLabel}>
                <span>{u.name}</span>
                <span>
                  {percent(u.occupancy)} · {format.money(u.roomRevenue)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <Funnel funnel={report.funnel} percent={percent} />

      <section className={`card ${styles.section}`} aria-labelledby="downloads">
        <h2 id="downloads">{t("downloads")}</h2>
        <Downloads range={range} filters={filters} />
        <p className={styles.muted}>{report.icalSync.oldestSyncAgeSeconds === null ? t("icalNone") : t("icalAge", { age: ageText(report.icalSync.oldestSyncAgeSeconds, locale) })}</p>
      </section>
    </>
  );
}

function Funnel({ funnel, percent }: { funnel: Report["funnel"]; percent: (value: number | null | undefined) => string }) {
  const t = useMessages(messages);
  const { locale } = useLocale();
  const count = (value: number) => new Intl.NumberFormat(locale).format(value);
  const times = (r: Report["funnel"]["firstResponse"]["text"]) =>
    r.meanSeconds === null || r.p95Seconds === null ? t("noAnswers") : t("meanP95", { mean: ageText(r.meanSeconds, locale), p95: ageText(r.p95Seconds, locale) });
  const steps: [string, string][] = [
    [t("leads24h"), count(funnel.leads24h)],
    [t("leads7d"), count(funnel.leads7d)],
    [t("offers"), funnel.offers === null ? t("notRecorded") : count(funnel.offers)],
    [t("holds"), `${count(funnel.holds)} (${percent(funnel.holdRate)})`],
    [t("confirmed"), `${count(funnel.confirmed)} (${percent(funnel.confirmRate)})`],
    [t("conversion"), percent(funnel.conversionRate7d)],
    [t("handOver"), percent(funnel.handOverRate)],
    [t("firstResponseText"), times(funnel.firstResponse.text)],
    [t("firstResponseVoice"), times(funnel.firstResponse.voice)],
  ];
  return (
    <section className={`card ${styles.section}`} aria-labelledby="funnel">
      <h2 id="funnel">{t("funnel")}</h2>
      <p className={styles.muted}>{t("funnelNote")}</p>
      <dl className={styles.funnel}>
        {steps.map(([label, value]) => (
          <div key={label} className={styles.funnelStep}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** A duration in the largest whole unit that fits ("3 min", "2 h", "5 días"), in the person's language. */
function ageText(seconds: number, locale: string): string {
  const [value, unit] =
    seconds < 60 ? [seconds, "second"] : seconds < 3600 ? [Math.round(seconds / 60), "minute"] : seconds < 86_400 ? [Math.round(seconds / 3600), "hour"] : [Math.round(seconds / 86_400), "day"];
  return new Intl.NumberFormat(locale, { style: "unit", unit, unitDisplay: "long" }).format(value);
}

/** Both CSVs, fetched with the session (a plain link cannot send it) and saved under the server's name. */
function Downloads({ range, filters }: { range: DayRange; filters: Record<string, string | undefined> }) {
  const t = useMessages(messages);
  const { locale } = useLocale();
  const { token } = useSession();
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState<string>();
  // Excel in es-AR and pt-BR splits on semicolons and reads decimal commas.
  const delimiter = locale === "en" ? "comma" : "semicolon";
  const download = async (path: string) => {
    setBusy(path);
    setFailed(false);
    try {
      const params = new URLSearchParams({ ...range, delimiter });
      for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
      const response = await fetch(`${path}?${params}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
      if (!response.ok) throw new Error(String(response.status));
      const name = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? "posada.csv";
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement("a");
      link.href = url;
      link.download = name;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch {
      setFailed(true);
    } finally {
      setBusy(undefined);
    }
  };
  return (
    <>
      <div className={styles.downloads}>
        <button type="button" className="button button--quiet" disabled={busy !== undefined} onClick={() => download("/v1/reports/kpis.csv")}>
          {t("downloadKpis")}
        </button>
        <button type="button" className="button button--quiet" disabled={busy !== undefined} onClick={() => download("/v1/reports/reservations.csv")}>
          {t("downloadReservations")}
        </button>
      </div>
      <p className={styles.muted}>{t("excelNote")}</p>
      {failed && (
        <p className="notice notice--error" role="alert">
          {t("downloadFailed")}
        </p>
      )}
    </>
  );
}
