import { env, SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { BASE, call } from "../support/api";
import { openSocket, type TestSocket } from "../support/sockets";
import { ars, draftQuotation, invitePartner, openQuotation, postOffer } from "../support/quotations";
import { createTenant, type TestTenant } from "../support/tenant";

type Event = { seq: number; at: number; item: { kind: string; offer?: { id: string; partnerId: string | null; lines: Array<{ conditions?: string }> }; status?: string } };
type Frame = { type: string; seq?: number; events?: Event[] };

async function operatorSocket(owner: TestTenant, quotationId: string, after?: number) {
  const ticket = await call("POST", "/v1/live/tickets", { token: owner.token });
  const query = new URL(ticket.json.url).search + (after === undefined ? "" : `&after=${after}`);
  return openSocket(`/v1/quotations/${quotationId}/live${query}`);
}

/** Every event a socket received, frame after frame. */
const events = (socket: TestSocket) => socket.received.flatMap((f) => ((f as Frame).type === "events" ? (f as Frame).events! : []));
const eventFrames = (socket: TestSocket) => socket.received.filter((f) => (f as Frame).type === "events") as Frame[];
/** The first event (already received or still to come) that matches. */
async function nextEvent(socket: TestSocket, match: (event: Event) => boolean, timeoutMs?: number): Promise<Event> {
  const frame = await socket.next<Frame>((f) => f.type === "events" && (f as Frame).events!.some(match), timeoutMs);
  return frame.events!.find(match)!;
}
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
    await nextEvent(operator, (e) => e.item.kind === "offer");
    const aOffer = await nextEvent(aSocket, (e) => e.item.kind === "offer");
    expect(aOffer.item.offer!.partnerId).toBe(a.partnerId);

    // Alfa goes offline; Beta posts, the operator writes to Alfa and to Beta.
    const lastSeen = aOffer.seq;
    aSocket.close();
    await postOffer(b.token, [{ roomType: "quadruple", count: 2, nightlyPrice: ars(9_800_007) }]);
    await call("POST", `/v1/quotations/${quotation.id}/messages`, { token: owner.token, body: { to: b.partnerId, text: "solo para Beta" } });
    await call("POST", `/v1/quotations/${quotation.id}/messages`, { token: owner.token, body: { to: a.partnerId, text: "solo para Alfa" } });
    await nextEvent(operator, (e) => JSON.stringify(e).includes("solo para Alfa"));

    const back = (await openSocket(`/q-api/${a.token}/live?after=${lastSeen}`)).socket!;
    const backHello = await back.next<{ seq: number }>((f) => f.type === "hello");
    await settle();
    const replayed = events(back);
    expect(replayed.map((e) => e.item.kind)).toEqual(["message"]);
    expect(JSON.stringify(replayed)).toContain("solo para Alfa");
    expect(JSON.stringify(back.received)).not.toMatch(/Beta|9800007|solo para Beta/);
    expect(backHello.seq).toBeGreaterThan(lastSeen);
    // The operator saw everything, in order, with increasing numbers.
    const seqs = events(operator).map((e) => e.seq);
    expect(seqs).toEqual([...new Set(seqs)].sort((x, y) => x - y));
    expect(JSON.stringify(operator.received)).toMatch(/9800007/);
    // The operator reconnecting after the first number gets every later event again.
    const again = (await operatorSocket(owner, quotation.id, hello.seq)).socket!;
    await nextEvent(again, (e) => JSON.stringify(e).includes("solo para Alfa"));
    expect(events(again).map((e) => e.seq)).toEqual(seqs.filter((seq) => seq > hello.seq));
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
    await nextEvent(operator, (e) => e.seq >= 30, 5000).catch(() => null);
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

  it("a burst of offers reaches each socket in frames of events in sequence order, and a reconnect after a frame replays nothing twice", async () => {
    const owner = await createTenant();
    const quotation = await openQuotation(owner);
    const partners = await Promise.all(["Hostería Uno", "Hostería Dos", "Hostería Tres", "Hostería Cuatro"].map((name) => invitePartner(owner, quotation.id, name)));
    const operator = (await operatorSocket(owner, quotation.id)).socket!;
    const hello = await operator.next<{ seq: number }>((f) => f.type === "hello");
    const uno = (await openSocket(`/q-api/${partners[0]!.token}/live?after=${hello.seq}`)).socket!;
    await uno.next((f) => f.type === "hello");

    // Every partner posts twice, the four at once: the room takes the calls as they come and sends
    // what they committed together.
    await Promise.all(
      partners.map(async (p, index) => {
        for (const n of [1, 2]) await postOffer(p.token, [{ roomType: "double", count: 1, nightlyPrice: ars(5_000_000 + index * 10 + n), conditions: `burst-${index}-${n}` }]);
      }),
    );
    await nextEvent(operator, (e) => e.seq === hello.seq + 8);
    await settle();

    // (The socket opened without `after`, so its first frame replays the room's earlier events.)
    const frames = eventFrames(operator).filter((frame) => frame.events!.some((e) => e.seq > hello.seq));
    const seen = events(operator).filter((e) => e.seq > hello.seq);
    expect(seen.map((e) => e.seq)).toEqual(Array.from({ length: 8 }, (_, i) => hello.seq + 1 + i));
    for (const frame of eventFrames(operator)) expect(frame.events!.map((e) => e.seq)).toEqual([...frame.events!.map((e) => e.seq)].sort((x, y) => x - y));
    expect(frames.length).toBeLessThanOrEqual(8);
    // A partner's frames carry its own offers only, in order.
    const unos = events(uno);
    expect(unos.map((e) => e.item.offer!.lines[0]!.conditions)).toEqual(["burst-0-1", "burst-0-2"]);
    expect(unos.every((e) => e.item.offer!.partnerId === partners[0]!.partnerId)).toBe(true);

    // Reconnecting after the last number of any frame replays exactly the events after it, once each.
    for (const frame of frames) {
      const last = frame.events!.at(-1)!.seq;
      const again = (await operatorSocket(owner, quotation.id, last)).socket!;
      await again.next((f) => f.type === "hello");
      await settle();
      const replayed = events(again).map((e) => e.seq);
      expect(replayed).toEqual(seen.map((e) => e.seq).filter((seq) => seq > last));
      again.close();
    }

    // One command that makes two events (a partner invited into a draft opens it) sends them in one frame.
    const draft = await draftQuotation(owner);
    const watching = (await operatorSocket(owner, draft.id)).socket!;
    const draftHello = await watching.next<{ seq: number }>((f) => f.type === "hello");
    await invitePartner(owner, draft.id, "Hostería Cinco");
    const both = await watching.next<Frame>((f) => f.type === "events" && (f as Frame).events!.some((e) => e.seq > draftHello.seq));
    expect(both.events!.map((e) => e.item.kind)).toEqual(["partner", "status"]);
    expect(both.events!.map((e) => e.seq)).toEqual([draftHello.seq + 1, draftHello.seq + 2]);
    for (const socket of [operator, uno, watching]) socket.close();
  });

  it("agrees on no compression with a client offering permessage-deflate, as browsers do: each socket would deflate every frame again", async () => {
    const owner = await createTenant();
    const quotation = await openQuotation(owner);
    const partner = await invitePartner(owner, quotation.id, "Hostería Uno");
    const response = await SELF.fetch(`${BASE}/q-api/${partner.token}/live`, { headers: { upgrade: "websocket", "sec-websocket-extensions": "permessage-deflate; client_max_window_bits" } });
    expect(response.status).toBe(101);
    expect(response.headers.get("sec-websocket-extensions") ?? "").not.toMatch(/permessage-deflate/);
    response.webSocket!.accept();
    response.webSocket!.close(1000, "test done");
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
