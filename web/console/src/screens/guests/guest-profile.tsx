import { api, unwrap, type Schemas } from "../../api/client";
import { useApi } from "../../api/use-api";
import { useFormat, useMessages } from "../../i18n/i18n";
import { useLiveRefresh } from "../../live/live";
import { Link } from "../../router";
import { useSession } from "../../session";
import { Badge, LoadState } from "../../ui/states";
import { useToast } from "../../ui/toast";
import { StatusBadge } from "../reservations/reservation-status";
import { GuestDetailsForm } from "./guest-details-form";
import { EraseGuestButton, ExportGuestButton } from "./guest-data-actions";
import { MergeGuestButton } from "./merge-guest-dialog";
import { messages } from "./messages";
import styles from "./guests.module.css";
import { PhoneNumber } from "../../ui/phone-number";

export type Profile = Schemas["GuestProfile"];

/** One guest: contacts, figures, stays, ratings, the details staff keep, and what may be done with the profile. */
export default function GuestProfile({ id }: { id: string }) {
  const t = useMessages(messages);
  const format = useFormat();
  const { me } = useSession();
  const { notify, fail } = useToast();
  const profile = useApi(async () => unwrap(api.GET("/v1/guests/{id}", { params: { path: { id } } })), [id]);
  useLiveRefresh(["guest.changed", "reservation.changed"], profile.reload);
  const admin = me?.user.role === "owner" || me?.user.role === "admin";
  const guest = profile.data;

  return (
    <>
      <Link href="/guests" className={styles.back}>
        ← {t("back")}
      </Link>
      <LoadState loading={profile.loading && !guest} error={profile.error} onRetry={profile.reload} retryText={t("retry")}>
        {guest && (
          <section aria-labelledby="guest-name" className={styles.guest}>
            <h1 id="guest-name" className={styles.name}>
              {guest.name ?? t("unnamed")}
            </h1>
            {guest.tier && (
              <p className={styles.tierBadge}>
                <Badge tone="info">{t("tierBadge", { name: guest.tier.name })}</Badge>
              </p>
            )}
            {guest.anonymised && <p className="notice">{t("anonymised")}</p>}
            {guest.mergedInto && (
              <p className="notice">
                {t("mergedNotice")} <Link href={`/guests?id=${encodeURIComponent(guest.mergedInto)}`}>{t("openMain")}</Link>
              </p>
            )}
            {guest.contacts.length > 0 && (
              <div className={styles.section}>
                <h2>{t("contacts")}</h2>
                <ul className={styles.stays}>
                  {guest.contacts.flatMap((contact) => [
                    contact.phone && (
                      <li key={`${contact.profileId}-phone`}>
                        <PhoneNumber value={contact.phone} />
                      </li>
                    ),
                    contact.email && (
                      <li key={`${contact.profileId}-email`}>
                        <a href={`mailto:${contact.email}`}>{contact.email}</a>
                      </li>
                    ),
                  ])}
                </ul>
              </div>
            )}
            <div className={styles.section}>
              <h2>{t("summary")}</h2>
              <dl className={styles.figures}>
                <div>
                  <dt>{t("staysHeading")}</dt>
                  <dd>{guest.summary.confirmedStays}</dd>
                </div>
                <div>
                  <dt>{t("nights")}</dt>
                  <dd>{guest.summary.nights}</dd>
                </div>
                <div>
                  <dt>{t("spend")}</dt>
                  <dd>{guest.summary.spend.length ? guest.summary.spend.map((money) => format.price(money)).join(" · ") : "—"}</dd>
                </div>
                <div>
                  <dt>{t("tier")}</dt>
                  <dd>{guest.tier ? `${guest.tier.name}${guest.tier.discountPercent ? ` · −${format.percent(guest.tier.discountPercent)}` : ""}` : t("tierNone")}</dd>
                </div>
              </dl>
            </div>
            <div className={styles.section}>
              <h2>{t("staysHeading")}</h2>
              {guest.stays.length === 0 ? (
                <p className={styles.muted}>{t("noStays")}</p>
              ) : (
                <ul className={styles.stays} aria-label={t("staysHeading")}>
                  {guest.stays.map((stay) => (
                    <li key={stay.id}>
                      <Link href={`/reservations?id=${encodeURIComponent(stay.id)}`} className={styles.stay}>
                        <code>{stay.code}</code> · {stay.accommodationName} · {format.day(stay.checkIn)} → {format.day(stay.checkOut)} <StatusBadge status={stay.status} />
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
            </div>
            {guest.ratings.length > 0 && (
              <div className={styles.section}>
                <h2>{t("ratings")}</h2>
                <ul className={styles.stays}>
                  {guest.ratings.map((rating) => (
                    <li key={rating.reservationId}>
                      {"★".repeat(rating.score)}
                      {rating.comment ? ` · ${rating.comment}` : ""}
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {!guest.anonymised && !guest.mergedInto && (
              <>
                <GuestDetailsForm guest={guest} onSaved={() => void profile.reload()} />
                <div className={styles.actions}>
                  <MergeGuestButton
                    guest={guest}
                    onMerged={(mergeId) => {
                      void profile.reload();
                      notify(t("merged"), {
                        undo: () =>
                          void unwrap(api.POST("/v1/guest-merges/{mergeId}/undo", { params: { path: { mergeId } } })).then(() => {
                            notify(t("unmerged"));
                            void profile.reload();
                          }, fail),
                      });
                    }}
                  />
                  {admin && <ExportGuestButton guest={guest} />}
                  {admin && <EraseGuestButton guest={guest} onErased={() => void profile.reload()} />}
                </div>
              </>
            )}
          </section>
        )}
      </LoadState>
    </>
  );
}
