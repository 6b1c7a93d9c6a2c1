import { describe, expect, it } from "vitest";
import { freshState, nextStep, presentOffers, SESSION_IDLE_MS, type Understanding } from "../../../shared/assistant/dialog";

const NOW = Date.parse("2026-11-22T13:00:00Z");
const understood = (partial: Partial<Understanding>): Understanding => ({ intent: "fallback", lang: "es", checkIn: null, checkOut: null, guests: null, unitType: null, amenities: [], ...partial });

describe("booking dialog", () => {
  it("greets, then asks only for what is missing, one step per message", () => {
    let { state, step } = nextStep(freshState(), understood({ intent: "saludo" }), "hola!", NOW);
    expect(step).toEqual({ kind: "say", text: expect.stringContaining("fechas") });
    ({ state, step } = nextStep(state, understood({ intent: "disponibilidad", guests: 4 }), "tenes lugar para 4?", NOW));
    expect(step).toEqual({ kind: "say", text: expect.stringContaining("fechas") });
    expect(state.slots.guests).toBe(4);
    ({ state, step } = nextStep(state, understood({ intent: "disponibilidad", checkIn: "2027-01-05", checkOut: "2027-01-08" }), "del 5 al 8/1", NOW));
    expect(step).toEqual({ kind: "search", checkIn: "2027-01-05", checkOut: "2027-01-08", guests: 4, unitType: null, amenities: [] });
  });

  it("asks for guests when only dates are known, in the guest's language", () => {
    const { step } = nextStep(freshState(), understood({ intent: "disponibilidad", lang: "pt", checkIn: "2027-01-05", checkOut: "2027-01-08" }), "tem vaga de 5 a 8/1?", NOW);
    expect(step).toEqual({ kind: "say", text: expect.stringContaining("Quantas pessoas") });
  });

  it("offers up to three units, then holds the one the guest picks", () => {
    let { state } = nextStep(freshState(), understood({ intent: "reservar", checkIn: "2027-01-05", checkOut: "2027-01-08", guests: 2 }), "x", NOW);
    const offers = [
      { accommodationId: "acc_a", name: "Cabaña Coihue", nightly: "$100.000", total: "$300.000" },
      { accommodationId: "acc_b", name: "Depto Lago", nightly: "$80.000", total: "$240.000" },
    ];
    const shown = presentOffers(state, offers, "del 5 al 8/1");
    expect(shown.text).toContain("1. Cabaña Coihue: $100.000 por noche, $300.000 en total");
    state = shown.state;
    const picked = nextStep(state, understood({ intent: "reservar" }), "la 2", NOW + 60_000);
    expect(picked.step).toEqual({ kind: "hold", accommodationId: "acc_b", checkIn: "2027-01-05", checkOut: "2027-01-08", guests: 2 });
    expect(picked.state.offered).toEqual([]);
    const again = nextStep(shown.state, understood({}), "7", NOW);
    expect(again.step).toEqual({ kind: "say", text: expect.stringContaining("2 opciones") });
  });

  it("never answers a bare no: nothing free comes with a way forward", () => {
    const { text, state } = presentOffers(freshState("en"), [], "Jan 5–8");
    expect(text).toMatch(/move your dates|team/);
    expect(state.offered).toEqual([]);
  });

  it("hands over to a person on request, on complaints and on booking changes", () => {
    for (const intent of ["hablar_humano", "queja", "cancelar_modificar"]) {
      expect(nextStep(freshState(), understood({ intent }), "x", NOW).step.kind).toBe("escalate");
    }
  });

  it("forgets the slots after 12 idle hours", () => {
    const { state } = nextStep(freshState(), understood({ intent: "disponibilidad", guests: 3, checkIn: "2027-01-05", checkOut: "2027-01-08" }), "x", NOW);
    const later = nextStep(state, understood({ intent: "disponibilidad" }), "y tenes lugar?", NOW + SESSION_IDLE_MS + 1);
    expect(later.state.slots).toMatchObject({ checkIn: null, guests: null });
    expect(later.step).toEqual({ kind: "say", text: expect.stringContaining("fechas") });
    const soon = nextStep(state, understood({ intent: "precio" }), "cuanto sale?", NOW + 60_000);
    expect(soon.step.kind).toBe("search");
  });

  it("answers questions about the place without losing the booking in progress", () => {
    const { state } = nextStep(freshState(), understood({ intent: "disponibilidad", guests: 2 }), "x", NOW);
    const info = nextStep(state, understood({ intent: "servicios", amenities: ["pileta"] }), "tiene pileta?", NOW);
    expect(info.step).toEqual({ kind: "info", topic: "servicios" });
    expect(info.state.slots).toMatchObject({ guests: 2, amenities: ["pileta"] });
  });
});
