import { describe, expect, it } from "vitest";
import { eventsFrame, type LoggedEvent } from "../../../shared/quotations/frames";
import type { Offer, RoomItem } from "../../../shared/quotations/model";

const offer = (id: string, partnerId: string | null, amount: number): Offer => ({
  id,
  partnerId,
  lines: [{ roomType: "double", count: 2, nightlyPrice: { amount, currency: "ARS" }, total: { amount: amount * 6, currency: "ARS" } }],
  status: "active",
  updatedAt: 1,
});
const logged = (seq: number, item: RoomItem): LoggedEvent => ({ seq, at: 1_000 + seq, item, json: JSON.stringify(item) });

const burst = [
  logged(7, { kind: "offer", offer: offer("ofr_a", "ptn_a", 4_500_001) }),
  logged(8, { kind: "offer", offer: offer("ofr_b", "ptn_b", 9_800_007) }),
  logged(9, { kind: "status", status: "composed" }),
  logged(10, { kind: "offer", offer: offer("ofr_a2", "ptn_a", 4_600_003) }),
];

describe("a frame of room events", () => {
  it("carries, in sequence order, every event the viewer may see and nothing else", () => {
    const operator = JSON.parse(eventsFrame({ role: "operator" }, burst)!);
    expect(operator.type).toBe("events");
    expect(operator.events.map((e: { seq: number }) => e.seq)).toEqual([7, 8, 9, 10]);
    expect(operator.events[1]).toEqual({ seq: 8, at: 1_008, item: burst[1]!.item });

    const a = eventsFrame({ role: "partner", partnerId: "ptn_a" }, burst)!;
    expect(JSON.parse(a).events.map((e: { seq: number }) => e.seq)).toEqual([7, 9, 10]);
    expect(a).not.toMatch(/ptn_b|9800007|ofr_b/);
  });

  it("is null for a viewer who may see none of the events, so nothing is sent", () => {
    expect(eventsFrame({ role: "partner", partnerId: "ptn_c" }, burst.filter((e) => e.item.kind === "offer"))).toBeNull();
    expect(eventsFrame({ role: "client" }, burst.filter((e) => e.item.kind === "offer"))).toBeNull();
    expect(eventsFrame({ role: "operator" }, [])).toBeNull();
  });

  it("refuses events out of order or repeated, which would make a client skip or see twice", () => {
    expect(() => eventsFrame({ role: "operator" }, [burst[1]!, burst[0]!])).toThrow(/out of order/);
    expect(() => eventsFrame({ role: "operator" }, [burst[0]!, burst[0]!])).toThrow(/out of order/);
  });

  it("shows a filtered item as the filter made it, not the log's JSON", () => {
    const request: RoomItem = {
      kind: "request",
      request: { groupName: "Colegio", contact: { name: "Laura", email: "laura@colegio.test" }, checkIn: "2030-03-01", checkOut: "2030-03-04", people: 40, rooms: [{ type: "double", count: 20 }], deadline: "2030-02-20T00:00:00.000Z", currency: "ARS" },
    } as RoomItem;
    const frame = eventsFrame({ role: "partner", partnerId: "ptn_a" }, [logged(1, request)])!;
    expect(frame).toContain("Colegio");
    expect(frame).not.toContain("laura@colegio.test");
  });
});
