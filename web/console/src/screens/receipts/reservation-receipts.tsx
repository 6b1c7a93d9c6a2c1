import { api, unwrap } from "../../api/client";
import { useApi } from "../../api/use-api";
import { useMessages } from "../../i18n/i18n";
import { useLiveRefresh } from "../../live/live";
import { messages } from "./messages";
import { ReceiptCard } from "./receipt-card";
import styles from "./receipts.module.css";

/** The transfer receipts a reservation's guest sent, newest first, pending ones with their actions. */
export function ReservationReceipts({ reservationId, timeZone, onDecided }: { reservationId: string; timeZone: string; onDecided: () => void }) {
  const t = useMessages(messages);
  const { data, reload } = useApi(async () => (await unwrap(api.GET("/v1/transfer-receipts", { params: { query: { reservationId } } }))).data, [reservationId]);
  useLiveRefresh(["alert.raised", "reservation.changed"], reload);
  if (!data || data.length === 0) return null;
  return (
    <>
      <h3>{t("receiptsTitle")}</h3>
      <ul className={styles.list}>
        {data.map((receipt) => (
          <ReceiptCard
            key={receipt.id}
            receipt={receipt}
            timeZone={timeZone}
            showReservationLink={false}
            onDecided={() => {
              void reload();
              onDecided();
            }}
          />
        ))}
      </ul>
    </>
  );
}
