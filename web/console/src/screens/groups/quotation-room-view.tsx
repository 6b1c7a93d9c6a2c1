import { useState, type FormEvent } from "react";
import { api, unwrap } from "../../api/client";
import { useFormat, useLocale, useMessages } from "../../i18n/i18n";
import { Link } from "../../router";
import { CopyButton } from "../../ui/copy-button";
import { Field, SelectField } from "../../ui/field";
import { NumberField } from "../../ui/number-field";
import { readMoney, readNumber, valueOf } from "../../ui/number-input";
import { Badge, LoadState } from "../../ui/states";
import { useToast } from "../../ui/toast";
import { STATUS_TONE } from "./groups-screen";
import { messages } from "./messages";
import { useQuotationRoom, type Quotation } from "./use-quotation-room";
import styles from "./groups.module.css";

type Offer = Quotation["offers"][number];
type Refund = Quotation["refunds"][number];

/** A refund's state in the owner's words: PayU reviews refunds for days, and may decline one it took. */
function refundStateKey(refund: Refund) {
  if (refund.status === "refunded" && refund.underReview) return "refund_under_review" as const;
  if (refund.status === "failed" && refund.declinedAfterReview) return "refund_declined" as const;
  return `refund_${refund.status}` as const;
}

function refundTone(refund: Refund) {
  if (refund.status === "failed") return "danger" as const;
  return refund.status === "refunded" && !refund.underReview ? ("ok" as const) : ("warn" as const);
}
interface Candidate {
  key: string;
  offerId: string;
  lineIndex: number;
  lodging: string;
  line: Offer["lines"][number];
}

/** Every active line, grouped by room type, cheapest first: the side-by-side comparison the operator composes from. */
function byRoomType(quotation: Quotation, ownLabel: string): Map<string, Candidate[]> {
  const names = new Map(quotation.partners.map((partner) => [partner.id, partner.name]));
  const groups = new Map<string, Candidate[]>();
  for (const offer of quotation.offers) {
    if (offer.status !== "active") continue;
    offer.lines.forEach((line, lineIndex) => {
      const lodging = offer.partnerId ? (names.get(offer.partnerId) ?? "?") : `${ownLabel}: ${line.unitName ?? ""}`;
      const list = groups.get(line.roomType) ?? [];
      list.push({ key: `${offer.id}:${lineIndex}`, offerId: offer.id, lineIndex, lodging, line });
      groups.set(line.roomType, list);
    });
  }
  for (const list of groups.values()) list.sort((a, b) => a.line.nightlyPrice.amount - b.line.nightlyPrice.amount);
  return groups;
}

/** One quotation's live room: partners and their offers as they arrive, the comparison, compose with markup and margin, send. */
export function QuotationRoomView({ id }: { id: string }) {
  const t = useMessages(messages);
  const format = useFormat();
  const { quotation, error, live, setQuotation } = useQuotationRoom(id);
  return (
    <>
      <p>
        <Link href="/groups">← {t("back")}</Link>
      </p>
      <LoadState loading={!quotation && !error} error={error} retryText={t("retry")} onRetry={() => location.reload()}>
        {quotation && (
          <>
            <h1 className={styles.heading}>
              {quotation.request?.groupName}{" "}
              <Badge tone={STATUS_TONE[quotation.status]}>{t(`status_${quotation.status}`)}</Badge>
              <span className={live ? "live-dot live-dot--on" : "live-dot"} aria-hidden="true" />
            </h1>
            {quotation.request && (
              <p className={styles.muted}>
                {format.day(quotation.request.checkIn)} – {format.day(quotation.request.checkOut)} · {t("peopleCount", { count: quotation.request.people })} ·{" "}
                {quotation.request.rooms.map((room) => `${room.count} × ${room.type}`).join(", ")} · {t("deadlineOn", { date: format.dateTime(quotation.request.deadline) })}
              </p>
            )}
            {quotation.booking && !quotation.booking.ok && <p className="card field__error">{t("bookingFailed")}</p>}
            <Partners quotation={quotation} />
            <Compose quotation={quotation} onChange={setQuotation} />
            <RoomMessages quotation={quotation} onChange={setQuotation} />
          </>
        )}
      </LoadState>
    </>
  );
}

function Partners({ quotation }: { quotation: Quotation }) {
  const t = useMessages(messages);
  const { notify, fail } = useToast();
  const [links, setLinks] = useState<Record<string, string>>({});
  async function invite(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const name = String(form.get("name") ?? "").trim();
    try {
      const invited = await unwrap(api.POST("/v1/quotations/{id}/partners", { params: { path: { id: quotation.id } }, body: { name, email: String(form.get("email") ?? "").trim() } }));
      setLinks({ ...links, [invited.partnerId]: invited.link });
      notify(t("invited", { name }));
      formElement.reset();
    } catch (error) {
      fail(error);
    }
  }
  return (
    <section className="card" aria-labelledby="partners-title">
      <h2 id="partners-title">{t("partners")}</h2>
      <ul className={styles.plain}>
        {quotation.partners.map((partner) => (
          <li key={partner.id} className={styles.partner}>
            <span className={styles.name}>{partner.name}</span>
            <span className={styles.muted}>{partner.email}</span>
            {links[partner.id] && <CopyButton text={links[partner.id]!} label={t("copyLink")} copiedText={t("linkCopied")} failedText={t("copyFailed")} />}
          </li>
        ))}
      </ul>
      {(quotation.status === "open" || quotation.status === "draft") && (
        <form className={styles.inline} onSubmit={invite}>
          <Field label={t("partnerName")} name="name" required maxLength={200} />
          <Field label={t("partnerEmail")} name="email" type="email" required />
          <button className="button">{t("invite")}</button>
        </form>
      )}
    </section>
  );
}

function Compose({ quotation, onChange }: { quotation: Quotation; onChange: (quotation: Quotation) => void }) {
  const t = useMessages(messages);
  const format = useFormat();
  const { locale } = useLocale();
  const { notify, fail } = useToast();
  const currency = quotation.request?.currency ?? "ARS";
  const composition = quotation.composition && "markup" in quotation.composition ? quotation.composition : null;
  const [picked, setPicked] = useState<Set<string>>(() => new Set(composition?.lines.map((line) => `${line.offerId}:${line.lineIndex}`) ?? []));
  const [reveal, setReveal] = useState<Set<string>>(() => new Set(composition?.revealedPartnerIds ?? []));
  const [kind, setKind] = useState<"percent" | "per_room_night">(composition?.markup.kind ?? "percent");
  const [percent, setPercent] = useState(composition?.markup.kind === "percent" ? String(composition.markup.percent) : "15");
  const [perNight, setPerNight] = useState("");
  const [deposit, setDeposit] = useState(String(composition?.depositPercent ?? 30));
  const [clientLink, setClientLink] = useState<string>();
  const groups = byRoomType(quotation, t("ownUnits"));
  const editable = quotation.status === "open" || quotation.status === "composed" || quotation.status === "sent";

  const toggle = (set: Set<string>, key: string) => {
    const next = new Set(set);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    return next;
  };

  async function save(event: FormEvent) {
    event.preventDefault();
    const markup =
      kind === "percent"
        ? { kind, percent: valueOf(readNumber(percent, locale, { min: 0, max: 500 })) ?? 0 }
        : { kind, amount: { amount: valueOf(readMoney(perNight, locale, currency, { min: 0 })) ?? 0, currency } };
    const lines = [...picked].map((key) => {
      const [offerId, lineIndex] = key.split(":");
      return { offerId: offerId!, lineIndex: Number(lineIndex) };
    });
    try {
      const next = await unwrap(
        api.POST("/v1/quotations/{id}/compose", {
          params: { path: { id: quotation.id } },
          body: { lines, markup, depositPercent: valueOf(readNumber(deposit, locale, { integer: true, min: 0, max: 100 })) ?? 30, revealPartnerIds: [...reveal] },
        }),
      );
      onChange(next);
      notify(t("composed"));
    } catch (error) {
      fail(error);
    }
  }

  async function send() {
    try {
      const sent = await unwrap(api.POST("/v1/quotations/{id}/send", { params: { path: { id: quotation.id } } }));
      setClientLink(sent.clientLink);
      onChange(sent);
      notify(t("sent"));
    } catch (error) {
      fail(error);
    }
  }

  async function cancel() {
    try {
      onChange(await unwrap(api.POST("/v1/quotations/{id}/cancel", { params: { path: { id: quotation.id } } })));
      notify(t("cancelled"));
    } catch (error) {
      fail(error);
    }
  }

  async function open() {
    try {
      onChange(await unwrap(api.POST("/v1/quotations/{id}/open", { params: { path: { id: quotation.id } } })));
    } catch (error) {
      fail(error);
    }
  }

  async function retryRefunds() {
    try {
      onChange(await unwrap(api.POST("/v1/quotations/{id}/refunds/retry", { params: { path: { id: quotation.id } } })));
    } catch (error) {
      fail(error);
    }
  }
  const refundsDue = quotation.refunds.some((refund) => refund.status !== "refunded");

  return (
    <section className="card" aria-labelledby="offers-title">
      <h2 id="offers-title">{t("compare")}</h2>
      {groups.size === 0 && <p className={styles.muted}>{t("noOffers")}</p>}
      <form onSubmit={save}>
        {[...groups].map(([roomType, candidates]) => (
          <fieldset key={roomType} className={styles.group}>
            <legend>{roomType}</legend>
            {candidates.map((candidate) => (
              <label key={candidate.key} className={styles.offer}>
                <input type="checkbox" disabled={!editable} checked={picked.has(candidate.key)} onChange={() => setPicked(toggle(picked, candidate.key))} />
                <span className={styles.name}>{candidate.lodging}</span>
                <span>
                  {candidate.line.count} × {t("perNight", { price: format.money(candidate.line.nightlyPrice) })}
                </span>
                <strong>{format.money(candidate.line.total)}</strong>
                {candidate.line.conditions && <small className={styles.muted}>{candidate.line.conditions}</small>}
              </label>
            ))}
          </fieldset>
        ))}
        {quotation.partners.length > 0 && (
          <fieldset className={styles.group}>
            <legend>{t("reveal")}</legend>
            {quotation.partners.map((partner) => (
              <label key={partner.id} className={styles.offer}>
                <input type="checkbox" disabled={!editable} checked={reveal.has(partner.id)} onChange={() => setReveal(toggle(reveal, partner.id))} />
                <span className={styles.name}>{partner.name}</span>
              </label>
            ))}
          </fieldset>
        )}
        <h3>{t("compose")}</h3>
        <SelectField
          label={t("markup")}
          value={kind}
          onChange={(event) => setKind(event.target.value as typeof kind)}
          options={[
            { value: "percent", label: t("markupPercent") },
            { value: "per_room_night", label: t("markupPerNight") },
          ]}
        />
        {kind === "percent" ? (
          <NumberField label={t("markupPercent")} value={percent} onChange={setPercent} rules={{ min: 0, max: 500 }} unit="%" />
        ) : (
          <NumberField label={t("markupPerNight")} value={perNight} onChange={setPerNight} currency={currency} rules={{ min: 0 }} />
        )}
        <NumberField label={t("deposit")} value={deposit} onChange={setDeposit} rules={{ integer: true, min: 0, max: 100 }} unit="%" />
        {composition && (
          <dl className={styles.totals}>
            <dt>{t("cost")}</dt>
            <dd>{format.money(composition.cost)}</dd>
            <dt>{t("price")}</dt>
            <dd>{format.money(composition.price)}</dd>
            <dt>{t("margin")}</dt>
            <dd>{format.money(composition.margin)}</dd>
            <dt>{t("nights", { count: composition.nights })}</dt>
            <dd>{format.money(composition.clientPackage.deposit)}</dd>
          </dl>
        )}
        {quotation.refunds.length > 0 && (
          <ul className={styles.plain} aria-label={t("refunds")}>
            {quotation.refunds.map((refund) => (
              <li key={refund.id}>
                {t("refundLine", { amount: format.money(refund.amount) })} <Badge tone={refundTone(refund)}>{t(refundStateKey(refund))}</Badge>
                {refund.declinedAfterReview && refund.status === "failed" && <p className={styles.muted}>{t("refundDeclinedHint")}</p>}
              </li>
            ))}
          </ul>
        )}
        <div className={styles.actions}>
          {quotation.status === "draft" && (
            <button type="button" className="button" onClick={open}>
              {t("openForOffers")}
            </button>
          )}
          {quotation.status === "cancelled" && refundsDue && (
            <button type="button" className="button" onClick={retryRefunds}>
              {t("retryRefund")}
            </button>
          )}
          {editable && (
            <button className="button" disabled={picked.size === 0}>
              {t("saveComposition")}
            </button>
          )}
          {composition && editable && (
            <button type="button" className="button" onClick={send}>
              {t("send")}
            </button>
          )}
          {quotation.status !== "cancelled" && quotation.status !== "expired" && (
            <button type="button" className="button button--quiet" onClick={cancel}>
              {t("cancel")}
            </button>
          )}
        </div>
        {clientLink && <CopyButton text={clientLink} label={`${t("clientLink")}: ${t("copyLink")}`} copiedText={t("linkCopied")} failedText={t("copyFailed")} />}
      </form>
    </section>
  );
}

function RoomMessages({ quotation, onChange }: { quotation: Quotation; onChange: (quotation: Quotation) => void }) {
  const t = useMessages(messages);
  const format = useFormat();
  const { fail } = useToast();
  const [to, setTo] = useState("");
  const [text, setText] = useState("");
  const names = new Map(quotation.partners.map((partner) => [partner.id, partner.name]));
  async function post(event: FormEvent) {
    event.preventDefault();
    try {
      onChange(await unwrap(api.POST("/v1/quotations/{id}/messages", { params: { path: { id: quotation.id } }, body: { to: to || null, text } })));
      setText("");
    } catch (error) {
      fail(error);
    }
  }
  return (
    <section className="card" aria-labelledby="messages-title">
      <h2 id="messages-title">{t("messages")}</h2>
      <ul className={styles.plain}>
        {quotation.messages.map((message) => (
          <li key={message.id}>
            <strong>{message.from.kind === "partner" ? names.get(message.from.partnerId) : (quotation.lodging ?? "")}</strong>
            {message.to && ` → ${names.get(message.to) ?? ""}`} <small className={styles.muted}>{format.time(new Date(message.at).toISOString())}</small>
            <p className={styles.text}>{message.text}</p>
          </li>
        ))}
      </ul>
      {quotation.partners.length > 0 && (
        <form className={styles.form} onSubmit={post}>
          <SelectField label={t("writeTo")} value={to} onChange={(event) => setTo(event.target.value)} options={[{ value: "", label: t("everyone") }, ...quotation.partners.map((p) => ({ value: p.id, label: p.name }))]} />
          <Field label={t("message")} value={text} onChange={(event) => setText(event.target.value)} required maxLength={4000} />
          <button className="button">{t("post")}</button>
        </form>
      )}
    </section>
  );
}
