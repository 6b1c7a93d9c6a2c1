import { api, unwrap, type Schemas } from "../../api/client";
import { useApi } from "../../api/use-api";
import { useMessages } from "../../i18n/i18n";
import { useLiveRefresh } from "../../live/live";
import { Link } from "../../router";
import { StatusBadge } from "../reservations/reservation-status";
import { messages } from "./messages";
import { TodaySection } from "./today-section";
import styles from "./today.module.css";

type Reservation = Schemas["Reservation"];
type Unit = Schemas["Accommodation"];

// A hold arriving today still needs a bed made; a lapsed or cancelled one does not.
const ARRIVING = new Set(["confirmed", "held"]);

/**
 * Arrivals and departures. `from`/`to` on /v1/reservations select stays overlapping the range
 * (checkOut ≥ from and checkIn ≤ to), so asking for today alone returns every stay that touches
 * today; the ones starting or ending today are picked here.
 */
export function StaysToday({ today, unitOf }: { today: string; unitOf: (id: string) => Unit | undefined }) {
  const t = useMessages(messages);
  const { data, error, loading, reload } = useApi(async () => (await unwrap(api.GET("/v1/reservations", { params: { query: { from: today, to: today } } }))).data, [today]);
  useLiveRefresh(["reservation.changed"], reload);
  const arrivals = data?.filter((stay) => stay.checkIn === today && ARRIVING.has(stay.status));
  const departures = data?.filter((stay) => stay.checkOut === today && stay.status === "confirmed");
  const section = { loading, error, onRetry: reload, retryText: t("retry") };
  return (
    <>
      <TodaySection title={t("arrivals")} count={arrivals?.length} emptyText={t("arrivalsEmpty")} {...section}>
        <ul className={styles.items}>
          {arrivals?.map((stay) => <StayItem key={stay.id} stay={stay} unit={unitOf(stay.accommodationId)} kind="arrival" />)}
        </ul>
      </TodaySection>
      <TodaySection title={t("departures")} count={departures?.length} emptyText={t("departuresEmpty")} {...section}>
        <ul className={styles.items}>
          {departures?.map((stay) => <StayItem key={stay.id} stay={stay} unit={unitOf(stay.accommodationId)} kind="departure" />)}
        </ul>
      </TodaySection>
    </>
  );
}

function StayItem({ stay, unit, kind }: { stay: Reservation; unit: Unit | undefined; kind: "arrival" | "departure" }) {
  const t = useMessages(messages);
  const time = kind === "arrival" ? unit?.checkInTime : unit?.checkOutTime;
  return (
    <li>
      <Link href={`/reservations?id=${encodeURIComponent(stay.id)}`} className={`${styles.item} ${styles.itemRow}`}>
        <span className={styles.itemTop}>
          <strong>{stay.guest.name}</strong>
          {stay.status !== "confirmed" && <StatusBadge status={stay.status} />}
        </span>
        <span className={styles.meta}>
          {t("stayLine", {
            unit: unit?.name ?? "…",
            nights: t(stay.nights === 1 ? "nightsOne" : "nightsMany", { count: stay.nights }),
            guests: t(stay.guests === 1 ? "guestsOne" : "guestsMany", { count: stay.guests }),
          })}
        </span>
        {time && <span className={styles.meta}>{t(kind === "arrival" ? "checkInAt" : "checkOutAt", { time })}</span>}
      </Link>
    </li>
  );
}
