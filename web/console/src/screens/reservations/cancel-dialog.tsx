import { useId, useState, type FormEvent } from "react";
import { api, ApiProblem, unwrap, type Schemas } from "../../api/client";
import { useFormat, useLocale, useMessages } from "../../i18n/i18n";
import { Dialog } from "../../ui/dialog";
import { NumberField } from "../../ui/number-field";
import { readMoney, valueOf } from "../../ui/number-input";
import { useToast } from "../../ui/toast";
import { messages } from "./messages";
import { problemText } from "./problem-text";
import { refundMessages } from "./refund-messages";
import styles from "./reservations.module.css";

/** A payment or refund row as GET /v1/reservations/:id lists it. */
export interface PaymentRow {
  id: string;
  provider: string;
  amount: { amount: number; currency: string };
  status: string;
  kind: "payment" | "refund";
  refundOf: string | null;
}

type Decision = "full" | "partial" | "keep";
const PROVIDER_NAMES: Record<string, string> = { mercadopago: "Mercado Pago", stripe: "Stripe" };

/** What was paid and not yet given back, and the provider it came through (when it came through one). */
export function moneyPaid(payments: PaymentRow[]) {
  const approved = payments.filter((p) => p.kind === "payment" && p.status === "approved");
  const givenBack = payments.filter((p) => p.kind === "refund" && p.status !== "failed").reduce((sum, p) => sum + p.amount.amount, 0);
  const paid = approved.reduce((sum, p) => sum + p.amount.amount, 0) - givenBack;
  const provider = approved.find((p) => p.provider in PROVIDER_NAMES)?.provider ?? null;
  return { paid: Math.max(0, paid), provider };
}

/**
 * Cancelling frees nights for good, so it always takes a second, explicit "yes". When the guest
 * paid, it also asks what happens to the money (all back, part, or kept) and how it goes back:
 * through the provider it came from, or already by hand. Mount it to open it.
 */
export function CancelDialog({ reservation, payments = [], onClose, onCancelled }: {
  reservation: Schemas["Reservation"];
  payments?: PaymentRow[];
  onClose: () => void;
  onCancelled: () => void;
}) {
  const t = useMessages(messages);
  const tm = useMessages(refundMessages);
  const format = useFormat();
  const { locale } = useLocale();
  const { notify } = useToast();
  const reasonId = useId();
  const currency = reservation.total.currency;
  const { paid, provider } = moneyPaid(payments);
  // A stay cancelled earlier whose money was never decided comes back here to decide it.
  const alreadyCancelled = reservation.status === "cancelled";
  const [reason, setReason] = useState("");
  const [decision, setDecision] = useState<Decision>("full");
  const [amount, setAmount] = useState("");
  const [via, setVia] = useState<"provider" | "manual">(provider ? "provider" : "manual");
  const [amountError, setAmountError] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const paidMoney = { amount: paid, currency };

  async function submit(event: FormEvent) {
    event.preventDefault();
    let refund: Schemas["RefundDecision"] | undefined;
    if (paid > 0) {
      refund = { decision, via: provider ? via : "manual" };
      if (decision === "partial") {
        const minor = valueOf(readMoney(amount, locale, currency));
        if (minor === null || minor <= 0 || minor > paid) {
          setAmountError(tm("refundAmountInvalid"));
          return;
        }
        refund.amount = { amount: minor, currency };
      }
    }
    setAmountError(undefined);
    setBusy(true);
    setProblem(undefined);
    try {
      const answer = await unwrap(
        api.POST("/v1/reservations/{id}/cancel", {
          params: { path: { id: reservation.id } },
          body: { ...(reason.trim() ? { reason: reason.trim() } : {}), ...(refund ? { refund } : {}) },
        }),
      );
      const providerName = PROVIDER_NAMES[provider ?? ""] ?? "";
      const pending = answer.refunds.find((r) => r.status === "pending");
      const failed = answer.refunds.find((r) => r.status === "failed");
      const given = answer.refunds.filter((r) => r.status === "refunded").reduce((sum, r) => sum + r.amount.amount, 0);
      if (!alreadyCancelled) notify(t("cancelled", { code: reservation.code }));
      if (failed) notify(tm("refundFailed", { provider: providerName }), { tone: "error" });
      else if (pending) notify(tm("refundPending", { provider: providerName }), { tone: "error" });
      else if (given > 0) notify(tm("refundDone", { amount: format.money({ amount: given, currency }) }));
      onCancelled();
    } catch (error) {
      const own = error instanceof ApiProblem ? (`err_${error.code}` as const) : null;
      const known = own && own in refundMessages["es-AR"] ? tm(own as keyof (typeof refundMessages)["es-AR"]) : null;
      setProblem(known ?? problemText(error, t, { overrides: { not_cancellable: "cancelExpired" } }));
      setBusy(false);
    }
  }

  return (
    <Dialog open title={t("cancelTitle", { code: reservation.code })} onClose={onClose}>
      <form onSubmit={submit} aria-busy={busy} data-testid="cancel-reservation">
        {!alreadyCancelled && <p>{t("cancelIntro")}</p>}
        {paid > 0 && (
          <fieldset className={styles.moneyQuestion}>
            <legend>{tm("moneyQuestion")}</legend>
            <p className={styles.muted}>{tm("paidSoFar", { amount: format.money(paidMoney) })}</p>
            {(["full", "partial", "keep"] as const).map((option) => (
              <label key={option} className={styles.checkbox}>
                <input type="radio" name="refundDecision" value={option} checked={decision === option} onChange={() => setDecision(option)} />{" "}
                {option === "full" ? tm("refundFull", { amount: format.money(paidMoney) }) : option === "partial" ? tm("refundPartial") : tm("refundKeep")}
              </label>
            ))}
            {decision === "partial" && (
              <NumberField
                label={tm("refundAmount", { currency })}
                name="refundAmount"
                currency={currency}
                required
                rules={{ min: 1, max: paid }}
                value={amount}
                error={amountError}
                hint={tm("refundAmountHint", { amount: format.money(paidMoney) })}
                onChange={setAmount}
              />
            )}
            {decision !== "keep" &&
              (provider ? (
                <div role="radiogroup" aria-label={tm("viaQuestion")}>
                  <p className={styles.muted}>{tm("viaQuestion")}</p>
                  <label className={styles.checkbox}>
                    <input type="radio" name="refundVia" value="provider" checked={via === "provider"} onChange={() => setVia("provider")} /> {tm("viaProvider", { provider: PROVIDER_NAMES[provider]! })}
                  </label>
                  <label className={styles.checkbox}>
                    <input type="radio" name="refundVia" value="manual" checked={via === "manual"} onChange={() => setVia("manual")} /> {tm("viaManual")}
                  </label>
                </div>
              ) : (
                <p className={styles.muted}>{tm("viaManualOnly")}</p>
              ))}
          </fieldset>
        )}
        {!alreadyCancelled && (
          <div className="field">
            <label htmlFor={reasonId}>{t("cancelReason")}</label>
            <textarea id={reasonId} name="reason" rows={3} maxLength={500} aria-describedby={`${reasonId}-hint`} value={reason} onChange={(event) => setReason(event.target.value)} />
            <small id={`${reasonId}-hint`} className="field__hint">
              {t("cancelReasonHint")}
            </small>
          </div>
        )}
        <div role="alert">{problem && <p className="notice notice--error">{problem}</p>}</div>
        <div className={styles.dialogActions}>
          <button type="submit" className="button button--danger" disabled={busy}>
            {busy ? t("working") : t("cancelSubmit")}
          </button>
          <button type="button" className="button button--quiet" onClick={onClose} autoFocus>
            {t("keep")}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
