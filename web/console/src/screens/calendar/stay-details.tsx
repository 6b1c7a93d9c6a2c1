import { api, unwrap } from "../../api/client";
import { useApi } from "../../api/use-api";
import { useFormat, useMessages } from "../../i18n/i18n";
import { Link } from "../../router";
import { useCan } from "../../session";
import { LoadState } from "../../ui/states";
import { useToast } from "../../ui/toast";
import styles from "./calendar.module.css";
import { messages, type CalendarMessage } from "./messages";

const STATUS_KEYS = new Set(["held", "confirmed", "cancelled", "expired", "needs_refund"]);

/** What occupies a night: a reservation (guest, code, link) or a block (note, unblock with undo). */
export function StayDetails({ accommodationId, stayId, range, onChanged }: { accommodationId: string; stayId: string; range: { checkIn: string; checkOut: string }; onChanged: () => void }) {
  const t = useMessages(messages);
  const format = useFormat();
  const { notify, fail } = useToast();
  const can = useCan();
  const isReservation = stayId.startsWith("res_");
  const reservation = useApi(() => (isReservation ? unwrap(api.GET("/v1/reservations/{id}", { params: { path: { id: stayId } } })) : Promise.resolve(null)), [stayId]);

  const unblock = async () => {
    try {
      await unwrap(api.DELETE("/v1/accommodations/{id}/blocks/{blockId}", { params: { path: { id: accommodationId, blockId: stayId } } }));
      onChanged();
      notify(t("unblocked"), {
        undo: () =>
          void unwrap(api.POST("/v1/accommodations/{id}/blocks", { params: { path: { id: accommodationId } }, body: range }))
            .then(onChanged)
            .catch(fail),
      });
    } catch (error) {
      fail(error);
    }
  };

  if (!isReservation) {
    return (
      <section className={`card ${styles.panel}`} aria-label={t("stay")}>
        <p>{stayId.startsWith("blk_") ? t("blocked") : t("importedBlock")}</p>
        {stayId.startsWith("blk_") && can("accommodations:write") && (
          <button type="button" className="button button--quiet" onClick={unblock}>
            {t("unblock")}
          </button>
        )}
      </section>
    );
  }
  const stay = reservation.data;
  return (
    <section className={`card ${styles.panel}`} aria-label={t("stay")}>
      <LoadState loading={reservation.loading} error={reservation.error} empty={!stay} onRetry={reservation.reload}>
        {stay && (
          <dl>
            <dt>{t("guest")}</dt>
            <dd>{stay.guest.name}</dd>
            <dt>{t("code")}</dt>
            <dd>{stay.code}</dd>
            <dt>{t("status")}</dt>
            <dd>{STATUS_KEYS.has(stay.status) ? t(`status_${stay.status}` as CalendarMessage) : stay.status}</dd>
            <dt>{t("stay")}</dt>
            <dd>
              {format.day(stay.checkIn)} → {format.day(stay.checkOut)} · {format.money(stay.total)}
            </dd>
          </dl>
        )}
        <Link href={`/reservations?id=${stayId}`} className="button">
          {t("openReservation")}
        </Link>
      </LoadState>
    </section>
  );
}
