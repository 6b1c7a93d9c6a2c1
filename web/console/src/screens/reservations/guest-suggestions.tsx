import { useEffect, useState } from "react";
import { api, unwrap, type Schemas } from "../../api/client";
import { useApi } from "../../api/use-api";
import { useMessages, type Messages } from "../../i18n/i18n";
import styles from "./reservations.module.css";
import { PhoneNumber } from "../../ui/phone-number";

export type SuggestedGuest = Schemas["GuestListItem"];

const messages: Messages<"known" | "use" | "staysOne" | "staysCount" | "noStays"> = {
  "es-AR": { known: "Huéspedes conocidos", use: "Usar los datos de {name}", staysOne: "1 estadía", staysCount: "{count} estadías", noStays: "Sin estadías confirmadas" },
  "pt-BR": { known: "Hóspedes conhecidos", use: "Usar os dados de {name}", staysOne: "1 estadia", staysCount: "{count} estadias", noStays: "Sem estadias confirmadas" },
  en: { known: "Known guests", use: "Use {name}'s details", staysOne: "1 stay", staysCount: "{count} stays", noStays: "No confirmed stays" },
};

/** How many known guests are offered at once: enough to tell two Anas apart on a phone screen. */
const SHOWN = 4;

/**
 * Guests already known to the lodging whose name, phone or email match what staff are typing
 * into the new reservation, searched after a short pause; picking one fills the form with their
 * details, so a returning guest is one profile, not a new one with a typo.
 */
export function GuestSuggestions({ typed, onPick }: { typed: string; onPick: (guest: SuggestedGuest) => void }) {
  const t = useMessages(messages);
  const [q, setQ] = useState("");
  useEffect(() => {
    const timer = setTimeout(() => setQ(typed.trim().length >= 2 ? typed.trim() : ""), 250);
    return () => clearTimeout(timer);
  }, [typed]);
  // A console user without access to guests, or a failed search, simply gets no suggestions.
  const found = useApi(async () => (q ? (await unwrap(api.GET("/v1/guests", { params: { query: { q } } }))).data.slice(0, SHOWN) : []), [q]);
  const guests = q && !found.error ? (found.data ?? []) : [];
  if (guests.length === 0) return null;
  return (
    <ul className={styles.suggestions} aria-label={t("known")}>
      {guests.map((guest) => (
        <li key={guest.id}>
          <button type="button" className={styles.suggestion} aria-label={t("use", { name: guest.name ?? "" })} onClick={() => onPick(guest)}>
            <strong>{guest.name}</strong>
            <span className={styles.rowMeta}>
              {guest.phone && <PhoneNumber value={guest.phone} dial={false} />}
              {guest.phone && guest.email ? " · " : ""}
              {guest.email}
              {guest.phone || guest.email ? " · " : ""}
              {guest.summary.confirmedStays === 0 ? t("noStays") : guest.summary.confirmedStays === 1 ? t("staysOne") : t("staysCount", { count: guest.summary.confirmedStays })}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
