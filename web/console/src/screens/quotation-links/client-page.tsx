import { useState } from "react";
import { useFormat, useMessages } from "../../i18n/i18n";
import { Badge } from "../../ui/states";
import { useToast } from "../../ui/toast";
import { messages } from "./messages";
import { linkCall, type LinkView } from "./use-link-view";

type Checkout = { provider: "payu"; action: string; fields: Record<string, string> } | { provider: "mercadopago" | "stripe"; url: string } | { provider: null };

/** Posts the provider's signed checkout form: the payer continues on the provider's own page. */
function submitCheckout(checkout: { action: string; fields: Record<string, string> }) {
  const form = document.createElement("form");
  form.method = "POST";
  form.action = checkout.action;
  for (const [name, value] of Object.entries(checkout.fields)) {
    const input = document.createElement("input");
    input.type = "hidden";
    input.name = name;
    input.value = value;
    form.append(input);
  }
  document.body.append(form);
  form.submit();
}

/** The group leader's page: the package per room type with its total and deposit, approve, then pay the deposit. */
export function ClientPage({ token, view, onChange }: { token: string; view: LinkView; onChange: (view: LinkView) => void }) {
  const t = useMessages(messages);
  const format = useFormat();
  const { fail } = useToast();
  const [checkout, setCheckout] = useState<Checkout>();
  const request = view.request!;
  const proposal = view.composition && "view" in view.composition && view.composition.view === "client" ? view.composition.clientPackage : null;

  async function approve() {
    try {
      const answer = await linkCall<{ quotation: LinkView; payment: Checkout }>("POST", `/c-api/${encodeURIComponent(token)}/approve`);
      onChange(answer.quotation);
      setCheckout(answer.payment);
    } catch (error) {
      fail(error);
    }
  }

  return (
    <>
      <h1>{request.groupName}</h1>
      <p>
        {view.lodging} · <Badge tone="info">{t(`status_${view.status}`)}</Badge>
      </p>
      <p>
        {format.day(request.checkIn)} – {format.day(request.checkOut)} · {t("peopleCount", { count: request.people })}
      </p>
      {proposal && (
        <section className="card">
          <h2>{t("proposal")}</h2>
          <p>{t("nights", { count: proposal.nights })}</p>
          <ul>
            {proposal.rooms.map((room, index) => (
              <li key={index}>
                {room.count} × {room.roomType}
                {room.lodging ? ` (${room.lodging})` : ""}: <strong>{format.money(room.total)}</strong>
              </li>
            ))}
          </ul>
          <p>
            {t("total")}: <strong>{format.money(proposal.total)}</strong>
          </p>
          <p>
            {t("deposit")}: <strong>{format.money(proposal.deposit)}</strong>
          </p>
          {view.status === "sent" && (
            <button type="button" className="button" onClick={approve}>
              {t("approve")}
            </button>
          )}
          {view.status === "approved" && (
            <>
              <p>{t("approved")}</p>
              {checkout?.provider === "payu" && (
                <button type="button" className="button" onClick={() => submitCheckout(checkout)}>
                  {t("pay")}
                </button>
              )}
              {(checkout?.provider === "mercadopago" || checkout?.provider === "stripe") && (
                <a className="button" href={checkout.url}>
                  {t("pay")}
                </a>
              )}
              {checkout && checkout.provider === null && <p>{t("payByHand")}</p>}
              {!checkout && (
                <button type="button" className="button" onClick={approve}>
                  {t("pay")}
                </button>
              )}
            </>
          )}
        </section>
      )}
    </>
  );
}
