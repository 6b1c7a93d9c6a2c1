import { describe, expect, it } from "vitest";
import type { Partner, RoomItem, RoomState, Viewer } from "../../../shared/quotations/model";
import { eventsFrame, type LoggedEvent } from "../../../shared/quotations/frames";
import { snapshotFor, visibleTo } from "../../../shared/quotations/privacy";
import * as room from "../../../shared/quotations/room";

/** A small seeded generator: every run of a seed is the same room, so a failure is replayable by its seed. */
function generator(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]) => items[int(0, items.length - 1)]!;
  return { next, int, pick };
}

const NOW = Date.parse("2030-01-01T12:00:00Z");
const letters = (n: number, r: ReturnType<typeof generator>) => Array.from({ length: n }, () => "BCDFGHJKMNPQRSTVWXZ"[r.int(0, 18)]).join("");

function openRoom(r: ReturnType<typeof generator>): RoomState {
  return {
    id: "qtn_01JAAAAAAAAAAAAAAAAAAAAAAA",
    tenantId: "ten_01JBBBBBBBBBBBBBBBBBBBBBBB",
    tenantName: "Cabañas del Lago",
    request: {
      groupName: "Colegio San Martín",
      contact: { name: "Laura Gómez", email: "laura@example.test", phone: "+54 9 11 5555 0000" },
      checkIn: "2030-03-10",
      checkOut: `2030-03-${String(10 + r.int(1, 4)).padStart(2, "0")}`,
      people: 40,
      rooms: [
        { type: "double", count: 10 },
        { type: "quadruple", count: 5 },
      ],
      deadline: "2030-02-01T12:00:00Z",
      currency: "ARS",
      language: "es",
    },
    status: "open",
    partners: [],
    offers: [
      {
        id: "ofr_own",
        partnerId: null,
        status: "active",
        updatedAt: NOW,
        lines: [{ roomType: "double", count: 1, nightlyPrice: { amount: 4_000_000, currency: "ARS" }, total: { amount: 12_000_000, currency: "ARS" }, accommodationId: "acc_1", unitName: "Cabaña 1", sleeps: 2 }],
      },
    ],
    messages: [],
    composition: null,
    payments: [],
    booking: null,
    createdAt: NOW,
    updatedAt: NOW,
  };
}

interface Frame {
  viewer: Viewer;
  json: string;
}

/** Runs one random room: partners join, post, update and withdraw offers and write, while the operator composes and sends. */
function simulate(seed: number) {
  const r = generator(seed);
  let state = openRoom(r);
  const frames: Frame[] = [];
  const partners: Partner[] = [];
  const usedPrices = new Set<number>();
  let markupValues: string[] = [];
  const revealedEver = new Set<string>();
  let offerCounter = 0;
  let messageCounter = 0;
  const viewers = (): Viewer[] => [{ role: "client" }, ...partners.map((p) => ({ role: "partner" as const, partnerId: p.id }))];
  // Events go out as the room sends them: several changes' events in one frame per viewer.
  let seq = 0;
  let unsent: LoggedEvent[] = [];
  const flush = () => {
    for (const viewer of viewers()) {
      const frame = eventsFrame(viewer, unsent);
      if (frame) frames.push({ viewer, json: frame });
    }
    unsent = [];
  };

  const apply = (result: room.Applied) => {
    if (!result.ok) return;
    state = result.state;
    for (const item of result.items) unsent.push({ seq: ++seq, at: NOW, item, json: JSON.stringify(item) });
    if (r.next() < 0.4) flush();
    // Every REST answer is a snapshot through the same filter.
    for (const viewer of viewers()) frames.push({ viewer, json: JSON.stringify(snapshotFor(viewer, state, 0)) });
  };
  const price = () => {
    let amount: number;
    do amount = r.int(1_000_000, 9_999_999) * 10 + 3;
    while (usedPrices.has(amount));
    usedPrices.add(amount);
    return { amount, currency: "ARS" };
  };

  const steps = r.int(15, 45);
  for (let step = 0; step < steps; step++) {
    const roll = r.next();
    if (partners.length < 2 || roll < 0.12) {
      const partner: Partner = { id: `ptn_${letters(20, r)}`, name: `Hostería ${letters(8, r)}`, email: `${letters(10, r).toLowerCase()}@partner.test`, language: "es" };
      const before = state.partners.length;
      apply(room.invitePartner(state, partner, NOW));
      if (state.partners.length > before) partners.push(partner);
    } else if (roll < 0.45) {
      const partner = r.pick(partners);
      const own = state.offers.filter((o) => o.partnerId === partner.id && o.status === "active");
      const offerId = own.length > 0 && r.next() < 0.4 ? r.pick(own).id : `ofr_${partner.id.slice(4, 10)}${offerCounter++}`;
      const lines = Array.from({ length: r.int(1, 3) }, () => ({ roomType: r.pick(["double", "quadruple", "triple"]), count: r.int(1, 8), nightlyPrice: price(), conditions: `cond ${letters(6, r)}` }));
      apply(room.postOffer(state, { offerId, partnerId: partner.id, lines }, NOW));
    } else if (roll < 0.55) {
      const partner = r.pick(partners);
      const own = state.offers.filter((o) => o.partnerId === partner.id && o.status === "active");
      if (own.length > 0) apply(room.withdrawOffer(state, { offerId: r.pick(own).id, partnerId: partner.id }, NOW));
    } else if (roll < 0.7) {
      const fromPartner = r.next() < 0.5;
      const partner = r.pick(partners);
      const text = `mensaje ${letters(12, r)}`;
      const message = fromPartner
        ? { id: `msg_${messageCounter++}`, from: { kind: "partner" as const, partnerId: partner.id }, to: null, text, at: NOW }
        : { id: `msg_${messageCounter++}`, from: { kind: "operator" as const }, to: r.next() < 0.3 ? null : partner.id, text, at: NOW };
      apply(room.postMessage(state, message, NOW));
    } else {
      const active = state.offers.filter((o) => o.status === "active");
      const picks = active.flatMap((offer) => offer.lines.map((_, lineIndex) => ({ offerId: offer.id, lineIndex }))).filter(() => r.next() < 0.6);
      if (picks.length === 0) continue;
      const markup =
        r.next() < 0.5 ? ({ kind: "percent", percent: (r.int(100, 4999) * 10 + 7) / 1000 } as const) : ({ kind: "per_room_night", amount: { amount: r.int(100_000, 999_999) * 10 + 7, currency: "ARS" } } as const);
      markupValues = [markup.kind === "percent" ? String(markup.percent) : String(markup.amount.amount)];
      const reveal = partners.filter(() => r.next() < 0.3).map((p) => p.id);
      for (const id of reveal) revealedEver.add(id);
      apply(room.compose(state, { lines: picks, markup, depositPercent: 30, revealPartnerIds: reveal }, NOW));
      if (r.next() < 0.5) apply(room.send(state, NOW));
      if (state.composition) markupValues.push(String(state.composition.price.amount), String(state.composition.margin.amount));
      for (const value of markupValues) frames.push({ viewer: { role: "operator" }, json: value });
    }
  }
  flush();
  return { state, frames, partners, revealedEver };
}

/** Every number a partner's offers carry (nightly prices and totals), per partner. */
function pricesByPartner(state: RoomState) {
  const byPartner = new Map<string, Set<string>>();
  for (const offer of state.offers) {
    if (!offer.partnerId) continue;
    const set = byPartner.get(offer.partnerId) ?? new Set<string>();
    for (const line of offer.lines) {
      set.add(String(line.nightlyPrice.amount));
      set.add(String(line.total.amount));
    }
    byPartner.set(offer.partnerId, set);
  }
  return byPartner;
}

const numbersIn = (json: string) => new Set(json.match(/\d+(?:\.\d+)?/g) ?? []);

describe("price privacy, as a property of random rooms", () => {
  it("no frame or answer to a partner names another partner or carries their prices or the markup; none to the client carries a cost", () => {
    let framesChecked = 0;
    const leaks: string[] = [];
    for (let seed = 1; seed <= 200; seed++) {
      const { state, frames, partners, revealedEver: revealed } = simulate(seed);
      const prices = pricesByPartner(state);
      const markupNumbers = frames.filter((f) => f.viewer.role === "operator").map((f) => f.json);
      const leak = (frame: Frame, what: string) => leaks.push(`seed ${seed}, ${frame.viewer.role}: ${what} in ${frame.json.slice(0, 200)}`);
      for (const frame of frames) {
        if (frame.viewer.role === "operator") continue;
        framesChecked++;
        const numbers = numbersIn(frame.json);
        if (/"markup"|"margin"|"price"/.test(frame.json)) leak(frame, "a markup, margin or price field");
        if (frame.viewer.role === "partner") {
          const me = frame.viewer.partnerId;
          if (/"contact"|laura@example\.test|5555 0000/.test(frame.json)) leak(frame, "the group's contact");
          for (const value of markupNumbers) if (numbers.has(value)) leak(frame, `the markup figure ${value}`);
          for (const other of partners) {
            if (other.id === me) continue;
            if (frame.json.includes(other.id) || frame.json.includes(other.name)) leak(frame, `another partner (${other.name})`);
            for (const value of prices.get(other.id) ?? []) if (numbers.has(value)) leak(frame, `${other.name}'s price ${value}`);
          }
        } else {
          if (/"nightlyCost"|"nightlyPrice"|"cost"|"partnerId"|ptn_/.test(frame.json)) leak(frame, "a cost field or a partner id");
          for (const other of partners) {
            if (!revealed.has(other.id) && frame.json.includes(other.name)) leak(frame, `an unrevealed partner (${other.name})`);
            for (const value of prices.get(other.id) ?? []) if (numbers.has(value)) leak(frame, `the cost ${value}`);
          }
        }
      }
    }
    expect(leaks.slice(0, 5)).toEqual([]);
    expect(framesChecked).toBeGreaterThan(5000);
  }, 60_000);

  it("the operator sees every partner, every offer and the markup", () => {
    const { state, partners } = simulate(7);
    const view = snapshotFor({ role: "operator" }, state, 0);
    expect(view.partners.map((p) => p.id).sort()).toEqual(partners.map((p) => p.id).sort());
    expect(view.offers).toHaveLength(state.offers.length);
  });

  it("a withdrawn offer still reaches only its own partner", () => {
    const item: RoomItem = { kind: "offer", offer: { id: "ofr_x", partnerId: "ptn_A", lines: [], status: "withdrawn", updatedAt: NOW } as never };
    expect(visibleTo({ role: "partner", partnerId: "ptn_A" }, item)).toEqual(item);
    expect(visibleTo({ role: "partner", partnerId: "ptn_B" }, item)).toBeNull();
    expect(visibleTo({ role: "client" }, item)).toBeNull();
  });

  it("the client sees a package only once it is sent, with the markup in and a partner's name only when revealed", () => {
    const r = generator(3);
    let state = openRoom(r);
    const partner: Partner = { id: "ptn_ONE", name: "Hostería Uno", email: "uno@partner.test", language: "es" };
    const step = (result: room.Applied) => {
      if (!result.ok) throw new Error(result.code);
      state = result.state;
      return result.items;
    };
    step(room.invitePartner(state, partner, NOW));
    step(room.postOffer(state, { offerId: "ofr_1", partnerId: partner.id, lines: [{ roomType: "double", count: 2, nightlyPrice: { amount: 5_000_000, currency: "ARS" } }] }, NOW));
    const composed = step(room.compose(state, { lines: [{ offerId: "ofr_1", lineIndex: 0 }], markup: { kind: "percent", percent: 20 }, depositPercent: 30 }, NOW));
    expect(composed.map((item) => visibleTo({ role: "client" }, item)).filter((item) => item?.kind === "composition")).toEqual([]);
    const sent = step(room.send(state, NOW));
    const clientView = sent.map((item) => visibleTo({ role: "client" }, item)).find((item) => item?.kind === "composition");
    const nights = room.nightsOf(state);
    expect(clientView).toEqual({
      kind: "composition",
      composition: {
        view: "client",
        clientPackage: {
          nights,
          rooms: [{ roomType: "double", count: 2, lodging: null, total: { amount: 5_000_000 * 2 * nights * 1.2, currency: "ARS" } }],
          total: { amount: 5_000_000 * 2 * nights * 1.2, currency: "ARS" },
          deposit: { amount: 5_000_000 * 2 * nights * 1.2 * 0.3, currency: "ARS" },
        },
      },
    });
  });
});
