import { useEffect, useRef, useState, type FormEvent } from "react";
import { api, ApiProblem, unwrap, type Schemas } from "../../api/client";
import { useApi } from "../../api/use-api";
import { useFormat, useLocale, useMessages } from "../../i18n/i18n";
import { Field, SelectField } from "../../ui/field";
import { NumberField } from "../../ui/number-field";
import { readNumber, valueOf } from "../../ui/number-input";
import { useToast } from "../../ui/toast";
import { addDays, isIsoDate, todayIn } from "../../dates";
import { GuestSuggestions, type SuggestedGuest } from "./guest-suggestions";
import { messages } from "./messages";
import { PackageChoice } from "./package-choice";
import { problemText } from "./problem-text";
import styles from "./reservations.module.css";

type Unit = Schemas["Accommodation"];
type FieldName = "accommodationId" | "checkIn" | "checkOut" | "guests" | "name" | "phone" | "email";

/** problem+json paths (`guest.phone`) to the form's fields. */
const FIELD_OF_PATH: Record<string, FieldName> = {
  accommodationId: "accommodationId",
  checkIn: "checkIn",
  checkOut: "checkOut",
  guests: "guests",
  "guest.name": "name",
  "guest.phone": "phone",
  "guest.email": "email",
};

const newIdempotencyKey = () => `console-${crypto.randomUUID()}`;
// A count of people: whole and at least one. The unit's capacity is the API's to check, in words.
const GUESTS = { integer: true, min: 1, max: 50 };

/**
 * A hold typed by staff (a phone call, a walk-in). The calendar links here with the unit and dates
 * already chosen. The price shows before holding, so staff can tell the guest right away.
 */
export function NewReservationForm({ units, initial, onCreated, onCancel }: {
  units: Unit[];
  initial: { accommodationId?: string; checkIn?: string; checkOut?: string };
  onCreated: (reservation: Schemas["Reservation"]) => void;
  onCancel: () => void;
}) {
  const t = useMessages(messages);
  const format = useFormat();
  const { notify } = useToast();
  const [unitId, setUnitId] = useState(() => initial.accommodationId ?? (units.length === 1 ? units[0]!.id : ""));
  const unit = units.find((candidate) => candidate.id === unitId);
  const today = todayIn(unit?.timezone ?? Intl.DateTimeFormat().resolvedOptions().timeZone);
  const [checkIn, setCheckIn] = useState(initial.checkIn ?? "");
  const [checkOut, setCheckOut] = useState(initial.checkOut ?? "");
  const [guests, setGuests] = useState("2");
  const [name, setName] = useState("");
  const [phone, setPhone] = useState("");
  const [email, setEmail] = useState("");
  // What staff last typed into a guest field, to look the guest up by; cleared once one is picked.
  const [lookup, setLookup] = useState("");
  // The known guest staff picked: the price shown carries their tier's discount, as their hold will.
  // Changing the phone or email afterwards may mean someone else, so it is forgotten then.
  const [guestId, setGuestId] = useState<string | null>(null);
  const [invalid, setInvalid] = useState<Set<FieldName>>(new Set());
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  // One key per intended hold: a double tap or a retry after a lost answer returns the same hold.
  const idempotencyKey = useRef(newIdempotencyKey());

  const { locale } = useLocale();
  const guestCount = valueOf(readNumber(guests, locale, GUESTS));
  const quotable = !!unitId && isIsoDate(checkIn) && isIsoDate(checkOut) && checkOut > checkIn && guestCount !== null;
  const quoteOf = (packages: "fitting" | "none") =>
    unwrap(api.GET("/v1/accommodations/{id}/quote", { params: { path: { id: unitId }, query: { checkIn, checkOut, guests: guestCount!, packages, ...(guestId ? { guestId } : {}) } } }));
  const quote = useApi(() => (quotable ? quoteOf("fitting") : Promise.resolve(undefined)), [quotable, unitId, checkIn, checkOut, guestCount, guestId]);

  // The package the stay as typed fits (none while its price is being worked out again), and
  // whether staff chose to book with it: a choice that no longer fits the stay is dropped.
  const current = quotable && !quote.loading && !quote.error ? quote.data : undefined;
  const fittingId = current?.package?.id;
  // When a package fits, what the nights alone cost as the API prices them (the guest's discount too).
  const nightsAlone = useApi(() => (fittingId ? quoteOf("none") : Promise.resolve(undefined)), [fittingId, unitId, checkIn, checkOut, guestCount, guestId]);
  const nights = fittingId && !nightsAlone.loading && !nightsAlone.error ? nightsAlone.data : undefined;
  const fitting = current?.package && nights ? { ...current, package: current.package } : undefined;
  const [packageId, setPackageId] = useState<string | null>(null);
  // Judged on the quote alone: the nights-alone price being asked for again (a guest picked) keeps the choice.
  useEffect(() => {
    if (packageId !== null && !quote.loading && fittingId !== packageId) setPackageId(null);
  }, [packageId, quote.loading, fittingId]);
  const withPackage = fitting && packageId === fitting.package.id ? fitting.package : undefined;
  // The price shown is the one the hold will get: the package's when it is chosen, else the nights'.
  const shownPrice = withPackage || !quote.data?.package ? quote.data : nights;

  function changeCheckIn(value: string) {
    setCheckIn(value);
    // Keep the stay valid while typing: move the check-out to the unit's shortest stay.
    if (isIsoDate(value) && (!isIsoDate(checkOut) || checkOut <= value)) setCheckOut(addDays(value, Math.max(1, unit?.minStay ?? 1)));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    setInvalid(new Set());
    try {
      const reservation = await unwrap(
        api.POST("/v1/reservations", {
          body: {
            accommodationId: unitId,
            checkIn,
            checkOut,
            guests: guestCount ?? 0,
            guest: { name: name.trim(), ...(phone.trim() ? { phone: phone.trim() } : {}), ...(email.trim() ? { email: email.trim() } : {}) },
            ...(guestId ? { guestId } : {}),
            source: "direct",
            ...(withPackage ? { packageId: withPackage.id } : {}),
            idempotencyKey: idempotencyKey.current,
          },
        }),
      );
      notify(t("held", { code: reservation.code }));
      onCreated(reservation);
    } catch (error) {
      if (error instanceof ApiProblem) {
        // The API answered, so nothing was held: the next attempt is a new request.
        idempotencyKey.current = newIdempotencyKey();
        setInvalid(new Set(error.errors.map((item) => FIELD_OF_PATH[item.path]).filter((field): field is FieldName => !!field)));
      }
      setProblem(problemText(error, t));
      setBusy(false);
    }
  }

  function pickGuest(guest: SuggestedGuest) {
    setName(guest.name ?? "");
    setPhone(guest.phone ?? "");
    setEmail(guest.email ?? "");
    setGuestId(guest.id);
    setLookup("");
  }

  const typing = (set: (value: string) => void) => (value: string) => {
    set(value);
    setLookup(value);
  };

  const errorFor = (field: FieldName) => (invalid.has(field) ? t("fieldInvalid") : undefined);
  return (
    <section className={`card ${styles.newForm}`} aria-labelledby="new-reservation-title">
      <h2 id="new-reservation-title">{t("newTitle")}</h2>
      <p className={styles.muted}>{t("newIntro")}</p>
      <form onSubmit={submit} aria-busy={busy}>
        <SelectField
          label={t("unit")}
          name="accommodationId"
          required
          value={unitId}
          error={errorFor("accommodationId")}
          options={[{ value: "", label: t("chooseUnit") }, ...units.map((candidate) => ({ value: candidate.id, label: candidate.name }))]}
          onChange={(event) => setUnitId(event.target.value)}
        />
        <div className={styles.twoColumns}>
          <Field label={t("checkIn")} type="date" name="checkIn" required min={today} value={checkIn} error={errorFor("checkIn")} onChange={(event) => changeCheckIn(event.target.value)} />
          <Field label={t("checkOut")} type="date" name="checkOut" required min={isIsoDate(checkIn) ? addDays(checkIn, 1) : today} value={checkOut} error={errorFor("checkOut")} onChange={(event) => setCheckOut(event.target.value)} />
        </div>
        <NumberField label={t("guests")} name="guests" required rules={GUESTS} value={guests} error={errorFor("guests")} onChange={setGuests} />
        <Field label={t("guestName")} name="guestName" autoComplete="off" required maxLength={120} value={name} error={errorFor("name")} onChange={(event) => typing(setName)(event.target.value)} />
        <Field label={t("optional", { label: t("phone") })} type="tel" name="guestPhone" autoComplete="off" hint={t("phoneHint")} value={phone} error={errorFor("phone")} onChange={(event) => (setGuestId(null), typing(setPhone)(event.target.value))} />
        <Field label={t("optional", { label: t("email") })} type="email" name="guestEmail" autoComplete="off" value={email} error={errorFor("email")} onChange={(event) => (setGuestId(null), typing(setEmail)(event.target.value))} />
        <GuestSuggestions typed={lookup} onPick={pickGuest} />

        {quotable && (
          <div className={styles.quote} role="status" aria-live="polite" aria-label={t("quoteTitle")}>
            {quote.loading && !quote.data ? (
              <span>{t("quoteLoading")}</span>
            ) : quote.error ? (
              <span className={styles.quoteError}>{problemText(quote.error, t)}</span>
            ) : shownPrice ? (
              <span>
                {t(shownPrice.nights === 1 ? "nightsOne" : "nightsCount", { count: shownPrice.nights })} · {t("total")} <strong>{format.money(shownPrice.total)}</strong> · {t("deposit")} <strong>{format.money(shownPrice.deposit)}</strong>
                {shownPrice.adjustments
                  .filter((line) => line.kind === "loyalty")
                  .map((line) => (
                    <span key={line.label}> · {line.label}</span>
                  ))}
              </span>
            ) : null}
          </div>
        )}
        {fitting && nights && <PackageChoice quote={fitting} nights={nights.total} chosen={!!withPackage} onChange={(chosen) => setPackageId(chosen ? fitting.package.id : null)} />}

        <div role="alert">{problem && <p className="notice notice--error">{problem}</p>}</div>
        <div className={styles.actionRow}>
          <button type="submit" className="button" disabled={busy}>
            {busy ? t("holding") : t("hold")}
          </button>
          <button type="button" className="button button--quiet" onClick={onCancel}>
            {t("discard")}
          </button>
        </div>
      </form>
    </section>
  );
}
