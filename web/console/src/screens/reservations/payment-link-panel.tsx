import type { Schemas } from "../../api/client";
import { useFormat, useMessages } from "../../i18n/i18n";
import { Field } from "../../ui/field";
import { CopyButton } from "../../ui/copy-button";
import { messages } from "./messages";
import styles from "./reservations.module.css";
import { useTenantZone } from "./use-tenant-zone";

export interface PaymentLink {
  url: string;
  expiresAt: string;
  amount: { amount: number; currency: string };
}

/** wa.me opens WhatsApp with the text ready; with the guest's number it opens their chat directly. */
function whatsAppHref(phone: string | null, text: string): string {
  const digits = phone?.replace(/\D/g, "") ?? "";
  return `https://wa.me/${digits}?text=${encodeURIComponent(text)}`;
}

/** The checkout link for the deposit, ready to copy or to send to the guest on WhatsApp. */
export function PaymentLinkPanel({ link, reservation }: { link: PaymentLink; reservation: Schemas["Reservation"] }) {
  const t = useMessages(messages);
  const format = useFormat();
  const timeZone = useTenantZone();
  const amount = format.money(link.amount);
  const text = t("whatsAppText", { name: reservation.guest.name, code: reservation.code, amount, url: link.url });
  return (
    <section className={styles.linkPanel} aria-labelledby="payment-link-title">
      <h3 id="payment-link-title">{t("paymentLinkFor", { amount })}</h3>
      <Field label={t("paymentLinkUrl")} readOnly value={link.url} onFocus={(event) => event.target.select()} hint={t("paymentLinkExpires", { time: format.dateTime(link.expiresAt, timeZone) })} />
      <div className={styles.actionRow}>
        <CopyButton text={link.url} label={t("copy")} copiedText={t("copied")} failedText={t("copyFailed")} />
        <a className="button" href={whatsAppHref(reservation.guest.phone, text)} target="_blank" rel="noopener noreferrer">
          {t("shareWhatsApp")}
        </a>
      </div>
    </section>
  );
}
