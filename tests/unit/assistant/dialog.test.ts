import { describe, expect, it } from "vitest";
import { freshState, nextStep, presentSearch, SESSION_IDLE_MS, type DialogState, type GuestContact, type Offer, type Understanding } from "../../../shared/assistant/dialog";
import { parseMessage } from "../../../shared/nlu/index";

const NOW = Date.parse("2026-11-22T13:00:00Z");
const TODAY = "2026-11-22";
const understood = (partial: Partial<Understanding>): Understanding => ({ intent: "fallback", lang: "es", checkIn: null, checkOut: null, guests: null, unitType: null, amenities: [], ...partial });
/** What the parser makes of `text`, as the agent passes it. */
const parsed = (text: string, lang?: "es" | "pt" | "en"): Understanding => {
  const p = parseMessage(text, { now: new Date(NOW), timeZone: "America/Argentina/Buenos_Aires" });
  return { ...p, lang: lang ?? p.lang };
};
const turn = (state: DialogState, text: string, lang?: "es" | "pt" | "en") => nextStep(state, parsed(text, lang), text, NOW, TODAY);

const offer = (partial: Partial<Offer> & Pick<Offer, "accommodationId" | "name">): Offer => ({
  kind: "cabana",
  capacity: 4,
  checkIn: "2027-01-05",
  checkOut: "2027-01-08",
  nightly: 4_500_000,
  total: 13_500_000,
  deposit: 4_050_000,
  depositPercent: 30,
  currency: "ARS",
  ...partial,
});
const ROBLES = offer({ accommodationId: "acc_robles", name: "Cabaña Robles" });
const ARRAYAN = offer({ accommodationId: "acc_arrayan", name: "Cabaña Arrayán", capacity: 6, total: 18_000_000, nightly: 6_000_000, deposit: 5_400_000 });
const DEPTO = offer({ accommodationId: "acc_depto", name: "Depto Lago", kind: "departamento", capacity: 4, total: 9_000_000, nightly: 3_000_000, deposit: 2_700_000 });
const CASA = offer({ accommodationId: "acc_casa", name: "Casa del Bosque", kind: "casa", capacity: 8, total: 24_000_000, nightly: 8_000_000, deposit: 7_200_000 });

/** A WhatsApp-like guest (name and phone known) with 4 people, 5 → 8/1 on the table and `offers` shown. */
function offered(offers: Offer[], lang: "es" | "pt" | "en" = "es", guest: GuestContact = { name: "Ana", phone: "+5491100000001", email: null }): DialogState {
  const asked = { ...freshState(lang), guest, lastActivityAt: NOW, slots: { checkIn: "2027-01-05", checkOut: "2027-01-08", guests: 4, unitType: null, amenities: [] } };
  return presentSearch(asked, { kind: "offers", offers, checkIn: "2027-01-05", checkOut: "2027-01-08", quoted: false }, 30).state;
}

describe("booking dialog", () => {
  it("greets, then asks only for what is missing, one step per message", () => {
    let { state, step } = nextStep(freshState(), understood({ intent: "saludo" }), "hola!", NOW, TODAY);
    expect(step).toEqual({ kind: "greet" });
    ({ state, step } = nextStep(state, understood({ intent: "disponibilidad", guests: 4 }), "tenes lugar para 4?", NOW, TODAY));
    expect(step).toEqual({ kind: "say", text: expect.stringContaining("fechas") });
    expect(state.slots.guests).toBe(4);
    ({ state, step } = nextStep(state, understood({ intent: "disponibilidad", checkIn: "2027-01-05", checkOut: "2027-01-08" }), "del 5 al 8/1", NOW, TODAY));
    expect(step).toEqual({ kind: "search", checkIn: "2027-01-05", checkOut: "2027-01-08", guests: 4, unitType: null, amenities: [] });
  });

  it("asks for guests when only dates are known, in the guest's language", () => {
    const { step } = nextStep(freshState(), understood({ intent: "disponibilidad", lang: "pt", checkIn: "2027-01-05", checkOut: "2027-01-08" }), "tem vaga de 5 a 8/1?", NOW, TODAY);
    expect(step).toEqual({ kind: "say", text: expect.stringContaining("Quantas pessoas") });
  });

  it("forgets the slots after 12 idle hours", () => {
    const { state } = nextStep(freshState(), understood({ intent: "disponibilidad", guests: 3, checkIn: "2027-01-05", checkOut: "2027-01-08" }), "x", NOW, TODAY);
    const later = nextStep(state, understood({ intent: "disponibilidad" }), "y tenes lugar?", NOW + SESSION_IDLE_MS + 1, TODAY);
    expect(later.state.slots).toMatchObject({ checkIn: null, guests: null });
    expect(later.step).toEqual({ kind: "say", text: expect.stringContaining("fechas") });
    const soon = nextStep(state, understood({ intent: "precio" }), "cuanto sale?", NOW + 60_000, TODAY);
    expect(soon.step.kind).toBe("search");
  });

  it("answers questions about the place without losing the booking in progress", () => {
    const { state } = nextStep(freshState(), understood({ intent: "disponibilidad", guests: 2 }), "x", NOW, TODAY);
    const info = nextStep(state, understood({ intent: "servicios", amenities: ["pileta"] }), "tiene pileta?", NOW, TODAY);
    expect(info.step).toEqual({ kind: "info", topic: "servicios" });
    expect(info.state.slots).toMatchObject({ guests: 2, amenities: ["pileta"] });
  });

  it("hands over to a person on request, on complaints and on booking changes", () => {
    for (const intent of ["hablar_humano", "queja", "cancelar_modificar"]) {
      expect(nextStep(freshState(), understood({ intent }), "x", NOW, TODAY).step.kind).toBe("escalate");
    }
  });
});

describe("item 1: choosing an offer in the guest's own words", () => {
  const holds = (state: DialogState, text: string, lang?: "es" | "pt" | "en") => {
    const { step } = turn(state, text, lang);
    return step.kind === "hold" ? step.offer.accommodationId : step;
  };

  it("one unit offered is proposed, so its name, its kind or a plain yes holds it (the design's ideal flow)", () => {
    const state = offered([ROBLES]);
    for (const text of ["Cabaña", "cabaña", "Robles", "la de robles porfa", "dale", "sí", "ok", "va", "perfecto", "👍", "me quedo con la cabaña", "1", "la primera"]) {
      expect(holds(state, text), text).toBe("acc_robles");
    }
    expect(holds(offered([ROBLES], "pt"), "sim", "pt")).toBe("acc_robles");
    expect(holds(offered([ROBLES], "en"), "yes", "en")).toBe("acc_robles");
  });

  it("several offers: by number, ordinal, name or part of it, kind, cheapest or biggest", () => {
    const state = offered([ROBLES, DEPTO, ARRAYAN]);
    const cases: Array<[string, string, ("es" | "pt" | "en")?]> = [
      ["2", "acc_depto"],
      ["la 3", "acc_arrayan"],
      ["opción 1", "acc_robles"],
      ["la segunda", "acc_depto"],
      ["la última", "acc_arrayan"],
      ["the second", "acc_depto", "en"],
      ["a segunda", "acc_depto", "pt"],
      ["la arrayán porfa", "acc_arrayan"],
      ["Robles", "acc_robles"],
      ["me quedo con el depto", "acc_depto"],
      ["the apartment please", "acc_depto", "en"],
      ["la más barata", "acc_depto"],
      ["la más grande", "acc_arrayan"],
      ["the cheapest one", "acc_depto", "en"],
    ];
    for (const [text, id, lang] of cases) expect(holds(state, text, lang), text).toBe(id);
    expect(holds(offered([ROBLES, CASA], "pt"), "quero a casa", "pt")).toBe("acc_casa");
  });

  it("a kind none of the offers is gets a plain 'none of those free', naming what there is, and the offers stay", () => {
    const pt = turn(offered([ROBLES], "pt"), "quero a casa", "pt");
    expect(pt.step).toEqual({ kind: "say", text: "Para essas datas não tenho casa livre; o que tenho é Cabaña Robles. Quer que eu reserve?" });
    // The offer is still on the table: a yes holds it.
    expect(turn(pt.state, "sim", "pt").step).toMatchObject({ kind: "hold", offer: { accommodationId: "acc_robles" } });
    const es = turn(offered([ROBLES, ARRAYAN]), "tenés algún depto?");
    expect(es.step).toEqual({ kind: "say", text: "Para esas fechas no tengo departamento libre; lo que tengo es Cabaña Robles o Cabaña Arrayán. ¿Cuál querés?" });
    expect(turn(offered([DEPTO], "en"), "I'd prefer a cabin", "en").step).toEqual({
      kind: "say",
      text: "I have no cabin free for those dates; what I have is Depto Lago. Shall I hold it?",
    });
  });

  it("an ambiguous choice gets one short question naming the candidates, and never a loop", () => {
    const state = offered([ROBLES, DEPTO, ARRAYAN]);
    const asked = turn(state, "la cabaña");
    expect(asked.step).toEqual({ kind: "say", text: "¿Cuál querés: Cabaña Robles o Cabaña Arrayán?" });
    // Positions now count among the two named.
    const picked = turn(asked.state, "la segunda");
    expect(picked.step).toMatchObject({ kind: "hold", offer: { accommodationId: "acc_arrayan" } });
    // Still unclear after the question: a person, not the same question again.
    const again = turn(asked.state, "dale");
    expect(again.step).toMatchObject({ kind: "escalate" });
    expect(turn(state, "dale").step).toEqual({ kind: "say", text: "¿Cuál querés: Cabaña Robles, Depto Lago o Cabaña Arrayán?" });
  });

  it("a number out of range asks once which option, then a person takes over instead of asking again", () => {
    const state = offered([ROBLES, DEPTO]);
    const first = turn(state, "7");
    expect(first.step).toEqual({ kind: "say", text: expect.stringContaining("2 opciones") });
    expect(turn(first.state, "7").step.kind).toBe("escalate");
    expect(turn(first.state, "2").step).toMatchObject({ kind: "hold", offer: { accommodationId: "acc_depto" } });
  });
});

describe("item 9: who the guest is", () => {
  it("asks a web chat visitor for a name and a phone or email before holding, then holds with them", () => {
    const state = offered([ROBLES], "es", { name: null, phone: null, email: null });
    const ask = turn(state, "dale");
    expect(ask.step).toEqual({ kind: "say", text: expect.stringContaining("nombre") });
    const name = turn(ask.state, "Ana Pérez");
    expect(name.step).toEqual({ kind: "say", text: expect.stringContaining("teléfono o email") });
    const held = turn(name.state, "ana@example.com");
    expect(held.step).toEqual({ kind: "hold", offer: ROBLES, guests: 4, guest: { name: "Ana Pérez", phone: null, email: "ana@example.com" } });
  });

  it("answers a bare agreement to the contact question with what is still missing, not the same question", () => {
    for (const [lang, agree, expected] of [
      ["es", "Dale!", "¡Genial! Para guardártela solo me falta un teléfono o email 📝"],
      ["pt", "sim", "Ótimo! Para eu segurar só falta um telefone ou e-mail 📝"],
      ["en", "ok", "Great! To hold it I just need a phone number or email 📝"],
    ] as const) {
      const state = offered([ROBLES], lang, { name: "Ana", phone: null, email: null });
      const asked = turn(state, "1", lang);
      expect(asked.step).toEqual({ kind: "say", text: expect.stringContaining("Ana") });
      expect(turn(asked.state, agree, lang).step).toEqual({ kind: "say", text: expected });
    }
  });

  it("asks at most twice, then holds with what it has", () => {
    const state = offered([ROBLES], "es", { name: null, phone: null, email: null });
    let next = turn(state, "dale");
    next = turn(next.state, "no sé");
    expect(next.step.kind).toBe("say");
    next = turn(next.state, "no sé");
    expect(next.step).toMatchObject({ kind: "hold", guest: { name: null } });
  });
});

describe("item 4: follow-ups relative to the dates on the table", () => {
  const onTable = () => offered([ROBLES]);
  const searched = (text: string, state = onTable()) => {
    const { step } = turn(state, text);
    return step.kind === "search" ? [step.checkIn, step.checkOut, step.guests] : step;
  };

  it("shifts, new ends and a new party size search again", () => {
    expect(searched("y una semana después?")).toEqual(["2027-01-12", "2027-01-15", 4]);
    expect(searched("y el finde siguiente?")).toEqual(["2027-01-12", "2027-01-15", 4]);
    expect(searched("mejor desde el 6")).toEqual(["2027-01-06", "2027-01-08", 4]);
    expect(searched("hasta el 10 mejor")).toEqual(["2027-01-05", "2027-01-10", 4]);
    expect(searched("y para 2?")).toEqual(["2027-01-05", "2027-01-08", 2]);
    expect(searched("y del 12 al 15?")).toEqual(["2027-01-12", "2027-01-15", 4]);
  });

  it("a month alone asks for the days, and the next bare range completes it", () => {
    const first = turn(freshState(), "quiero ir en enero con mi familia, somos 4");
    expect(first.step).toEqual({ kind: "say", text: expect.stringContaining("días de enero") });
    const second = turn(first.state, "del 25 al 30");
    expect(second.step).toMatchObject({ kind: "search", checkIn: "2027-01-25", checkOut: "2027-01-30", guests: 4 });
  });
});

describe("item 6: quotes and deposits in place", () => {
  it("a price question naming dates is quoted without asking the party size", () => {
    const { step } = turn(freshState(), "cuánto sale el depto del 3 al 5 de febrero?");
    expect(step).toEqual({ kind: "search", checkIn: "2027-02-03", checkOut: "2027-02-05", guests: null, unitType: "departamento", amenities: [] });
  });

  it("a deposit question after an offer gets the amount and percent", () => {
    const { step } = turn(offered([ROBLES]), "y la seña cuánto es?");
    expect(step).toEqual({ kind: "say", text: "La seña es del 30%: $40.500 para Cabaña Robles (total $135.000). ¿Te la reservo?" });
  });

  it("a quoted unit chosen without a party size asks for it, then holds", () => {
    const quoted = presentSearch({ ...freshState(), guest: { name: "Ana", phone: "+54911", email: null } }, { kind: "offers", offers: [DEPTO], checkIn: "2027-01-05", checkOut: "2027-01-08", quoted: true }, 30);
    expect(quoted.text).toContain("hasta 4 personas");
    const ask = turn(quoted.state, "dale");
    expect(ask.step).toEqual({ kind: "say", text: expect.stringContaining("Cuántas personas") });
    expect(turn(ask.state, "somos 3").step).toMatchObject({ kind: "hold", guests: 3, offer: { accommodationId: "acc_depto" } });
  });
});

describe("items 3 and 5: rules and nothing free, said with what would work", () => {
  it("the minimum stay is named with dates that fit, and a yes holds them", () => {
    const longer = offer({ accommodationId: "acc_robles", name: "Cabaña Robles", checkIn: "2026-12-18", checkOut: "2026-12-20", total: 9_000_000 });
    const shown = presentSearch(freshState(), { kind: "minStay", nights: 2, offer: longer }, 30);
    expect(shown.text).toMatch(/^El mínimo es de 2 noches: ¿te sirve del 18 al 20\/12\?/);
    const state = { ...shown.state, slots: { ...shown.state.slots, guests: 2 }, guest: { name: "Ana", phone: "+54911", email: null } };
    expect(turn(state, "dale").step).toMatchObject({ kind: "hold", offer: { checkIn: "2026-12-18", checkOut: "2026-12-20" } });
  });

  it("alternatives carry their own dates and price; nothing at all offers a person, and a yes hands over", () => {
    const later = offer({ accommodationId: "acc_robles", name: "Cabaña Robles", checkIn: "2027-01-06", checkOut: "2027-01-09" });
    const shown = presentSearch(freshState(), { kind: "alternatives", offers: [later, DEPTO], checkIn: "2027-01-05", checkOut: "2027-01-08" }, 30);
    expect(shown.text).toContain("1. Cabaña Robles del 6 al 9/1: $45.000/noche (total $135.000)");
    expect(shown.text).toContain("2. Depto Lago del 5 al 8/1");
    const none = presentSearch(freshState(), { kind: "nothing", checkIn: "2027-01-05", checkOut: "2027-01-08" }, 30);
    expect(none.text).toContain("del 5 al 8/1");
    expect(turn(none.state, "si dale").step).toMatchObject({ kind: "escalate" });
  });

  it("a party larger than any unit is told the largest size", () => {
    expect(presentSearch(freshState(), { kind: "overCapacity", guests: 12, largest: 8 }, 30).text).toContain("la unidad más grande es para 8");
  });
});

describe("item 2: every language whole", () => {
  it("offers in pt and en carry no Spanish, with their own money and dates", () => {
    const pt = presentSearch(freshState("pt"), { kind: "offers", offers: [ROBLES, DEPTO], checkIn: "2027-01-05", checkOut: "2027-01-08", quoted: false }, 30).text;
    expect(pt).toContain("De 5 a 8/1 tenho:");
    expect(pt).toContain("$45.000/noite (total $135.000)");
    expect(pt).not.toMatch(/noche|en total|Respondé/);
    const en = presentSearch(freshState("en"), { kind: "offers", offers: [ROBLES], checkIn: "2027-01-05", checkOut: "2027-01-08", quoted: false }, 30).text;
    expect(en).toBe("For Jan 5 to 8 we have Cabaña Robles: $45,000/night (total $135,000). Shall I hold it for you for 30 min?");
  });
});
