import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { formatStay } from "../../../shared/assistant/format";
import { addDays } from "../../../shared/domain/dates";
import { parseMessage } from "../../../shared/nlu/index";
import { call } from "../support/api";
import { createAccommodation } from "../support/accommodations";
import { eventually } from "../support/calendar";
import { installFakeServices } from "../support/fake-services";
import type { FakeWhatsApp } from "../support/fake-whatsapp";
import { configurePayments } from "../support/payments";
import { createTenant, type TestTenant } from "../support/tenant";
import { connectWhatsApp, guestWrites } from "../support/whatsapp-guest";

let graph: FakeWhatsApp;
beforeEach(() => {
  ({ graph } = installFakeServices());
});
afterEach(() => vi.restoreAllMocks());

const texts = () => graph.sent.map((s) => (s.body.type === "text" ? (s.body.text.body as string) : `[template ${s.body.template.name}]`));
const FLAT = { weekendMultiplier: 1, holidayMultiplier: 1, holidays: "AR" };

/** A WhatsApp tenant with the given units; payments connected unless `gateway` is false. */
async function lodging(units: Array<Record<string, unknown>>, { gateway = true } = {}) {
  const tenant = await createTenant();
  if (gateway) await configurePayments(tenant);
  const phone = await connectWhatsApp(tenant);
  const ids: string[] = [];
  for (const unit of units) ids.push(await createAccommodation(tenant, { minStay: 1, pricing: FLAT, ...unit }));
  let replies = 0;
  /** The guest writes; resolves with the assistant's answer. */
  const ask = async (text: string) => {
    await guestWrites(phone, text);
    replies++;
    await eventually(async () => expect(texts().length).toBeGreaterThanOrEqual(replies));
    return texts()[replies - 1]!;
  };
  return { tenant, phone, ids, ask };
}

const reservationsOf = async (tenant: TestTenant) => (await call("GET", "/v1/reservations", { token: tenant.token })).json.data as Array<Record<string, unknown>>;
const conversationOf = async (tenant: TestTenant) => (await call("GET", "/v1/conversations", { token: tenant.token })).json.data[0];

describe("item 1: choosing in the guest's own words, on WhatsApp", () => {
  it("“la arrayán porfa” among two cabins holds that one; “la cabaña” among them asks once which", async () => {
    const { tenant, ask, ids } = await lodging([{ name: "Cabaña Coihue" }, { name: "Cabaña Arrayán" }]);
    expect(await ask("hola, tenes lugar del 10 al 13/3 para 2?")).toMatch(/^Del 10 al 13\/3 tengo:\n1\. Cabaña Coihue: .*\n2\. Cabaña Arrayán: .*\n¿Cuál te reservo\? Decime el número o el nombre 🙂$/);
    expect(await ask("la cabaña")).toBe("¿Cuál querés: Cabaña Coihue o Cabaña Arrayán?");
    expect(await ask("la arrayán porfa")).toMatch(/^¡Listo! Te guardo Cabaña Arrayán ⏳/);
    expect((await reservationsOf(tenant)).map((r) => r.accommodationId)).toEqual([ids[1]]);
  });
});

describe("questions in between", () => {
  it("an amenity question after the dates is answered without asking for the dates again, and the offers stay", async () => {
    const { ask } = await lodging([{ name: "Cabaña Coihue", amenities: ["wifi", "parrilla"] }, { name: "Cabaña Arrayán", amenities: ["wifi"] }]);
    expect(await ask("hola, tenes lugar del 10 al 13/3 para 2?")).toMatch(/^Del 10 al 13\/3 tengo:/);
    expect(await ask("tienen wifi?")).toBe("¡Sí! Tenemos wifi ✨");
    expect(await ask("la arrayán")).toMatch(/^¡Listo! Te guardo Cabaña Arrayán ⏳/);
  });
});

describe("item 2: every language whole", () => {
  it("a Portuguese guest is handed over in Portuguese, and a bare number keeps the thread in Portuguese", async () => {
    const { ask } = await lodging([{ name: "Cabaña Coihue" }, { name: "Depto Lago", type: "apartment" }]);
    expect(await ask("oi! tem vaga de 10 a 13 de março para 2 pessoas?")).toMatch(/^De 10 a 13\/3 tenho:\n1\. Cabaña Coihue: .*\/noite/);
    expect(await ask("7")).toBe("Qual das 2 opções você quer? Me diga o número ou o nome 🙂");
    expect(await ask("quero falar com uma pessoa")).toBe("Certo, vou te passar para alguém da equipe que responde já já 🙌");
  });
});

describe("item 3: the tenant's rules, said when they stop a stay", () => {
  it("a night under the minimum stay gets the rule and dates that fit, which a yes holds", async () => {
    const { tenant, ask } = await lodging([{ name: "Cabaña Coihue", minStay: 2 }]);
    expect(await ask("tenes lugar el 10/3 para 2?")).toMatch(/^El mínimo es de 2 noches: ¿te sirve del 10 al 12\/3\? Cabaña Coihue: \$[\d.]+\/noche \(total \$[\d.]+\)\.$/);
    expect(await ask("dale")).toMatch(/^¡Listo! Te guardo Cabaña Coihue/);
    expect(await reservationsOf(tenant)).toEqual([expect.objectContaining({ checkIn: expect.stringMatching(/-03-10$/), checkOut: expect.stringMatching(/-03-12$/), guests: 2 })]);
  });

  it("children count toward capacity, and a party larger than every unit is told the largest size", async () => {
    const { ask } = await lodging([{ name: "Depto Chico", type: "apartment", capacity: 2 }, { name: "Cabaña Coihue", capacity: 4 }]);
    expect(await ask("somos 4, 2 grandes y 2 chicos, del 10 al 13/3")).toMatch(/^Del 10 al 13\/3 tenemos Cabaña Coihue: /);
    expect(await ask("y si somos 9?")).toMatch(/^Para 9 personas no tengo lugar: la unidad más grande es para 4/);
  });

  it("answers check-in times, the cancellation policy and house rules from the settings, and hands over what is not on file", async () => {
    const { tenant, ask } = await lodging([{ name: "Cabaña Coihue", checkInTime: "15:00", checkOutTime: "11:00", minStay: 2 }]);
    await call("PUT", "/v1/settings/lodging", { token: tenant.token, body: { address: null, cancellationPolicy: "Hasta 15 días antes devolvemos la seña completa.", houseRules: null } });
    expect(await ask("a que hora es el check in?")).toBe("Check-in desde las 15:00 y check-out hasta las 11:00. 🙂");
    expect(await ask("cual es la estadia minima?")).toBe("La estadía mínima es de 2 noches. 🙂");
    expect(await ask("si cancelo me devuelven la seña?")).toBe("Sobre cancelaciones: Hasta 15 días antes devolvemos la seña completa. 🙂");
    expect(await ask("se puede fumar adentro?")).toBe("Dale, te paso con alguien del equipo que te responde enseguida 🙌");
  });
});

describe("item 4: follow-ups relative to the dates on the table", () => {
  it("“y el finde siguiente?” searches the weekend after the one offered", async () => {
    const { ask } = await lodging([{ name: "Cabaña Coihue" }]);
    const now = new Date();
    const weekend = parseMessage("este finde", { now, timeZone: "America/Argentina/Buenos_Aires" });
    expect(await ask("hola, para 2 este finde")).toContain(`D${formatStay(weekend.checkIn!, weekend.checkOut!, "es").slice(1)} tenemos Cabaña Coihue`);
    expect(await ask("y el finde siguiente?")).toContain(`D${formatStay(addDays(weekend.checkIn!, 7), addDays(weekend.checkOut!, 7), "es").slice(1)} tenemos Cabaña Coihue`);
  });

  it("a month alone asks for the days, and the bare range that follows is read in that month", async () => {
    const { ask } = await lodging([{ name: "Cabaña Coihue" }]);
    expect(await ask("quiero ir en marzo con mi familia, somos 4")).toBe("¡Dale! ¿Qué días de marzo? Decime llegada y salida (por ej. del 10 al 15) 📅");
    expect(await ask("del 25 al 30")).toMatch(/^Del 25 al 30\/3 tenemos Cabaña Coihue/);
  });
});

describe("item 6: quotes in place", () => {
  it("a price question naming a unit and dates is quoted for the unit's capacity, and the deposit question gets amount and percent", async () => {
    const { ask } = await lodging([
      { name: "Cabaña Coihue", basePrice: { amount: 10_000_000, currency: "ARS" } },
      { name: "Depto Lago", type: "apartment", capacity: 3, basePrice: { amount: 6_000_000, currency: "ARS" } },
    ]);
    expect(await ask("cuánto sale el depto del 3 al 5 de marzo?")).toBe("Del 3 al 5/3 tenemos Depto Lago: $60.000/noche (total $120.000, hasta 3 personas). ¿Te reservo por 30 min?");
    expect(await ask("y la seña cuánto es?")).toBe("La seña es del 30%: $36.000 para Depto Lago (total $120.000). ¿Te la reservo?");
  });
});

describe("payment instructions without a gateway", () => {
  it("holds, states the deposit and the expiry, and hands the payment details to a person", async () => {
    const { tenant, ask } = await lodging([{ name: "Cabaña Coihue" }], { gateway: false });
    await ask("del 10 al 13/3 para 2");
    expect(await ask("dale")).toMatch(/^¡Listo! Te guardo Cabaña Coihue hasta las \d{2}:\d{2} ⏳ La seña es del 30%: \$[\d.]+\. Alguien del equipo te escribe enseguida con los datos para pagarla\.$/);
    expect(await reservationsOf(tenant)).toEqual([expect.objectContaining({ status: "held" })]);
    expect(await conversationOf(tenant)).toMatchObject({ status: "human", escalated: true });
  });
});

describe("item 10: after a hand-over", () => {
  it("the guest hears once that the team knows; a staff reply takes the thread off Today's unanswered list", async () => {
    const { tenant, ask } = await lodging([{ name: "Cabaña Coihue" }]);
    await ask("quiero hablar con una persona");
    expect(await ask("hola??")).toBe("Ya le avisé al equipo, te responden en breve 🙌");
    const conversation = await conversationOf(tenant);
    expect(conversation).toMatchObject({ escalated: true });
    await call("POST", `/v1/conversations/${conversation.id}/messages`, { token: tenant.token, body: { text: "Hola Ana, soy Marta" } });
    await eventually(async () => expect(texts()).toHaveLength(3));
    expect(await conversationOf(tenant)).toMatchObject({ status: "human", escalated: false });
  });
});
