import { useEffect, useState } from "react";
import { api, unwrap, type Schemas } from "../../api/client";
import { useApi } from "../../api/use-api";
import { useMessages } from "../../i18n/i18n";
import { useLiveRefresh } from "../../live/live";
import { Link, useRouter } from "../../router";
import { Field } from "../../ui/field";
import { LoadState } from "../../ui/states";
import GuestProfile from "./guest-profile";
import { messages } from "./messages";
import styles from "./guests.module.css";
import { PhoneNumber } from "../../ui/phone-number";

type Guest = Schemas["GuestListItem"];

/** Guest profiles: search by name, phone, email, tag or code (`?q=` in the URL); `?id=` opens one. */
export default function GuestsScreen() {
  const { query } = useRouter();
  const id = query.get("id");
  return id ? <GuestProfile id={id} /> : <GuestList />;
}

function GuestList() {
  const t = useMessages(messages);
  const { query, navigate } = useRouter();
  const q = query.get("q") ?? "";
  const [typed, setTyped] = useState(q);

  // The list follows the typing after a short pause, not on every key.
  useEffect(() => {
    const timer = setTimeout(() => {
      if (typed.trim() !== q) navigate(typed.trim() ? `/guests?q=${encodeURIComponent(typed.trim())}` : "/guests", { replace: true });
    }, 250);
    return () => clearTimeout(timer);
  }, [typed, q, navigate]);

  const list = useApi(async () => (await unwrap(api.GET("/v1/guests", { params: { query: { q: q || undefined } } }))).data, [q]);
  useLiveRefresh(["guest.changed", "reservation.changed"], list.reload);

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
          {list.data?.map((guest) => <GuestCard key={guest.id} guest={guest} />)}
        </ul>
      </LoadState>
    </>
  );
}

function GuestCard({ guest }: { guest: Guest }) {
  const t = useMessages(messages);
  const stays = guest.summary.confirmedStays;
  return (
    <li className={`card ${styles.guest}`}>
      <div className={styles.guestTop}>
        <Link href={`/guests?id=${encodeURIComponent(guest.id)}`} className={styles.name}>
          <strong>{guest.name ?? t("unnamed")}</strong>
        </Link>
        <span className={styles.muted}>{stays === 0 ? t("staysNone") : stays === 1 ? t("staysOne") : t("stays", { count: stays })}</span>
      </div>
      {(guest.phone || guest.email) && (
        <p className={styles.contact}>
          {guest.phone && <PhoneNumber value={guest.phone} />}
          {guest.phone && guest.email && " · "}
          {guest.email && <a href={`mailto:${guest.email}`}>{guest.email}</a>}
        </p>
      )}
      {guest.tags.length > 0 && (
        <ul className={styles.tags} aria-label={t("tags")}>
          {guest.tags.map((tag) => (
            <li key={tag} className={styles.tag}>
              {tag}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
