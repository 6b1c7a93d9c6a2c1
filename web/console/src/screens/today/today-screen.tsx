import { useFormat, useMessages } from "../../i18n/i18n";
import { useSession } from "../../session";
import { todayIn } from "../../dates";
import { useTenantZone } from "../reservations/use-tenant-zone";
import { useUnits } from "../reservations/use-units";
import { PendingReceipts } from "../receipts/pending-receipts";
import { ExpiringHolds } from "./expiring-holds";
import { messages } from "./messages";
import { OpenAlerts } from "./open-alerts";
import { StaysToday } from "./stays-today";
import { UnansweredConversations } from "./unanswered-conversations";
import { DeliverySummary } from "./delivery-summary";
import { LoyaltyBenefits } from "./loyalty-benefits";
import { useNow } from "./use-now";
import { GuestJourneyCard, TodayCheckIns } from "../guest-journey/today-guest-journey";
import styles from "./today.module.css";

/**
 * The home screen, read on a phone between check-ins: what needs a tap now (holds about to lapse,
 * alerts, guests waiting) comes before the day's plan (arrivals, departures). Every block refetches
 * on its live events, so the screen never needs a reload.
 */
export default function TodayScreen() {
  const t = useMessages(messages);
  const format = useFormat();
  const { me } = useSession();
  const timeZone = useTenantZone();
  const now = useNow(10_000);
  const today = todayIn(timeZone, new Date(now));
  const { unitOf } = useUnits();
  const unitName = (id: string) => unitOf(id)?.name ?? "…";
  return (
    <>
      <h1 className={styles.title}>{t("title")}</h1>
      <p className={styles.date}>{t("dateLine", { date: format.day(today), business: me?.tenant.name ?? "" })}</p>
      <div className={styles.sections}>
        <ExpiringHolds now={now} unitName={unitName} />
        <PendingReceipts timeZone={timeZone} />
        <OpenAlerts timeZone={timeZone} />
        <UnansweredConversations timeZone={timeZone} />
        <StaysToday today={today} unitOf={unitOf} />
        <TodayCheckIns today={today} />
        <GuestJourneyCard today={today} />
        <LoyaltyBenefits timeZone={timeZone} />
        <DeliverySummary />
      </div>
    </>
  );
}
