import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { call } from "../support/api";
import { openSocket, type TestSocket } from "../support/sockets";
import { ars, invitePartner, openQuotation, postOffer } from "../support/quotations";
import { createTenant, type TestTenant } from "../support/tenant";

type Frame = { type: string; seq: number; item?: { kind: string; offer?: { partnerId: string | null }; status?: string } };

async function operatorSocket(owner: TestTenant, quotationId: string, after?: number) {
  const ticket = await call("POST", "/v1/live/tickets", { token: owner.token });
  const query = new URL(ticket.json.url).search + (after === undefined ? "" : `&after=${after}`);
  return openSocket(`/v1/quotations/${quotationId}/live${query}`);
}

const events = (socket: TestSocket) => socket.received.filter((f): f is Frame => typeof f === "object" && (f as Frame).type === "event");
const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

describe("the live room", () => {
  it("fans each offer out as it comes, filtered per viewer, and replays what a reconnecting partner missed, filtered the same way", async () => {
    const owner = await createTenant();
    const quotation = await openQuotation(owner);
    const a = await invitePartner(owner, quotation.id, "Hostería Alfa");
    const b = await invitePartner(owner, quotation.id, "Hostería Beta");

    const operator = (await operatorSocket(owner, quotation.id)).socket!;
    const hello = await operator.next<{ seq: number }>((f) => f.type === "hello");
    const aSocket = (await openSocket(`/q-api/${a.token}/live`)).socket!;
    const aHello = await aSocket.next<{ seq: number }>((f) => f.type === "hello");
    // Alfa replays from the start: the request (without the contact), its own invitation, the status; never Beta.
    expect(JSON.stringify(aSocket.received)).not.toMatch(/Beta|laura@colegio/);
    expect(aHello.seq).toBe(hello.seq);

    await postOffer(a.token, [{ roomType: "double", count: 3, nightlyPrice: ars(4_500_001) }]);
    await operator.next((f) => f.type === "event" && (f.item as Frame["item"])?.kind === "offer");
    const aOffer = await aSocket.next<Frame>((f) => f.type === "event" && (f.item as Frame["item"])?.kind === "offer");
    expect(aOffer.item!.offer!.partnerId).toBe(a.partnerId);

    // Alfa goes offline; Beta posts, the operator writes to Alfa and to Beta.
    const lastSeen = aOffer.seq;
    aSocket.close();
    await postOffer(b.token, [{ roomType: "quadruple", count: 2, nightlyPrice: ars(9_800_007) }]);
    await call("POST", `/v1/quotations/${quotation.id}/messages`, { token: owner.token, body: { to: b.partnerId, text: "solo para Beta" } });
    await call("POST", `/v1/quotations/${quotation.id}/messages`, { token: owner.token, body: { to: a.partnerId, text: "solo para Alfa" } });
    await operator.next((f) => f.type === "event" && JSON.stringify(f).includes("solo para Alfa"));

    const back = (await openSocket(`/q-api/${a.token}/live?after=${lastSeen}`)).socket!;
    const backHello = await back.next<{ seq: number }>((f) => f.type === "hello");
    await settle();
    const replayed = events(back);
    expect(replayed.map((f) => f.item!.kind)).toEqual(["message"]);
    expect(JSON.stringify(replayed)).toContain("solo para Alfa");
    expect(JSON.stringify(back.received)).not.toMatch(/Beta|9800007|solo para Beta/);
    expect(backHello.seq).toBeGreaterThan(lastSeen);
    // The operator saw everything, in order, with increasing numbers.
    const seqs = events(operator).map((f) => f.seq);
    expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
    expect(JSON.stringify(operator.received)).toMatch(/9800007/);
    // The operator reconnecting after the first number gets every later event again.
    const again = (await operatorSocket(owner, quotation.id, hello.seq)).socket!;
    await again.next((f) => f.type === "event" && JSON.stringify(f).includes("solo para Alfa"));
    expect(events(again).map((f) => f.seq)).toEqual(seqs.filter((seq) => seq > hello.seq));
    for (const socket of [operator, back, again]) socket.close();
    expect(await env.QUOTATIONS.get(env.QUOTATIONS.idFromName(quotation.id)).connectedSockets()).toBeGreaterThanOrEqual(0);
  });

  it("random offers, updates and withdrawals: no frame or answer to a partner carries another partner's id, name or price", async () => {
    const owner = await createTenant();
    const quotation = await openQuotation(owner);
    const partners: Awaited<ReturnType<typeof invitePartner>>[] = [];
    for (const name of ["Hostería Uno", "Hostería Dos", "Hostería Tres"]) partners.push(await invitePartner(owner, quotation.id, name));
    const sockets = await Promise.all(partners.map(async (p) => (await openSocket(`/q-api/${p.token}/live`)).socket!));
    const operator = (await operatorSocket(owner, quotation.id)).socket!;
    const prices = new Map<string, string[]>(partners.map((p) => [p.partnerId, []]));
    const answers = new Map<string, string[]>(partners.map((p) => [p.partnerId, []]));
    let seed = 12345;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const offerIds = new Map<string, string[]>(partners.map((p) => [p.partnerId, []]));
    for (let step = 0; step < 24; step++) {
      const partner = partners[Math.floor(random() * partners.length)]!;
      const mine = offerIds.get(partner.partnerId)!;
      const amount = 1_000_000 + Math.floor(random() * 8_000_000) * 10 + 9;
      prices.get(partner.partnerId)!.push(String(amount), String(amount * 2 * 3));
      const lines = [{ roomType: random() < 0.5 ? "double" : "quadruple", count: 2, nightlyPrice: ars(amount) }];
      const roll = random();
      let answer;
      if (mine.length > 0 && roll < 0.25) answer = await call("DELETE", `/q-api/${partner.token}/offers/${mine.pop()}`);
      else if (mine.length > 0 && roll < 0.5) answer = await call("PUT", `/q-api/${partner.token}/offers/${mine.at(-1)}`, { body: { lines } });
      else {
        answer = await call("POST", `/q-api/${partner.token}/offers`, { body: { lines } });
        mine.push(answer.json.offers.at(-1).id);
      }
      expect(answer.status, answer.text).toBeLessThan(300);
      answers.get(partner.partnerId)!.push(answer.text, (await call("GET", `/q-api/${partner.token}`)).text);
      if (step === 12) {
        const view = (await call("GET", `/v1/quotations/${quotation.id}`, { token: owner.token })).json;
        const picks = view.offers.filter((o: { status: string }) => o.status === "active").map((o: { id: string }) => ({ offerId: o.id, lineIndex: 0 }));
        expect((await call("POST", `/v1/quotations/${quotation.id}/compose`, { token: owner.token, body: { lines: picks, markup: { kind: "per_room_night", amount: ars(777_777) } } })).status).toBe(200);
      }
    }
    await operator.next((f) => f.type === "event" && (f.seq as number) >= 30, 5000).catch(() => null);
    await settle();
    partners.forEach((partner, index) => {
      const seen = JSON.stringify(sockets[index]!.received) + answers.get(partner.partnerId)!.join("");
      for (const other of partners) {
        if (other === partner) continue;
        expect(seen.includes(other.partnerId), `${partner.name} saw ${other.name}'s id`).toBe(false);
        expect(seen.includes(other.name), `${partner.name} saw ${other.name}'s name`).toBe(false);
        for (const price of prices.get(other.partnerId)!) expect(new RegExp(`\\b${price}\\b`).test(seen), `${partner.name} saw ${other.name}'s ${price}`).toBe(false);
      }
      expect(seen).not.toMatch(/777777|"markup"|"margin"/);
    });
    for (const socket of [...sockets, operator]) socket.close();
  });

  it("refuses a socket to staff, another tenant's ticket, a forged link, and a plain GET", async () => {
    const owner = await createTenant();
    const quotation = await openQuotation(owner);
    const partner = await invitePartner(owner, quotation.id, "Hostería Uno");
    const other = await createTenant();
    expect((await operatorSocket(other, quotation.id)).status).toBe(404);
    expect((await openSocket(`/v1/quotations/${quotation.id}/live?ticket=nope`)).status).toBe(401);
    expect((await openSocket(`/q-api/${partner.token.split(".")[0]}.${"B".repeat(32)}/live`)).status).toBe(404);
    expect((await openSocket(`/c-api/${partner.token}/live`)).status).toBe(404);
    expect((await call("GET", `/q-api/${partner.token}/live`)).status).toBe(426);
  });
});
