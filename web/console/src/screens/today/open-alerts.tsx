import { useState } from "react";
import { api, unwrap, type Schemas } from "../../api/client";
import { useApi } from "../../api/use-api";
import { useMessages } from "../../i18n/i18n";
import { useLiveRefresh } from "../../live/live";
import { Link } from "../../router";
import { Badge } from "../../ui/states";
import { useToast } from "../../ui/toast";
import { useAlertDetails } from "./alert-details";
import { messages, type TodayMessage } from "./messages";
import { TodaySection } from "./today-section";
import styles from "./today.module.css";
import { useWhen } from "./use-when";

type Alert = Schemas["Alert"];

const KNOWN_KINDS = new Set([
  "ical_conflict",
  "ical_feed_failing",
  "payment_needs_refund",
  "conversation_escalated",
  "payment_rejected_twice",
  "payment_amount_mismatch",
  "payment_unmatched",
  "whatsapp_not_connected",
  "message_undelivered",
  "email_not_connected",
  "delivery_failure_rate",
  "webhook_processing_stuck",
  "webhook_processing_failed",
  "transfer_receipt_received",
  "transfer_receipt_late",
  "refund_failed",
  "quotation_nights_unavailable",
  "quotation_refund_due",
  "low_guest_rating",
  "upsell_requested",
  "journey_kpi_worsening",
  "crm_needs_attention",
]);

const TONE = { info: "info", warning: "warn", critical: "danger" } as const;

/** Where an alert's subject is handled. */
function subjectHref(alert: Alert): string | undefined {
  const id = encodeURIComponent(alert.subjectId);
  if (alert.subjectType === "reservation") return `/reservations?id=${id}`;
  if (alert.subjectType === "conversation") return `/conversations?id=${id}`;
  if (alert.subjectType === "ical_feed") return "/channels";
  if (alert.subjectType === "webhook_event") return "/settings";
  if (alert.subjectType === "quotation") return `/groups/${id}`;
  if (alert.subjectType === "crm") return "/operations";
  return undefined;
}

export function OpenAlerts({ timeZone }: { timeZone: string }) {
  const t = useMessages(messages);
  const when = useWhen(timeZone);
  const details = useAlertDetails();
  const { notify, fail } = useToast();
  const { data, error, loading, reload } = useApi(async () => (await unwrap(api.GET("/v1/alerts"))).data, []);
  useLiveRefresh(["alert.raised"], reload);
  // Hidden as soon as they are tapped; resolving is not pushed live, so this tab refetches itself.
  const [resolving, setResolving] = useState<Set<string>>(new Set());
  const open = data?.filter((alert) => !resolving.has(alert.id));

  async function resolve(alert: Alert) {
    setResolving((current) => new Set(current).add(alert.id));
    try {
      await unwrap(api.POST("/v1/alerts/{id}/resolve", { params: { path: { id: alert.id } } }));
      notify(t("resolved"));
      await reload();
    } catch (caught) {
      fail(caught);
    } finally {
      setResolving((current) => {
        const next = new Set(current);
        next.delete(alert.id);
        return next;
      });
    }
  }

  return (
    <TodaySection title={t("alerts")} count={open?.length} loading={loading} error={error} emptyText={t("alertsEmpty")} onRetry={reload} retryText={t("retry")}>
      <ul className={styles.items}>
        {open?.map((alert) => {
          const href = subjectHref(alert);
          const title = details.title(alert.code) ?? t(KNOWN_KINDS.has(alert.code) ? (`alert_${alert.code}` as TodayMessage) : "alert_other");
          const detail = details.detail(alert);
          return (
            <li key={alert.id} className={styles.item}>
              <div className={styles.itemTop}>
                <strong>{title}</strong>
                <Badge tone={TONE[alert.severity]}>{t(`severity_${alert.severity}`)}</Badge>
              </div>
              {detail && (
                <p className={styles.meta}>
                  <span className="visually-hidden">{t("alertDetail")}: </span>
                  {detail}
                </p>
              )}
              <p className={styles.meta}>{when(alert.createdAt)}</p>
              <div className={styles.itemActions}>
                {href && (
                  <Link href={href} className="button button--quiet">
                    {t("view")}
                  </Link>
                )}
                <button type="button" className="button button--quiet" onClick={() => resolve(alert)}>
                  {t("resolve")}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </TodaySection>
  );
}
