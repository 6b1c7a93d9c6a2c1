import { api, unwrap } from "../../api/client";
import { useApi } from "../../api/use-api";
import { useMessages } from "../../i18n/i18n";
import { useLiveRefresh } from "../../live/live";
import { TodaySection } from "../today/today-section";
import { messages } from "./messages";
import { ReceiptCard } from "./receipt-card";
import styles from "./receipts.module.css";

/** Today's block of transfer receipts waiting for staff: each is a guest who says they paid. */
export function PendingReceipts({ timeZone }: { timeZone: string }) {
  const t = useMessages(messages);
  const { data, error, loading, reload } = useApi(async () => (await unwrap(api.GET("/v1/transfer-receipts", { params: { query: { status: "pending" } } }))).data, []);
  // A receipt arrives with its alert, and a decision changes its reservation.
  useLiveRefresh(["alert.raised", "reservation.changed"], reload);
  return (
    <TodaySection title={t("pendingTitle")} count={data?.length} loading={loading} error={error} emptyText={t("pendingEmpty")} onRetry={reload} retryText={t("retry")}>
      <ul className={styles.list}>
        {data?.map((receipt) => (
          <ReceiptCard key={receipt.id} receipt={receipt} timeZone={timeZone} onDecided={reload} />
        ))}
      </ul>
    </TodaySection>
  );
}
