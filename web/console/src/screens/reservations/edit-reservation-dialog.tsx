import { useId, useState, type FormEvent } from "react";
import { api, ApiProblem, unwrap, type Schemas } from "../../api/client";
import { useApi } from "../../api/use-api";
import { addDays, isIsoDate } from "../../dates";
import { useFormat, useLocale, useMessages } from "../../i18n/i18n";
import { Dialog } from "../../ui/dialog";
import { Field, SelectField } from "../../ui/field";
import { NumberField } from "../../ui/number-field";
import { moneyToInput, readMoney, readNumber, valueOf } from "../../ui/number-input";
import { useToast } from "../../ui/toast";
import { formatPhone } from "../../ui/phone-format";
import { editMessages } from "./edit-messages";
import { messages } from "./messages";
import { problemText } from "./problem-text";
import styles from "./reservations.module.css";
import { MANUAL_SOURCES, sourceLabel } from "./source-label";

type Reservation = Schemas["Reservation"];
type Changes = Schemas["UpdateReservation"];
const GUESTS = { integer: true, min: 1, max: 50 };

/**
 * Everything staff change on a booking after it was made: the dates (the calendar takes the new
 * nights or refuses, leaving the stay as it was), guests, contact, where it came from, notes, and a
 * price set by hand with its reason. Only what changed is sent. Mount it to open it.
 */
export function EditReservationDialog({ reservation, onClose, onSaved }: { reservation: Reservation; onClose: () => void; onSaved: () => void }) {
  const t = useMessages(editMessages);
  const tr = useMessages(messages);
  const { locale } = useLocale();
  const format = useFormat();
  const { notify } = useToast();
  const notesId = useId();
  const currency = reservation.total.currency;
  const [checkIn, setCheckIn] = useState(reservation.checkIn);
  const [checkOut, setCheckOut] = useState(reservation.checkOut);
  const [guests, setGuests] = useState(String(reservation.guests));
  const [name, setName] = useState(reservation.guest.name);
  // Shown as people read it; left as shown, the stored text is sent back unchanged.
  const shownPhone = reservation.guest.phone ? formatPhone(reservation.guest.phone) : "";
  const [phone, setPhone] = useState(shownPhone);
  const [email, setEmail] = useState(reservation.guest.email ?? "");
  const [source, setSource] = useState(reservation.source);
  const [notes, setNotes] = useState(reservation.notes ?? "");
  const [setByHand, setSetByHand] = useState(false);
  const [price, setPrice] = useState(() => moneyToInput(reservation.total, locale));
  const [reason, setReason] = useState("");
  const [problem, setProblem] = useState<string>();
  const [invalid, setInvalid] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);

  const guestCount = valueOf(readNumber(guests, locale, GUESTS));
  const stayChanged = checkIn !== reservation.checkIn || checkOut !== reservation.checkOut || guestCount !== reservation.guests;
  const quotable = stayChanged && isIsoDate(checkIn) && isIsoDate(checkOut) && checkOut > checkIn && guestCount !== null;
  const quote = useApi(
    () => (quotable ? unwrap(api.GET("/v1/accommodations/{id}/quote", { params: { path: { id: reservation.accommodationId }, query: { checkIn, checkOut, guests: guestCount } } })) : Promise.resolve(undefined)),
    [quotable, checkIn, checkOut, guestCount],
  );
  const sources = (MANUAL_SOURCES as readonly string[]).includes(reservation.source) ? MANUAL_SOURCES : [reservation.source, ...MANUAL_SOURCES];

  function changes(): Changes {
    const body: Changes = {};
    if (checkIn !== reservation.checkIn) body.checkIn = checkIn;
    if (checkOut !== reservation.checkOut) body.checkOut = checkOut;
    if (guestCount !== null && guestCount !== reservation.guests) body.guests = guestCount;
    const contact = { name: name.trim(), phone: phone.trim() === shownPhone ? reservation.guest.phone : phone.trim() || null, email: email.trim() || null };
    if (contact.name !== reservation.guest.name || contact.phone !== reservation.guest.phone || contact.email !== reservation.guest.email) body.guest = contact;
    if (source !== reservation.source) body.source = source as Changes["source"];
    if ((notes.trim() || null) !== reservation.notes) body.notes = notes.trim() || null;
    const minor = valueOf(readMoney(price, locale, currency));
    if (setByHand && minor !== null) body.price = { amount: { amount: minor, currency }, reason: reason.trim() };
    return body;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const body = changes();
    if (Object.keys(body).length === 0) {
      setProblem(t("nothingChanged"));
      return;
    }
    setBusy(true);
    setProblem(undefined);
    setInvalid(new Set());
    try {
      await unwrap(api.PATCH("/v1/reservations/{id}", { params: { path: { id: reservation.id } }, body }));
      notify(t("saved", { code: reservation.code }));
      onSaved();
    } catch (error) {
      if (error instanceof ApiProblem) setInvalid(new Set(error.errors.map((item) => item.path.split(".")[0]!)));
      const own = error instanceof ApiProblem ? ({ dates_unavailable: t("datesTaken"), not_amendable: t("notAmendable") } as Record<string, string>)[error.code] : undefined;
      setProblem(own ?? problemText(error, tr, { vars: { currency } }));
      setBusy(false);
    }
  }

  const errorFor = (field: string) => (invalid.has(field) ? t("fieldInvalid") : undefined);
  return (
    <Dialog open title={t("editTitle", { code: reservation.code })} onClose={onClose}>
      <form onSubmit={submit} aria-busy={busy} data-testid="edit-reservation">
        <p className={styles.muted}>{t("editIntro")}</p>
        <div className={styles.twoColumns}>
          <Field label={t("checkIn")} type="date" name="checkIn" required value={checkIn} error={errorFor("checkIn")} onChange={(event) => setCheckIn(event.target.value)} />
          <Field label={t("checkOut")} type="date" name="checkOut" required min={isIsoDate(checkIn) ? addDays(checkIn, 1) : undefined} value={checkOut} error={errorFor("checkOut")} onChange={(event) => setCheckOut(event.target.value)} />
        </div>
        <NumberField label={t("guests")} name="guests" required rules={GUESTS} value={guests} error={errorFor("guests")} onChange={setGuests} />
        {quotable && quote.data && !setByHand && (
          <p className={styles.quote} role="status">
            {tr("total")} <strong>{format.money(quote.data.total)}</strong> · {tr("deposit")} <strong>{format.money(quote.data.deposit)}</strong>
          </p>
        )}
        <Field label={t("guestName")} name="guestName" autoComplete="off" required maxLength={120} value={name} error={errorFor("guest")} onChange={(event) => setName(event.target.value)} />
        <Field label={t("phone")} type="tel" name="guestPhone" autoComplete="off" value={phone} onChange={(event) => setPhone(event.target.value)} />
        <Field label={t("email")} type="email" name="guestEmail" autoComplete="off" value={email} onChange={(event) => setEmail(event.target.value)} />
        <SelectField label={t("source")} name="source" value={source} options={sources.map((value) => ({ value, label: sourceLabel(value, locale) }))} onChange={(event) => setSource(event.target.value)} />
        <div className="field">
          <label htmlFor={notesId}>{t("notes")}</label>
          <textarea id={notesId} name="notes" rows={3} maxLength={2000} aria-describedby={`${notesId}-hint`} value={notes} onChange={(event) => setNotes(event.target.value)} />
          <small id={`${notesId}-hint`} className="field__hint">
            {t("notesHint")}
          </small>
        </div>
        <label className={styles.checkbox}>
          <input type="checkbox" name="setPrice" checked={setByHand} onChange={(event) => setSetByHand(event.target.checked)} /> {t("setPrice")}
        </label>
        {setByHand && (
          <>
            <NumberField
              label={t("price", { currency })}
              name="price"
              currency={currency}
              required
              value={price}
              error={errorFor("price")}
              hint={quotable && quote.data ? t("priceHint", { total: format.money(quote.data.total) }) : undefined}
              onChange={setPrice}
            />
            <Field label={t("priceReason")} name="priceReason" required maxLength={500} hint={t("priceReasonHint")} value={reason} onChange={(event) => setReason(event.target.value)} />
          </>
        )}
        <div role="alert">{problem && <p className="notice notice--error">{problem}</p>}</div>
        <div className={styles.dialogActions}>
          <button type="submit" className="button" disabled={busy}>
            {busy ? t("saving") : t("save")}
          </button>
          <button type="button" className="button button--quiet" onClick={onClose}>
            {t("discard")}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
