import type { Schemas } from "../../api/client";
import { useFormat, useMessages } from "../../i18n/i18n";
import { Link } from "../../router";
import { Countdown } from "../../ui/countdown";
import { StayNumber } from "../../ui/stay-number";
import { messages } from "./messages";
import { StatusBadge } from "./reservation-status";
import styles from "./reservations.module.css";

export function ReservationList({ reservations, selectedId, hrefFor, unitName }: {
  reservations: (Schemas["Reservation"] & { stayNumber?: number | null })[];
  selectedId: string | null;
  hrefFor: (id: string) => string;
  unitName: (accommodationId: string) => string;
}) {
  const t = useMessages(messages);
  const format = useFormat();
  return (
    <ul className={styles.list}>
      {reservations.map((reservation) => (
        <li key={reservation.id}>
          <Link href={hrefFor(reservation.id)} className={styles.row} aria-current={reservation.id === selectedId ? "true" : undefined}>
            <span className={styles.rowTop}>
              <strong className={styles.rowName}>{reservation.guest.name}</strong>
              <span className={styles.rowBadges}>
                <StayNumber stayNumber={reservation.stayNumber} />
                <StatusBadge status={reservation.status} />
              </span>
            </span>
            <span className={styles.rowMeta}>
              {unitName(reservation.accommodationId)} · {format.day(reservation.checkIn)} → {format.day(reservation.checkOut)} · {t(reservation.nights === 1 ? "nightsOne" : "nightsCount", { count: reservation.nights })}
            </span>
            <span className={styles.rowMeta}>
              <code>{reservation.code}</code> · {format.money(reservation.total)}
              {reservation.status === "held" && reservation.expiresAt && (
                <>
                  {" · "}
                  {t("holdExpiresIn")} <Countdown until={reservation.expiresAt} label={t("holdCountdown")} />
                </>
              )}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
