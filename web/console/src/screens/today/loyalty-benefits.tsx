import { useState } from "react";
import { api, unwrap, type Schemas } from "../../api/client";
import { useApi } from "../../api/use-api";
import { useFormat, useMessages } from "../../i18n/i18n";
import { useLiveRefresh } from "../../live/live";
import { Link } from "../../router";
import { useCan } from "../../session";
import { useToast } from "../../ui/toast";
import { loyaltyBenefitsMessages } from "./loyalty-benefits-messages";
import { TodaySection } from "./today-section";
import styles from "./today.module.css";

type Stay = Schemas["LoyaltyStayBenefits"];
type Benefit = Schemas["LoyaltyBenefit"];

/**
 * What the week's arriving guests are owed by their tier and nobody has given yet (the welcome,
 * the bottle of wine), one tap to mark each given and one to take a wrong mark back. Lodgings
 * with nobody tiered arriving see nothing here.
 */
export function LoyaltyBenefits({ timeZone }: { timeZone: string }) {
  const t = useMessages(loyaltyBenefitsMessages);
  const { data, error, loading, reload } = useApi(async () => (await unwrap(api.GET("/v1/loyalty/benefits"))).data, []);
  useLiveRefresh(["reservation.changed", "guest.changed"], reload);
  if (!error && !loading && data?.length === 0) return null;
  const pending = data?.reduce((sum, stay) => sum + stay.benefits.filter((b) => b.state === "pending").length, 0);
  return (
    <TodaySection title={t("title")} count={pending} loading={loading} error={error} emptyText={t("empty")} onRetry={reload} retryText={t("retry")}>
      <ul className={styles.items}>
        {data?.map((stay) => (
          <StayItem key={stay.reservationId} stay={stay} timeZone={timeZone} onChanged={reload} />
        ))}
      </ul>
    </TodaySection>
  );
}

function StayItem({ stay, timeZone, onChanged }: { stay: Stay; timeZone: string; onChanged: () => void }) {
  const t = useMessages(loyaltyBenefitsMessages);
  const format = useFormat();
  return (
    <li className={styles.item}>
      <Link href={`/reservations?id=${encodeURIComponent(stay.reservationId)}`} className={styles.itemLink} aria-label={t("open", { name: stay.guestName })}>
        {stay.guestName}
      </Link>
      <p className={styles.meta}>{t("stayLine", { tier: stay.tier, unit: stay.unitName, date: format.day(stay.checkIn) })}</p>
      <ul className={styles.benefits} aria-label={stay.guestName}>
        {stay.benefits.map((benefit) => (
          <BenefitItem key={benefit.id} benefit={benefit} guestName={stay.guestName} timeZone={timeZone} onChanged={onChanged} />
        ))}
      </ul>
    </li>
  );
}

function BenefitItem({ benefit, guestName, timeZone, onChanged }: { benefit: Benefit; guestName: string; timeZone: string; onChanged: () => void }) {
  const t = useMessages(loyaltyBenefitsMessages);
  const format = useFormat();
  const can = useCan();
  const { notify, fail } = useToast();
  const [busy, setBusy] = useState(false);
  const name =
    benefit.kind === "discount" ? t("discount", { percent: format.percent(benefit.percent ?? 0) }) : benefit.kind === "welcome" ? t("welcome", { text: benefit.text ?? "" }) : (benefit.text ?? "");
  const detail = benefit.kind === "discount" ? (benefit.amount ? t("discountApplied", { amount: format.money(benefit.amount) }) : t("discountOwed")) : null;
  const state =
    benefit.state === "pending" ? t("pending") : benefit.deliveredBy && benefit.deliveredAt ? t("deliveredBy", { name: benefit.deliveredBy.name ?? "API", when: format.dateTime(benefit.deliveredAt, timeZone) }) : t("delivered");

  async function change(method: "POST" | "DELETE") {
    setBusy(true);
    try {
      const params = { params: { path: { id: benefit.id } } };
      await unwrap(method === "POST" ? api.POST("/v1/loyalty/benefits/{id}/delivered", params) : api.DELETE("/v1/loyalty/benefits/{id}/delivered", params));
      notify(t(method === "POST" ? "marked" : "unmarked"));
      onChanged();
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className={styles.benefit}>
      <span className={styles.benefitText}>
        <span>{name}</span>
        {detail && <span className={styles.meta}>{detail}</span>}
        <span className={benefit.state === "pending" ? styles.benefitPending : styles.meta}>{state}</span>
      </span>
      {!benefit.automatic && can("reservations:write") && (
        <button
          type="button"
          className={benefit.state === "pending" ? "button" : "button button--quiet"}
          disabled={busy}
          aria-label={t(benefit.state === "pending" ? "markLabel" : "undoLabel", { benefit: name, name: guestName })}
          onClick={() => void change(benefit.state === "pending" ? "POST" : "DELETE")}
        >
          {t(benefit.state === "pending" ? "markDelivered" : "undo")}
        </button>
      )}
    </li>
  );
}
