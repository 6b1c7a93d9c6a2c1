import { useState } from "react";
import { api, unwrap } from "../../api/client";
import { useApi } from "../../api/use-api";
import { useFormat, useLocale, useMessages } from "../../i18n/i18n";
import { Badge } from "../../ui/states";
import { useToast } from "../../ui/toast";
import styles from "../reservations/reservations.module.css";
import { guestJourneyMessages } from "./messages";

type DocumentType = "dni" | "passport" | "other";
const CHECK_IN_TONE = { not_started: "muted", started: "warn", completed: "ok" } as const;
const PURCHASE_TONE = { pending_approval: "warn", awaiting_payment: "info", paid: "ok", declined: "muted", cancelled: "muted" } as const;

/** On a reservation: its portal link, check-in (and completing it at the desk), extras and the journey's steps. */
export function ReservationGuestPortal({ reservationId, guests, timeZone, version }: { reservationId: string; guests: number; timeZone: string; version: string }) {
  const t = useMessages(guestJourneyMessages);
  const format = useFormat();
  const { locale } = useLocale();
  const { notify, fail } = useToast();
  const [desk, setDesk] = useState(false);
  const [tick, setTick] = useState(0);
  const deps = [reservationId, version, tick];
  const checkIn = useApi(() => unwrap(api.GET("/v1/reservations/{id}/check-in", { params: { path: { id: reservationId } } })), deps);
  const purchases = useApi(() => unwrap(api.GET("/v1/reservations/{id}/upsells", { params: { path: { id: reservationId } } })), deps);
  const journey = useApi(() => unwrap(api.GET("/v1/reservations/{id}/journey", { params: { path: { id: reservationId } } })), deps);
  const refresh = () => setTick((n) => n + 1);

  async function copyLink() {
    try {
      const link = await unwrap(api.GET("/v1/reservations/{id}/guest-link", { params: { path: { id: reservationId } } }));
      await navigator.clipboard?.writeText(link.url).catch(() => undefined);
      notify(t("copied"));
    } catch (caught) {
      fail(caught);
    }
  }
  async function revoke() {
    try {
      await unwrap(api.POST("/v1/reservations/{id}/guest-link/revoke", { params: { path: { id: reservationId } } }));
      notify(t("revoked"));
    } catch (caught) {
      fail(caught);
    }
  }
  async function decide(purchaseId: string, decision: "approve" | "decline" | "mark-paid") {
    try {
      await unwrap(api.POST("/v1/reservations/{id}/upsells/{purchaseId}/{decision}", { params: { path: { id: reservationId, purchaseId, decision } } }));
      refresh();
    } catch (caught) {
      fail(caught);
    }
  }

  const c = checkIn.data?.checkIn;
  const title = (text: { es?: string; pt?: string; en?: string }) => (locale === "en" ? text.en : locale === "pt-BR" ? text.pt : text.es) ?? text.es ?? text.en ?? text.pt ?? "";
  return (
    <>
      <h3>{t("portal")}</h3>
      <div className={styles.actions ?? ""}>
        <button type="button" className="button button--quiet" onClick={() => void copyLink()}>
          {t("copyLink")}
        </button>{" "}
        <button type="button" className="button button--quiet" onClick={() => void revoke()}>
          {t("revoke")}
        </button>
      </div>
      {c && (
        <>
          <h3>{t("checkIn")}</h3>
          <p>
            <Badge tone={CHECK_IN_TONE[c.status]}>{t(`status_${c.status}`)}</Badge>
            {c.completedAt && c.completedBy && <> · {t(`completedBy_${c.completedBy}`)} · {format.dateTime(c.completedAt, timeZone)}</>}
            {c.arrivalTime && <> · {t("arrivalAt", { time: c.arrivalTime })}</>}
            {c.idPhotos.some((p) => !p.deleted) && <> · {t("idPhotos", { count: c.idPhotos.filter((p) => !p.deleted).length })}</>}
          </p>
          {c.guests.length > 0 && (
            <ul className={styles.payments}>
              {c.guests.map((g, i) => (
                <li key={i}>
                  <strong>{g.fullName}</strong> · {t(`doc_${g.documentType}`)} {g.documentNumber} · {g.nationality}
                </li>
              ))}
            </ul>
          )}
          {c.status !== "completed" && !desk && (
            <button type="button" className="button button--quiet" onClick={() => setDesk(true)}>
              {t("completeAtDesk")}
            </button>
          )}
          {desk && (
            <DeskCheckIn
              reservationId={reservationId}
              guests={guests}
              onDone={() => {
                setDesk(false);
                refresh();
              }}
              onCancel={() => setDesk(false)}
            />
          )}
        </>
      )}
      {purchases.data && purchases.data.data.length > 0 && (
        <>
          <h3>{t("extras")}</h3>
          <ul className={styles.payments}>
            {purchases.data.data.map((p) => (
              <li key={p.id}>
                <strong>{title(p.title)}</strong> · {format.money({ amount: p.amount, currency: p.currency })} · <Badge tone={PURCHASE_TONE[p.status]}>{t(`purchase_${p.status}`)}</Badge>
                {p.status === "pending_approval" && (
                  <>
                    {" "}
                    <button type="button" className="button button--quiet" onClick={() => void decide(p.id, "approve")}>
                      {t("approve")}
                    </button>{" "}
                    <button type="button" className="button button--quiet" onClick={() => void decide(p.id, "decline")}>
                      {t("decline")}
                    </button>
                  </>
                )}
                {p.status === "awaiting_payment" && (
                  <>
                    {" "}
                    <button type="button" className="button button--quiet" onClick={() => void decide(p.id, "mark-paid")}>
                      {t("markPaid")}
                    </button>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {journey.data && (
        <>
          <h3>{t("journey")}</h3>
          <ol className={styles.payments} aria-label={t("journey")}>
            {journey.data.data.map((step, i) => (
              <li key={i}>
                {format.dateTime(step.at, timeZone)} · <strong>{t(`kind_${step.kind}`)}</strong>
                {step.kind === "rated" && <> · {String(step.detail.score)}/10</>}
                {(step.kind === "payment" || step.kind === "upsell_paid") && typeof step.detail.amount === "number" && <> · {format.money({ amount: step.detail.amount, currency: String(step.detail.currency) })}</>}
              </li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}

function DeskCheckIn({ reservationId, guests, onDone, onCancel }: { reservationId: string; guests: number; onDone: () => void; onCancel: () => void }) {
  const t = useMessages(guestJourneyMessages);
  const { fail } = useToast();
  const [rows, setRows] = useState(() => Array.from({ length: Math.max(1, guests) }, () => ({ fullName: "", documentType: "dni" as DocumentType, documentNumber: "", nationality: "" })));
  const [birth, setBirth] = useState("");
  const [arrival, setArrival] = useState("");
  const [plate, setPlate] = useState("");
  const [accepted, setAccepted] = useState(false);
  const [busy, setBusy] = useState(false);
  const set = (i: number, field: string, value: string) => setRows((current) => current.map((row, j) => (j === i ? { ...row, [field]: value } : row)));
  async function save(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      const filled = rows.filter((r) => r.fullName.trim() !== "");
      await unwrap(
        api.POST("/v1/reservations/{id}/check-in", {
          params: { path: { id: reservationId } },
          body: { guests: filled, holderBirthDate: birth, arrivalTime: arrival, vehiclePlate: plate.trim() || null, acceptRules: accepted as true },
        }),
      );
      onDone();
    } catch (caught) {
      fail(caught);
    } finally {
      setBusy(false);
    }
  }
  return (
    <form onSubmit={(event) => void save(event)} aria-label={t("completeAtDesk")}>
      {rows.map((row, i) => (
        <fieldset key={i}>
          <legend>{t("guestN", { n: i + 1 })}</legend>
          <label>
            {t("fullName")}
            <input value={row.fullName} onChange={(e) => set(i, "fullName", e.target.value)} required={i === 0} />
          </label>
          <label>
            {t("documentType")}
            <select value={row.documentType} onChange={(e) => set(i, "documentType", e.target.value)}>
              <option value="dni">{t("doc_dni")}</option>
              <option value="passport">{t("doc_passport")}</option>
              <option value="other">{t("doc_other")}</option>
            </select>
          </label>
          <label>
            {t("documentNumber")}
            <input value={row.documentNumber} onChange={(e) => set(i, "documentNumber", e.target.value)} required={i === 0} />
          </label>
          <label>
            {t("nationality")}
            <input value={row.nationality} onChange={(e) => set(i, "nationality", e.target.value)} required={i === 0} />
          </label>
        </fieldset>
      ))}
      <label>
        {t("birthDate")}
        <input type="date" value={birth} onChange={(e) => setBirth(e.target.value)} required />
      </label>
      <label>
        {t("arrivalTime")}
        <input type="time" value={arrival} onChange={(e) => setArrival(e.target.value)} required />
      </label>
      <label>
        {t("plate")}
        <input value={plate} onChange={(e) => setPlate(e.target.value)} />
      </label>
      <label>
        <input type="checkbox" checked={accepted} onChange={(e) => setAccepted(e.target.checked)} required /> {t("acceptRules")}
      </label>
      <div>
        <button type="submit" className="button" disabled={busy}>
          {t("save")}
        </button>{" "}
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
