import { api, unwrap } from "../../api/client";
import { useApi } from "../../api/use-api";
import { useFormat, useMessages } from "../../i18n/i18n";
import { Badge } from "../../ui/states";
import { messages as stepMessages } from "../automatic-messages/messages";
import { scheduledMessages } from "./scheduled-messages-text";
import styles from "./reservations.module.css";

const TONE = { scheduled: "info", sent: "ok", skipped: "muted", failed: "danger" } as const;

/** The reservation's automatic messages: what went, what is scheduled (at the lodging's time) and what was skipped. */
export function ReservationScheduledMessages({ reservationId, timeZone, version }: { reservationId: string; timeZone: string; version: string }) {
  const t = useMessages(scheduledMessages);
  const tk = useMessages(stepMessages);
  const format = useFormat();
  const { data } = useApi(() => unwrap(api.GET("/v1/reservations/{id}/scheduled-messages", { params: { path: { id: reservationId } } })), [reservationId, version]);
  const rows = data?.data ?? [];
  if (rows.length === 0) return null;
  return (
    <>
      <h3>{t("title")}</h3>
      <ul className={styles.payments}>
        {rows.map((row) => (
          <li key={row.stepId}>
            <strong>{tk(`kind_${row.stepKind}`)}</strong> · {format.dateTime(row.dueAt, timeZone)} · <Badge tone={TONE[row.status]}>{t(`status_${row.status}`)}</Badge>
            {row.channel && <> · {row.channel === "whatsapp" ? "WhatsApp" : row.channel === "webchat" ? t("webchat") : "Email"}</>}
            {row.reason && row.status !== "sent" && <> · {t(`reason_${row.reason}` as "reason_other") === `reason_${row.reason}` ? t("reason_other") : t(`reason_${row.reason}` as "reason_other")}</>}
          </li>
        ))}
      </ul>
    </>
  );
}
