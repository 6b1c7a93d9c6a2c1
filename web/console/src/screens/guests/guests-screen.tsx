import { useEffect, useState } from "react";
import { api, unwrap, type Schemas } from "../../api/client";
import { useApi } from "../../api/use-api";
import { useFormat, useMessages } from "../../i18n/i18n";
import { useLiveRefresh } from "../../live/live";
import { Link, useRouter } from "../../router";
import { Field } from "../../ui/field";
import { LoadState } from "../../ui/states";
import { StatusBadge } from "../reservations/reservation-status";
import { useUnits } from "../reservations/use-units";
import { messages } from "./messages";
import styles from "./guests.module.css";

type Reservation = Schemas["Reservation"];
interface Guest {
  key: string;
  name: string;
  phone: string | null;
  email: string | null;
  stays: Reservation[];
}

/** One guest per person: the same name with the same phone or email, whatever the case or spacing. */
function guestsOf(reservations: Reservation[]): Guest[] {
  const byKey = new Map<string, Guest>();
  for (const reservation of reservations) {
    const { name, phone, email } = reservation.guest;
    const contact = phone?.replace(/\D/g, "") || email?.toLowerCase() || "";
    const key = `${name.trim().toLowerCase()}|${contact}`;
    const guest = byKey.get(key) ?? { key, name, phone, email, stays: [] };
    guest.stays.push(reservation);
    guest.phone ??= phone;
    guest.email ??= email;
    byKey.set(key, guest);
  }
  return [...byKey.values()];
}

/** The guest list: search by name, phone, email or code (`?q=` in the URL, so a search can be shared). */
export default function GuestsScreen() {
  const t = useMessages(messages);
  const format = useFormat();
  const { query, navigate } = useRouter();
  const q = query.get("q") ?? "";
  const [typed, setTyped] = useState(q);
  const { unitOf } = useUnits();

  // The list follows the typing after a short pause, not on every key.
  useEffect(() => {
    const timer = setTimeout(() => {
      if (typed.trim() !== q) navigate(typed.trim() ? `/guests?q=${encodeURIComponent(typed.trim())}` : "/guests", { replace: true });
    }, 250);
    return () => clearTimeout(timer);
  }, [typed, q, navigate]);

  const list = useApi(async () => guestsOf((await unwrap(api.GET("/v1/reservations", { params: { query: { q: q || undefined } } }))).data), [q]);
  useLiveRefresh(["reservation.changed"], list.reload);

  return (
    <>
      <h1>{t("title")}</h1>
      <p className={styles.muted}>{t("intro")}</p>
      <form role="search" className={styles.search} onSubmit={(event) => event.preventDefault()}>
        <Field label={t("search")} type="search" name="q" autoComplete="off" hint={t("searchHint")} value={typed} onChange={(event) => setTyped(event.target.value)} />
      </form>
      <LoadState
        loading={list.loading}
        error={list.error}
        empty={list.data ? list.data.length === 0 : undefined}
        emptyText={q ? t("noMatch", { q }) : t("empty")}
        onRetry={list.reload}
        retryText={t("retry")}
      >
        <ul className={styles.list} aria-label={t("results")}>
          {list.data?.map((guest) => (
            <li key={guest.key} className={`card ${styles.guest}`}>
              <div className={styles.guestTop}>
                <strong className={styles.name}>{guest.name}</strong>
                <span className={styles.muted}>{guest.stays.length === 1 ? t("staysOne") : t("stays", { count: guest.stays.length })}</span>
              </div>
              {(guest.phone || guest.email) && (
                <p className={styles.contact}>
                  {guest.phone && <a href={`tel:${guest.phone.replace(/[^\d+]/g, "")}`}>{guest.phone}</a>}
                  {guest.phone && guest.email && " · "}
                  {guest.email && <a href={`mailto:${guest.email}`}>{guest.email}</a>}
                </p>
              )}
              <ul className={styles.stays}>
                {guest.stays.map((stay) => (
                  <li key={stay.id}>
                    <Link href={`/reservations?id=${encodeURIComponent(stay.id)}`} className={styles.stay}>
                      <code>{stay.code}</code> · {unitOf(stay.accommodationId)?.name ?? t("unknownUnit")} · {format.day(stay.checkIn)} → {format.day(stay.checkOut)} <StatusBadge status={stay.status} />
                    </Link>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </LoadState>
    </>
  );
}
