import { useState } from "react";
import { api, unwrap } from "../../api/client";
import { useApi } from "../../api/use-api";
import { addDays } from "../../dates";
import { useFormat, useLocale, useMessages } from "../../i18n/i18n";
import { useLiveRefresh } from "../../live/live";
import { Link } from "../../router";
import { useSession } from "../../session";
import { Badge } from "../../ui/states";
import { TodaySection } from "../today/today-section";
import todayStyles from "../today/today.module.css";
import { guestJourneyMessages } from "./messages";
import { todayJourneyMessages } from "./today-messages";

const TONE = { not_started: "muted", started: "warn", completed: "ok" } as const;

/** Today's arrivals with their check-in, and the guest register for any dates as CSV. */
export function TodayCheckIns({ today }: { today: string }) {
  const t = useMessages(todayJourneyMessages);
  const tj = useMessages(guestJourneyMessages);
  const { data, error, loading, reload } = useApi(async () => (await unwrap(api.GET("/v1/check-ins", { params: { query: { from: today, to: today } } }))).data, [today]);
  useLiveRefresh(["reservation.changed"], reload);
  return (
    <TodaySection title={t("checkIns")} count={data?.length} loading={loading} error={error} emptyText={t("checkInsEmpty")} onRetry={reload} retryText={t("retry")}>
      <ul className={todayStyles.items}>
        {data?.map((row) => (
          <li key={row.reservationId}>
            <Link href={`/reservations?id=${encodeURIComponent(row.reservationId)}`}>{row.guestName}</Link> · {row.unitName} · <Badge tone={TONE[row.status]}>{tj(`status_${row.status}`)}</Badge>
            {row.guestsRegistered > 0 && <> · {t("registered", { count: row.guestsRegistered })}</>}
            {row.arrivalTime && <> · {tj("arrivalAt", { time: row.arrivalTime })}</>}
          </li>
        ))}
      </ul>
      <GuestRegisterDownload today={today} />
    </TodaySection>
  );
}

function GuestRegisterDownload({ today }: { today: string }) {
  const t = useMessages(todayJourneyMessages);
  const { token } = useSession();
  const { locale } = useLocale();
  const [from, setFrom] = useState(addDays(today, -30));
  const [to, setTo] = useState(today);
  const [failed, setFailed] = useState(false);
  async function download() {
    setFailed(false);
    try {
      const params = new URLSearchParams({ from, to, delimiter: locale === "en" ? "comma" : "semicolon" });
      const response = await fetch(`/v1/check-ins/register.csv?${params}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
      if (!response.ok) throw new Error(String(response.status));
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement("a");
      link.href = url;
      link.download = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? "guest-register.csv";
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch {
      setFailed(true);
    }
  }
  return (
    <form
      aria-label={t("register")}
      onSubmit={(event) => {
        event.preventDefault();
        void download();
      }}
    >
      <h3>{t("register")}</h3>
      <label>
        {t("from")} <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} required />
      </label>{" "}
      <label>
        {t("to")} <input type="date" value={to} onChange={(e) => setTo(e.target.value)} required />
      </label>{" "}
      <button type="submit" className="button button--quiet">
        {t("download")}
      </button>
      {failed && <p role="alert">{t("downloadFailed")}</p>}
    </form>
  );
}

/** The "Jornada del huésped" card: the last 30 days against the runbook's targets. */
export function GuestJourneyCard({ today }: { today: string }) {
  const t = useMessages(todayJourneyMessages);
  const format = useFormat();
  const { locale } = useLocale();
  const from = addDays(today, -29);
  const { data, error, loading, reload } = useApi(() => unwrap(api.GET("/v1/guest-experience/kpis", { params: { query: { from, to: today } } })), [from, today]);
  const number = (value: number, digits = 1) => new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
  const percent = (value: number) => new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(value);
  const verdict = (ok: boolean | null) => (ok === null ? <Badge tone="muted">{t("noData")}</Badge> : <Badge tone={ok ? "ok" : "warn"}>{t(ok ? "onTarget" : "offTarget")}</Badge>);
  const k = data;
  const minutes = (seconds: number | null) => (seconds === null ? null : seconds / 60);
  return (
    <TodaySection title={`${t("journeyCard")} · ${t("last30")}`} count={undefined} loading={loading} error={error} emptyText={t("noData")} onRetry={reload} retryText={t("retry")}>
      {k && (
        <dl className={todayStyles.items}>
          <dt>{t("rating")}</dt>
          <dd>
            {k.averageRatingOutOf5 === null ? t("noData") : t("ratingValue", { value: number(k.averageRatingOutOf5) })} · {t("target", { value: `≥ ${number(k.targets.ratingOutOf5)}` })}{" "}
            {verdict(k.averageRatingOutOf5 === null ? null : k.averageRatingOutOf5 >= k.targets.ratingOutOf5)}
            {k.nps !== null && <> · {t("nps")} {number(k.nps, 0)}</>}
          </dd>
          <dt>{t("response")}</dt>
          <dd>
            {k.firstResponse.meanSeconds === null ? t("noData") : t("responseValue", { value: number(minutes(k.firstResponse.meanSeconds)!), p95: number(minutes(k.firstResponse.p95Seconds ?? 0)!) })} ·{" "}
            {t("target", { value: `≤ ${k.targets.firstResponseMinutes} min` })} {verdict(k.firstResponse.meanSeconds === null ? null : k.firstResponse.meanSeconds <= k.targets.firstResponseMinutes * 60)}
          </dd>
          <dt>{t("checkInRate")}</dt>
          <dd>{k.checkIn.rate === null ? t("noData") : `${percent(k.checkIn.rate)} (${k.checkIn.completedBeforeArrival}/${k.checkIn.arrivals})`}</dd>
          <dt>{t("conversion")}</dt>
          <dd>
            {k.upsells.conversion === null ? t("noData") : `${percent(k.upsells.conversion)} (${k.upsells.bought}/${k.upsells.offered})`} · {t("target", { value: `≥ ${percent(k.targets.upsellConversion)}` })}{" "}
            {verdict(k.upsells.conversion === null ? null : k.upsells.conversion >= k.targets.upsellConversion)}
          </dd>
          <dt>{t("revenue")}</dt>
          <dd>{k.upsells.revenue.length === 0 ? number(0) : k.upsells.revenue.map((r) => format.money(r)).join(" · ")}</dd>
        </dl>
      )}
    </TodaySection>
  );
}
