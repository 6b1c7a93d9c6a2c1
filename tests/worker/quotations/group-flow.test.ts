import { describe, expect, it } from "vitest";
import { call } from "../support/api";
import { createAccommodation } from "../support/accommodations";
import { PAYU, payuConfirmation } from "../support/fake-payu";
import { ars, invitePartner, openQuotation, postOffer } from "../support/quotations";
import { addMember, createKey, createTenant } from "../support/tenant";

const payuValue = (minor: number) => {
  const value = (minor / 100).toFixed(2);
  return { value, newValue: value.endsWith("0") ? value.slice(0, -1) : value };
};

describe("a group quoted across own cabins and three partner lodgings, paid through PayU", () => {
  it("each partner sees only itself, the client only the marked-up package, and the deposit takes every own cabin's nights once", async () => {
    const owner = await createTenant();
    const units = [];
    for (const name of ["Cabaña Coihue", "Cabaña Lenga", "Cabaña Ñire"]) units.push(await createAccommodation(owner, { name, minStay: 1 }));

    const quotation = await openQuotation(owner, { country: "PE", language: "es" });
    const own = quotation.offers.find((offer) => offer.partnerId === null)!;
    expect(own.lines.map((line) => line.accommodationId).sort()).toEqual([...units].sort());

    const partners: Awaited<ReturnType<typeof invitePartner>>[] = [];
    for (const name of ["Hostería Los Alerces", "Hotel Patagonia", "Posada del Bosque"]) partners.push(await invitePartner(owner, quotation.id, name));
    const [alerces, patagonia, bosque] = partners as [(typeof partners)[0], (typeof partners)[0], (typeof partners)[0]];
    expect(alerces.link).toMatch(/\/q\/.+/);

    await postOffer(alerces.token, [{ roomType: "double", count: 6, nightlyPrice: ars(4_111_100) }]);
    await postOffer(patagonia.token, [{ roomType: "quadruple", count: 5, nightlyPrice: ars(7_222_200) }]);
    const bosqueOffer = await postOffer(bosque.token, [{ roomType: "double", count: 4, nightlyPrice: ars(3_333_300) }]);
    // Posada del Bosque thinks again and withdraws.
    expect((await call("DELETE", `/q-api/${bosque.token}/offers/${bosqueOffer.offers[0]!.id}`)).status).toBe(200);
    expect((await call("POST", `/q-api/${patagonia.token}/messages`, { body: { text: "¿Incluye desayuno?" } })).status).toBe(201);
    expect((await call("POST", `/v1/quotations/${quotation.id}/messages`, { token: owner.token, body: { to: patagonia.partnerId, text: "Sí, con desayuno" } })).status).toBe(201);

    // What each partner's page shows: its own offers and messages only.
    const alercesView = await call("GET", `/q-api/${alerces.token}`);
    expect(alercesView.status).toBe(200);
    expect(alercesView.json.offers).toHaveLength(1);
    expect(alercesView.json.partners).toEqual([expect.objectContaining({ id: alerces.partnerId })]);
    expect(alercesView.json.messages).toEqual([]);
    expect(alercesView.text).not.toMatch(/Patagonia|Bosque|7222200|3333300|laura@colegio/);
    expect(alercesView.json.request.contact).toBeUndefined();
    const patagoniaView = await call("GET", `/q-api/${patagonia.token}`);
    expect(patagoniaView.json.messages.map((m: { text: string }) => m.text)).toEqual(["¿Incluye desayuno?", "Sí, con desayuno"]);

    // The operator sees everything.
    const full = await call("GET", `/v1/quotations/${quotation.id}`, { token: owner.token });
    expect(full.json.partners).toHaveLength(3);
    expect(full.json.offers).toHaveLength(4);
    const alercesOfferId = full.json.offers.find((o: { partnerId: string | null }) => o.partnerId === alerces.partnerId).id;
    const patagoniaOfferId = full.json.offers.find((o: { partnerId: string | null }) => o.partnerId === patagonia.partnerId).id;

    const composed = await call("POST", `/v1/quotations/${quotation.id}/compose`, {
      token: owner.token,
      body: {
        lines: [...own.lines.map((_, lineIndex) => ({ offerId: own.id, lineIndex })), { offerId: alercesOfferId, lineIndex: 0 }, { offerId: patagoniaOfferId, lineIndex: 0 }],
        markup: { kind: "percent", percent: 15 },
        depositPercent: 30,
        revealPartnerIds: [patagonia.partnerId],
      },
    });
    expect(composed.status, composed.text).toBe(200);
    expect(composed.json.status).toBe("composed");
    const composition = composed.json.composition;
    expect(composition.margin.amount).toBe(composition.price.amount - composition.cost.amount);
    expect(composition.cost.amount).toBe(composition.lines.reduce((sum: number, line: { cost: { amount: number } }) => sum + line.cost.amount, 0));
    // A partner's page shows which of its own lines were picked, at its own price, and nothing of the markup.
    const picked = await call("GET", `/q-api/${alerces.token}`);
    expect(picked.json.composition).toEqual({ view: "partner", nights: 3, lines: [expect.objectContaining({ count: 6, nightlyCost: ars(4_111_100), cost: ars(4_111_100 * 6 * 3) })] });
    expect(picked.text).not.toMatch(/markup|margin|"price"/);

    // The client page exists once the package is sent.
    const sent = await call("POST", `/v1/quotations/${quotation.id}/send`, { token: owner.token });
    expect(sent.status, sent.text).toBe(200);
    const clientToken = sent.json.clientToken as string;
    const clientView = await call("GET", `/c-api/${clientToken}`);
    expect(clientView.status).toBe(200);
    expect(clientView.json.composition.view).toBe("client");
    expect(clientView.json.composition.clientPackage.total).toEqual(composition.price);
    expect(clientView.text).not.toMatch(/4111100|7222200|Alerces|nightlyCost|"cost"|ptn_/);
    expect(clientView.text).toMatch(/Hotel Patagonia/);

    await call("PUT", "/v1/settings/payments/payu", { token: owner.token, body: { ...PAYU, countries: ["PE", "CO"] } }).then((r) => expect(r.status).toBe(200));
    const approved = await call("POST", `/c-api/${clientToken}/approve`);
    expect(approved.status, approved.text).toBe(200);
    expect(approved.json.quotation.status).toBe("approved");
    const deposit = composition.clientPackage.deposit.amount as number;
    expect(approved.json.payment).toMatchObject({ provider: "payu", amount: ars(deposit), fields: { referenceCode: quotation.id, merchantId: PAYU.merchantId, currency: "ARS" } });

    const body = await payuConfirmation({ referenceSale: quotation.id, ...payuValue(deposit), tenantId: owner.tenantId, transactionId: "payu-tx-1" });
    const confirm = () => call("POST", `/webhooks/payu/${owner.tenantId}`, { rawBody: body, headers: { "content-type": "application/x-www-form-urlencoded" } });
    const first = await confirm();
    expect(first.status, first.text).toBe(200);
    expect(first.json.applied).toBe(true);
    // PayU sends the same confirmation again: nothing changes.
    expect((await confirm()).status).toBe(200);

    const done = await call("GET", `/v1/quotations/${quotation.id}`, { token: owner.token });
    expect(done.json.status).toBe("confirmed");
    expect(done.json.payments).toHaveLength(1);
    expect(done.json.booking.ok).toBe(true);
    expect(done.json.booking.reservationIds).toHaveLength(3);
    for (const id of done.json.booking.reservationIds) {
      const reservation = await call("GET", `/v1/reservations/${id}`, { token: owner.token });
      expect(reservation.json.status).toBe("confirmed");
    }
    expect((await call("GET", `/c-api/${clientToken}`)).json.status).toBe("confirmed");

    // Emails: invitations, and each partner's confirmation names only its own lines.
    const outbox = (await call("GET", "/v1/communications/outbox", { token: owner.token })).json.data as Array<{ to: string; subject: string; text: string; html: string }>;
    expect(outbox.filter((mail) => mail.subject.includes("te pide precio"))).toHaveLength(3);
    const alercesConfirmation = outbox.find((mail) => mail.to === alerces.email && mail.subject.startsWith("Reserva confirmada"))!;
    expect(alercesConfirmation.text).toContain("6 × double");
    expect(alercesConfirmation.text).not.toMatch(/quadruple|Patagonia/);
    expect(alercesConfirmation.html).toContain("<p>");
    expect(outbox.filter((mail) => mail.to === "laura@colegio.test").map((mail) => mail.subject)).toEqual(
      expect.arrayContaining(["Cotización para Colegio San Martín 5º B", expect.stringMatching(/^Tu propuesta/), expect.stringMatching(/^Recibimos la seña/), expect.stringMatching(/^Reserva confirmada/)]),
    );
  });

  it("refuses bad input with a problem, and another tenant, staff and keys without the scope get nothing", async () => {
    const owner = await createTenant();
    const bad = await call("POST", "/v1/quotations", { token: owner.token, body: { groupName: "", rooms: [] } });
    expect(bad.status).toBe(400);
    expect(bad.headers.get("content-type")).toMatch(/problem\+json/);
    const inverted = await call("POST", "/v1/quotations", { token: owner.token, body: { ...(await import("../support/quotations")).groupRequest({ checkIn: "2031-01-10", checkOut: "2031-01-05" }) } });
    expect(inverted.status).toBe(400);
    const past = await call("POST", "/v1/quotations", { token: owner.token, body: (await import("../support/quotations")).groupRequest({ deadline: "2020-01-01T00:00:00Z" }) });
    expect(past.status).toBe(422);
    expect((await call("GET", "/v1/quotations", { token: owner.token })).json.data).toEqual([]);

    const quotation = await openQuotation(owner);
    const partner = await invitePartner(owner, quotation.id, "Hostería Uno");
    const other = await createTenant();
    expect((await call("GET", `/v1/quotations/${quotation.id}`, { token: other.token })).status).toBe(404);
    expect((await call("POST", `/v1/quotations/${quotation.id}/send`, { token: other.token })).status).toBe(404);
    const staff = await addMember(owner, "staff");
    expect((await call("GET", `/v1/quotations/${quotation.id}`, { token: staff.token })).status).toBe(403);
    const readOnlyKey = await createKey(owner, ["reservations:read"]);
    expect((await call("GET", "/v1/quotations", { token: readOnlyKey.key })).status).toBe(403);
    const key = await createKey(owner, ["quotations:write"]);
    expect((await call("GET", "/v1/quotations", { token: key.key })).json.data.map((q: { id: string }) => q.id)).toEqual([quotation.id]);

    // A partner's offer in another currency, an empty offer and a forged token.
    expect((await call("POST", `/q-api/${partner.token}/offers`, { body: { lines: [{ roomType: "double", count: 1, nightlyPrice: { amount: 100, currency: "USD" } }] } })).status).toBe(422);
    expect((await call("POST", `/q-api/${partner.token}/offers`, { body: { lines: [] } })).status).toBe(400);
    const forged = `${partner.token.split(".")[0]}.${"A".repeat(32)}`;
    expect((await call("GET", `/q-api/${forged}`)).status).toBe(404);
    expect((await call("GET", "/q-api/not-a-token")).status).toBe(404);
    // The client page does not exist before the package is sent; a partner's token is not a client's.
    expect((await call("GET", `/c-api/${partner.token}`)).status).toBe(404);
    expect((await call("POST", `/c-api/${partner.token}/approve`)).status).toBe(404);
    // Composing a line that does not exist changes nothing.
    const wrong = await call("POST", `/v1/quotations/${quotation.id}/compose`, { token: owner.token, body: { lines: [{ offerId: "ofr_nope", lineIndex: 0 }], markup: { kind: "percent", percent: 10 } } });
    expect(wrong.status).toBe(422);
    expect((await call("GET", `/v1/quotations/${quotation.id}`, { token: owner.token })).json.status).toBe("open");
    expect((await call("POST", `/v1/quotations/${quotation.id}/send`, { token: owner.token })).status).toBe(409);
  });
});
