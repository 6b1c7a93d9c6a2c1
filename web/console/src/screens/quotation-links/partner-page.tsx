import { useState, type FormEvent } from "react";
import { useFormat, useLocale, useMessages } from "../../i18n/i18n";
import { Field } from "../../ui/field";
import { NumberField } from "../../ui/number-field";
import { readMoney, valueOf } from "../../ui/number-input";
import { Badge } from "../../ui/states";
import { useToast } from "../../ui/toast";
import { messages } from "./messages";
import { linkCall, type LinkView } from "./use-link-view";

interface LineInput {
  roomType: string;
  count: string;
  price: string;
  conditions: string;
}

/** A partner's page: the group's request, its own offers (post, withdraw) and its messages with the operator. */
export function PartnerPage({ token, view, onChange }: { token: string; view: LinkView; onChange: (view: LinkView) => void }) {
  const t = useMessages(messages);
  const format = useFormat();
  const { locale } = useLocale();
  const { notify, fail } = useToast();
  const request = view.request!;
  const currency = request.currency;
  const [lines, setLines] = useState<LineInput[]>(() => request.rooms.map((room) => ({ roomType: room.type, count: String(room.count), price: "", conditions: "" })));
  const [text, setText] = useState("");
  const base = `/q-api/${encodeURIComponent(token)}`;
  const open = view.status === "open" || view.status === "composed";
  const picked = view.composition && "view" in view.composition && view.composition.view === "partner" ? view.composition.lines : [];

  async function post(event: FormEvent) {
    event.preventDefault();
    const body = {
      lines: lines
        .filter((line) => line.roomType.trim() && line.price.trim())
        .map((line) => ({ roomType: line.roomType.trim(), count: Number(line.count), nightlyPrice: { amount: valueOf(readMoney(line.price, locale, currency, { min: 0 })) ?? 0, currency }, ...(line.conditions.trim() ? { conditions: line.conditions.trim() } : {}) })),
    };
    try {
      onChange(await linkCall<LinkView>("POST", `${base}/offers`, body));
      notify(t("posted"));
    } catch (error) {
      fail(error);
    }
  }
  async function withdraw(offerId: string) {
    try {
      onChange(await linkCall<LinkView>("DELETE", `${base}/offers/${encodeURIComponent(offerId)}`));
    } catch (error) {
      fail(error);
    }
  }
  async function write(event: FormEvent) {
    event.preventDefault();
    try {
      onChange(await linkCall<LinkView>("POST", `${base}/messages`, { text }));
      setText("");
    } catch (error) {
      fail(error);
    }
  }
  const set = (index: number, patch: Partial<LineInput>) => setLines(lines.map((line, i) => (i === index ? { ...line, ...patch } : line)));

  return (
    <>
      <h1>{request.groupName}</h1>
      <p>
        {t("from", { lodging: view.lodging })} · <Badge tone="info">{t(`status_${view.status}`)}</Badge>
      </p>
      <p>
        {format.day(request.checkIn)} – {format.day(request.checkOut)} · {t("peopleCount", { count: request.people })} · {request.rooms.map((room) => `${room.count} × ${room.type}`).join(", ")}
      </p>
      <p>{t("deadlineOn", { date: format.dateTime(request.deadline) })}</p>
      {request.notes && <p>{request.notes}</p>}
      <section className="card">
        <h2>{t("yourOffers")}</h2>
        {view.offers.length === 0 && <p>{t("noOffers")}</p>}
        <ul>
          {view.offers.map((offer) => (
            <li key={offer.id}>
              {offer.lines.map((line) => `${line.count} × ${line.roomType}: ${format.money(line.nightlyPrice)} (${format.money(line.total)})`).join(" · ")}{" "}
              {offer.status === "withdrawn" ? (
                <Badge tone="muted">{t("withdrawn")}</Badge>
              ) : (
                open && (
                  <button type="button" className="button button--quiet" onClick={() => withdraw(offer.id)}>
                    {t("withdraw")}
                  </button>
                )
              )}
            </li>
          ))}
        </ul>
        {picked.length > 0 && (
          <p>
            {t("picked")}: {picked.map((line) => `${line.count} × ${line.roomType} (${format.money(line.cost)})`).join(", ")}
          </p>
        )}
      </section>
      {open ? (
        <section className="card">
          <h2>{t("newOffer")}</h2>
          <form onSubmit={post}>
            {lines.map((line, index) => (
              <fieldset key={index}>
                <Field label={t("roomType")} value={line.roomType} onChange={(event) => set(index, { roomType: event.target.value })} maxLength={60} />
                <Field label={t("count")} type="number" inputMode="numeric" min={1} max={500} value={line.count} onChange={(event) => set(index, { count: event.target.value })} />
                <NumberField label={t("nightlyPrice")} currency={currency} value={line.price} onChange={(price) => set(index, { price })} rules={{ min: 0 }} />
                <Field label={t("conditions")} value={line.conditions} onChange={(event) => set(index, { conditions: event.target.value })} maxLength={1000} />
              </fieldset>
            ))}
            <button type="button" className="button button--quiet" onClick={() => setLines([...lines, { roomType: "", count: "1", price: "", conditions: "" }])}>
              {t("addLine")}
            </button>{" "}
            <button className="button">{t("postOffer")}</button>
          </form>
        </section>
      ) : (
        <p>{t("closed")}</p>
      )}
      <section className="card">
        <h2>{t("messages")}</h2>
        <ul>
          {view.messages.map((message) => (
            <li key={message.id}>
              <strong>{message.from.kind === "partner" ? view.partners[0]?.name : view.lodging}</strong>: {message.text}
            </li>
          ))}
        </ul>
        <form onSubmit={write}>
          <Field label={t("message")} value={text} onChange={(event) => setText(event.target.value)} required maxLength={4000} />
          <button className="button">{t("send")}</button>
        </form>
      </section>
    </>
  );
}
