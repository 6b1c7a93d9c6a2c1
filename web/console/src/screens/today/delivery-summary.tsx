import { api, unwrap, type Schemas } from "../../api/client";
import { useApi } from "../../api/use-api";
import { useLocale, useMessages } from "../../i18n/i18n";
import { useLiveRefresh } from "../../live/live";
import { messages } from "./messages";
import { TodaySection } from "./today-section";
import styles from "./today.module.css";

type Times = Schemas["ResponseTimes"];

/** How the week's messages to guests fared, per channel, and how fast guests got a first answer. */
export function DeliverySummary() {
  const t = useMessages(messages);
  const { locale } = useLocale();
  const { data, error, loading, reload } = useApi(async () => unwrap(api.GET("/v1/communications/delivery/summary")), []);
  useLiveRefresh(["conversation.changed"], reload);
  const active = data?.channels.filter((c) => c.sent + c.failed > 0);
  const percent = (value: number) => new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(value);
  const duration = (times: Times) => {
    if (times.meanSeconds === null) return "—";
    const unit = times.meanSeconds < 120 ? { value: times.meanSeconds, unit: "second" } : times.meanSeconds < 7200 ? { value: times.meanSeconds / 60, unit: "minute" } : { value: times.meanSeconds / 3600, unit: "hour" };
    return new Intl.NumberFormat(locale, { style: "unit", unit: unit.unit, unitDisplay: "short", maximumFractionDigits: 0 }).format(unit.value);
  };
  return (
    <TodaySection title={t("delivery")} count={active?.length} loading={loading} error={error} emptyText={t("deliveryEmpty")} onRetry={reload} retryText={t("retry")}>
      <ul className={styles.items}>
        {active?.map((channel) => (
          <li key={channel.channel} className={styles.item}>
            <span className={styles.itemTop}>
              <strong className={styles.name}>{t(`channel_${channel.channel}`)}</strong>
              {channel.failureRate !== null && channel.failureRate > 0 && <span className={styles.meta}>{t("deliveryRate", { rate: percent(channel.failureRate) })}</span>}
            </span>
            <span className={styles.meta}>{t("deliveryLine", { sent: channel.sent, delivered: channel.delivered, read: channel.read, failed: channel.failed })}</span>
          </li>
        ))}
      </ul>
      {data && <p className={styles.meta}>{t("deliveryResponse", { assistant: duration(data.firstResponse.assistant), staff: duration(data.firstResponse.staff) })}</p>}
    </TodaySection>
  );
}
