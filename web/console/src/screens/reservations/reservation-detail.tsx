import { useState } from "react";
import { api, ApiProblem, unwrap } from "../../api/client";
import { useApi } from "../../api/use-api";
import { useFormat, useLocale, useMessages } from "../../i18n/i18n";
import { useLiveRefresh } from "../../live/live";
import { Link } from "../../router";
import { Countdown } from "../../ui/countdown";
import { LoadState } from "../../ui/states";
import { ReservationReceipts } from "../receipts/reservation-receipts";
import { ReservationScheduledMessages } from "./scheduled-messages";
import { ReservationGuestPortal } from "../guest-journey/reservation-guest-portal";
import { EditReservationDialog } from "./edit-reservation-dialog";
import { editMessages } from "./edit-messages";
import { HoldActions } from "./hold-actions";
import { messages } from "./messages";
import { StatusBadge } from "./reservation-status";
import { StayNumber } from "../../ui/stay-number";
import styles from "./reservations.module.css";
import { sourceLabel } from "./source-label";
import { useTenantZone } from "./use-tenant-zone";
import { PhoneNumber } from "../../ui/phone-number";

const METHODS = ["cash", "transfer", "card", "other"] as const;
const isOneOf = <T extends string>(values: readonly T[], value: string): value is T => (values as readonly string[]).includes(value);

export function ReservationDetail({ id, unitName, backHref, onChanged }: {
  id: string;
  unitName: (accommodationId: string) => string;
  backHref: string;
  onChanged: () => void;
}) {
  const t = useMessages(messages);
  const te = useMessages(editMessages);
  const { locale } = useLocale();
  const format = useFormat();
  const [editing, setEditing] = useState(false);
  const timeZone = useTenantZone();
  const { data: reservation, error, loading, reload } = useApi(() => unwrap(api.GET("/v1/reservations/{id}", { params: { path: { id } } })), [id]);
  useLiveRefresh(["reservation.changed"], reload, (event) => event.type === "reservation.changed" && event.reservationId === id);

  const changed = () => {
    void reload();
    onChanged();
  };
  const notFound = error instanceof ApiProblem && error.status === 404;

  return (
    <section className={`card ${styles.detail}`} aria-labelledby="reservation-title" aria-busy={loading}>
      <Link href={backHref} className={styles.back}>
        {t("backToList")}
      </Link>
      <LoadState loading={loading} error={notFound ? undefined : error} empty={!reservation} emptyText={t("notFound")} onRetry={reload} retryText={t("retry")}>
        {reservation && (
          <>
            <div className={styles.detailHeading}>
              <h2 id="reservation-title">{reservation.guest.name}</h2>
              <StayNumber stayNumber={reservation.stayNumber} />
              <StatusBadge status={reservation.status} />
              {(reservation.status === "held" || reservation.status === "confirmed") && (
                <button type="button" className="button button--quiet" onClick={() => setEditing(true)}>
                  {te("edit")}
                </button>
              )}
            </div>
            {reservation.status === "held" && reservation.expiresAt && (
              <p className={styles.holdTimer}>
                {t("holdExpiresIn")} <Countdown until={reservation.expiresAt} label={t("holdCountdown")} />
              </p>
            )}
            <dl className={styles.facts}>
              <dt>{t("code")}</dt>
              <dd>
                <code>{reservation.code}</code>
              </dd>
              <dt>{t("unit")}</dt>
              <dd>{unitName(reservation.accommodationId)}</dd>
              <dt>{t("checkIn")}</dt>
              <dd>{format.day(reservation.checkIn)}</dd>
              <dt>{t("checkOut")}</dt>
              <dd>{format.day(reservation.checkOut)}</dd>
              <dt>{t("nights")}</dt>
              <dd>{reservation.nights}</dd>
              <dt>{t("guests")}</dt>
              <dd>{reservation.guests}</dd>
              <dt>{t("total")}</dt>
              <dd>
                {format.money(reservation.total)}
                {reservation.priceOverrideReason && <small className={styles.muted}> · {te("priceSetByHand", { reason: reservation.priceOverrideReason })}</small>}
              </dd>
              <dt>{t("deposit")}</dt>
              <dd>{format.money(reservation.deposit)}</dd>
              {reservation.extrasTotal.amount > 0 && (
                <>
                  <dt>{t("extras")}</dt>
                  <dd data-testid="reservation-extras">{format.money(reservation.extrasTotal)}</dd>
                </>
              )}
              <dt>{t("paidSoFar")}</dt>
              <dd>{format.money(reservation.paid)}</dd>
              {(reservation.status === "held" || reservation.status === "confirmed") && (
                <>
                  <dt>{t("balanceDue")}</dt>
                  <dd data-testid="reservation-balance">{format.money(reservation.balanceDue)}</dd>
                </>
              )}
              <dt>{t("source")}</dt>
              <dd>{sourceLabel(reservation.source, locale)}</dd>
              {reservation.notes && (
                <>
                  <dt>{te("notesLabel")}</dt>
                  <dd className={styles.notes}>{reservation.notes}</dd>
                </>
              )}
              {reservation.cancelReason && (
                <>
                  <dt>{te("cancelReasonLabel")}</dt>
                  <dd>{reservation.cancelReason}</dd>
                </>
              )}
              {reservation.refundDecision && (
                <>
                  <dt>{te("refundDecisionLabel")}</dt>
                  <dd>{te(`refund_${reservation.refundDecision}`)}</dd>
                </>
              )}
              {reservation.guest.phone && (
                <>
                  <dt>{t("phone")}</dt>
                  <dd>
                    <PhoneNumber value={reservation.guest.phone} />
                  </dd>
                </>
              )}
              {reservation.guest.email && (
                <>
                  <dt>{t("email")}</dt>
                  <dd>
                    <a href={`mailto:${reservation.guest.email}`}>{reservation.guest.email}</a>
                  </dd>
                </>
              )}
              <dt>{t("created")}</dt>
              <dd>{format.dateTime(reservation.createdAt, timeZone)}</dd>
            </dl>
            <ReservationReceipts reservationId={reservation.id} timeZone={timeZone} onDecided={changed} />
            <HoldActions reservation={reservation} payments={reservation.payments} onChanged={changed} />
            {editing && (
              <EditReservationDialog
                reservation={reservation}
                onClose={() => setEditing(false)}
                onSaved={() => {
                  setEditing(false);
                  changed();
                }}
              />
            )}
            {reservation.payments.length > 0 && (
              <>
                <h3>{t("payments")}</h3>
                <ul className={styles.payments}>
                  {reservation.payments.map((payment) =>
                    payment.kind === "refund" ? (
                      <li key={payment.id} data-kind="refund">
                        <strong>{te("refundRow", { amount: format.money(payment.amount) })}</strong> · {payment.provider === "manual" ? te("via_manual") : payment.provider === "stripe" ? "Stripe" : "Mercado Pago"} ·{" "}
                        {te(payment.status === "refunded" ? "refund_refunded" : payment.status === "failed" ? "refund_failed" : "refund_pending")} · {format.dateTime(payment.createdAt, timeZone)}
                      </li>
                    ) : (
                      <li key={payment.id}>
                        <strong>{format.money(payment.amount)}</strong> · {isOneOf(METHODS, payment.method) ? t(`method_${payment.method}`) : payment.method} · {format.dateTime(payment.createdAt, timeZone)}
                        {payment.reference && <> · {payment.reference}</>}
                      </li>
                    ),
                  )}
                </ul>
              </>
            )}
            <ReservationScheduledMessages reservationId={reservation.id} timeZone={timeZone} version={`${reservation.status}:${reservation.checkIn}:${reservation.checkOut}`} />
            <ReservationGuestPortal reservationId={reservation.id} guests={reservation.guests} timeZone={timeZone} version={`${reservation.status}:${reservation.checkIn}:${reservation.checkOut}`} />
          </>
        )}
      </LoadState>
    </section>
  );
}
