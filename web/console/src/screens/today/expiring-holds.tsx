import { useState } from "react";
import { api, unwrap, type Schemas } from "../../api/client";
import { useApi } from "../../api/use-api";
import { useFormat, useMessages } from "../../i18n/i18n";
import { useLiveRefresh } from "../../live/live";
import { Link } from "../../router";
import { Countdown } from "../../ui/countdown";
import { ConfirmPaymentDialog } from "../reservations/confirm-payment-dialog";
import { useExtendHold } from "../reservations/hold-actions";
import { messages } from "./messages";
import { TodaySection } from "./today-section";
import styles from "./today.module.css";

type Reservation = Schemas["Reservation"];

/** Live holds, the one closest to lapsing first: each is money about to walk away. */
export function ExpiringHolds({ now, unitName }: { now: number; unitName: (id: string) => string }) {
  const t = useMessages(messages);
  const { data, error, loading, reload } = useApi(async () => (await unwrap(api.GET("/v1/reservations", { params: { query: { status: "held" } } }))).data, []);
  useLiveRefresh(["reservation.changed"], reload);
  const holds = data
    ?.filter((hold) => hold.expiresAt && Date.parse(hold.expiresAt) > now)
    .sort((a, b) => Date.parse(a.expiresAt!) - Date.parse(b.expiresAt!));
  return (
    <TodaySection title={t("holds")} count={holds?.length} loading={loading} error={error} emptyText={t("holdsEmpty")} onRetry={reload} retryText={t("retry")}>
      <ul className={styles.items}>
        {holds?.map((hold) => (
          <HoldItem key={hold.id} hold={hold} unitName={unitName(hold.accommodationId)} onChanged={reload} />
        ))}
      </ul>
    </TodaySection>
  );
}

function HoldItem({ hold, unitName, onChanged }: { hold: Reservation; unitName: string; onChanged: () => void }) {
  const t = useMessages(messages);
  const format = useFormat();
  const [confirming, setConfirming] = useState(false);
  const { extend, busy } = useExtendHold(onChanged);
  return (
    <li className={styles.item}>
      <div className={styles.itemTop}>
        <Link href={`/reservations?id=${encodeURIComponent(hold.id)}`} className={styles.itemLink} aria-label={t("open", { name: hold.guest.name })}>
          {hold.guest.name}
        </Link>
        <span className={styles.timer}>
          <span className="visually-hidden">{t("holdExpiresIn")} </span>
          <Countdown until={hold.expiresAt!} label={t("holdCountdown", { name: hold.guest.name })} />
        </span>
      </div>
      <p className={styles.meta}>
        {t("holdLine", { unit: unitName, dates: `${format.day(hold.checkIn)} → ${format.day(hold.checkOut)}`, deposit: format.money(hold.deposit) })}
      </p>
      <div className={styles.itemActions}>
        <button type="button" className="button" onClick={() => setConfirming(true)}>
          {t("confirm")}
        </button>
        <button type="button" className="button button--quiet" disabled={hold.extensionUsed || busy} onClick={() => extend(hold)}>
          {hold.extensionUsed ? t("extensionUsed") : t("extend")}
        </button>
      </div>
      {confirming && (
        <ConfirmPaymentDialog
          reservation={hold}
          onClose={() => setConfirming(false)}
          onConfirmed={() => {
            setConfirming(false);
            onChanged();
          }}
        />
      )}
    </li>
  );
}
