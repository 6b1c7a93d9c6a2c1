import { useState, type FormEvent } from "react";
import { api, unwrap, type Schemas } from "../../api/client";
import { useFormat, useLocale, useMessages } from "../../i18n/i18n";
import { Dialog } from "../../ui/dialog";
import { Field, SelectField } from "../../ui/field";
import { NumberField } from "../../ui/number-field";
import { moneyToInput, readMoney, valueOf } from "../../ui/number-input";
import { useSession } from "../../session";
import { useToast } from "../../ui/toast";
import { messages } from "./messages";
import { problemText } from "./problem-text";
import styles from "./reservations.module.css";

type Method = Schemas["ConfirmReservation"]["payment"]["method"];
const METHODS: Method[] = ["cash", "transfer", "card", "other"];

/**
 * Staff recording a payment they took themselves (cash at the door, a bank transfer): the amount
 * starts at the deposit because that is what a guest pays to confirm. Mount it to open it.
 */
export function ConfirmPaymentDialog({ reservation, onClose, onConfirmed }: {
  reservation: Schemas["Reservation"];
  onClose: () => void;
  onConfirmed: () => void;
}) {
  const t = useMessages(messages);
  const { locale } = useLocale();
  const format = useFormat();
  const { notify } = useToast();
  const currency = reservation.deposit.currency;
  const [amount, setAmount] = useState(() => moneyToInput(reservation.deposit, locale));
  const [method, setMethod] = useState<Method>("cash");
  const [reference, setReference] = useState("");
  const [amountError, setAmountError] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [override, setOverride] = useState(false);
  const { me } = useSession();
  // Less than the deposit confirms only with an owner's or admin's explicit word, recorded on the payment.
  const mayOverride = me?.user.role === "owner" || me?.user.role === "admin";
  const minor = valueOf(readMoney(amount, locale, currency));
  const belowDeposit = (minor ?? 0) < reservation.deposit.amount;

  async function submit(event: FormEvent) {
    event.preventDefault();
    // The field blocks unreadable text; zero reads fine but confirms nothing.
    if (minor === null || minor <= 0) {
      setAmountError(t("amountInvalid"));
      return;
    }
    setAmountError(undefined);
    setProblem(undefined);
    setBusy(true);
    try {
      await unwrap(
        api.POST("/v1/reservations/{id}/confirm", {
          params: { path: { id: reservation.id } },
          body: {
            payment: { amount: { amount: minor, currency }, method, ...(reference.trim() ? { reference: reference.trim() } : {}) },
            ...(override && belowDeposit ? { override: true } : {}),
          },
        }),
      );
      notify(t("confirmed", { code: reservation.code }));
      onConfirmed();
    } catch (error) {
      // Shown inside the dialog: a modal sits above the toasts.
      setProblem(problemText(error, t, { overrides: { dates_unavailable: "datesTaken" }, vars: { currency } }));
      setBusy(false);
    }
  }

  return (
    <Dialog open title={t("confirmTitle")} onClose={onClose}>
      <form onSubmit={submit} aria-busy={busy}>
        <p className={styles.muted}>{t("confirmIntro")}</p>
        <NumberField
          label={t("amount", { currency })}
          name="amount"
          currency={currency}
          required
          value={amount}
          error={amountError}
          hint={t("amountHint", { deposit: format.money(reservation.deposit), total: format.money(reservation.total) })}
          onChange={setAmount}
        />
        <SelectField
          label={t("method")}
          name="method"
          value={method}
          options={METHODS.map((value) => ({ value, label: t(`method_${value}`) }))}
          onChange={(event) => setMethod(event.target.value as Method)}
        />
        <Field label={t("reference")} name="reference" maxLength={200} hint={t("referenceHint")} value={reference} onChange={(event) => setReference(event.target.value)} />
        {mayOverride && belowDeposit && (
          <label className={styles.checkbox}>
            <input type="checkbox" checked={override} onChange={(event) => setOverride(event.target.checked)} /> {t("belowDepositOverride")}
          </label>
        )}
        <div role="alert">{problem && <p className="notice notice--error">{problem}</p>}</div>
        <div className={styles.dialogActions}>
          <button type="submit" className="button" disabled={busy}>
            {busy ? t("working") : t("confirmSubmit")}
          </button>
          <button type="button" className="button button--quiet" onClick={onClose}>
            {t("keep")}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
