import { call } from "./api";
import { futureDate } from "./reservations";
import type { TestTenant } from "./tenant";

export const ars = (amount: number) => ({ amount, currency: "ARS" });

/** A group request a week out of the way of other tests' nights; the deadline is in two days. */
export function groupRequest(overrides: Record<string, unknown> = {}) {
  return {
    groupName: "Colegio San Martín 5º B",
    contact: { name: "Laura Gómez", email: "laura@colegio.test", phone: "+54 9 11 5555 0000" },
    checkIn: futureDate("08-10"),
    checkOut: futureDate("08-13"),
    people: 40,
    rooms: [
      { type: "double", count: 10 },
      { type: "quadruple", count: 5 },
    ],
    deadline: new Date(Date.now() + 2 * 86_400_000).toISOString(),
    notes: "Dos docentes con habitación single",
    ...overrides,
  };
}

type CreatedQuotation = { id: string; status: string; offers: Array<{ id: string; partnerId: string | null; lines: Array<{ accommodationId?: string }> }> };

/** A quotation as created: a draft, with the tenant's own free units proposed. */
export async function draftQuotation(owner: TestTenant, overrides: Record<string, unknown> = {}) {
  const created = await call("POST", "/v1/quotations", { token: owner.token, body: groupRequest(overrides) });
  if (created.status !== 201) throw new Error(`quotation creation failed: ${created.status} ${created.text}`);
  return created.json as CreatedQuotation;
}

/** A quotation opened for offers. */
export async function openQuotation(owner: TestTenant, overrides: Record<string, unknown> = {}) {
  const draft = await draftQuotation(owner, overrides);
  const opened = await call("POST", `/v1/quotations/${draft.id}/open`, { token: owner.token });
  if (opened.status !== 200) throw new Error(`opening failed: ${opened.status} ${opened.text}`);
  return opened.json as CreatedQuotation;
}

export async function invitePartner(owner: TestTenant, quotationId: string, name: string) {
  const email = `${name.toLowerCase().replace(/\W+/g, "-")}-${Math.random().toString(36).slice(2, 8)}@partner.test`;
  const invited = await call("POST", `/v1/quotations/${quotationId}/partners`, { token: owner.token, body: { name, email } });
  if (invited.status !== 201) throw new Error(`invite failed: ${invited.status} ${invited.text}`);
  return { ...(invited.json as { partnerId: string; link: string; token: string }), name, email };
}

export async function postOffer(token: string, lines: Array<{ roomType: string; count: number; nightlyPrice: { amount: number; currency: string }; conditions?: string }>) {
  const posted = await call("POST", `/q-api/${token}/offers`, { body: { lines } });
  if (posted.status !== 201) throw new Error(`offer failed: ${posted.status} ${posted.text}`);
  return posted.json as { offers: Array<{ id: string }> };
}
