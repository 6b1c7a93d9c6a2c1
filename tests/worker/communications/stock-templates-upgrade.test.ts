import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { DEFAULT_TEMPLATES } from "../../../shared/messaging/default-templates";
import { call } from "../support/api";
import { createTenant, type TestTenant } from "../support/tenant";

/** The stock texts tenants were given before the guest portal: no portal link, no rating link. */
const OLD = {
  pre_arrival: {
    es: "¡Hola {guest.firstName}! Te esperamos el {checkIn} desde las {checkInTime} en {unit.name}. Cómo llegar: {directions} {mapsUrl}. Si necesitás algo antes, escribinos por acá.",
    pt: "Olá {guest.firstName}! Esperamos você em {checkIn} a partir das {checkInTime} em {unit.name}. Como chegar: {directions} {mapsUrl}. Se precisar de algo antes, é só escrever aqui.",
    en: "Hi {guest.firstName}! We look forward to seeing you on {checkIn} from {checkInTime} at {unit.name}. How to get here: {directions} {mapsUrl}. Anything you need before, just write here.",
  },
  review_request: {
    es: "¡Gracias por tu estadía en {unit.name}, {guest.firstName}! Si te gustó, nos ayuda mucho que nos dejes una reseña. ¡Te esperamos de vuelta!",
    pt: "Obrigado pela estadia em {unit.name}, {guest.firstName}! Se gostou, uma avaliação nos ajuda muito. Esperamos você de volta!",
    en: "Thank you for staying at {unit.name}, {guest.firstName}! If you enjoyed it, a review helps us a lot. We hope to see you again!",
  },
};

// The upgrade as the database under test gets it: D1's migration, or on Postgres its twin in migrations-postgres/.
const migrations = env.DATABASE === "postgres" ? env.TEST_POSTGRES_MIGRATIONS! : env.TEST_MIGRATIONS;
const upgrade = migrations.find((m) => m.name.includes("stock_templates_portal_links"));
async function runUpgrade() {
  for (const query of upgrade!.queries) await env.DB.prepare(query).run();
}

const templateId = (tenant: TestTenant, kind: string) => `tpl_${tenant.tenantId.slice(4)}_${kind}`;
const setBodies = (id: string, bodies: Record<string, string>) => env.DB.prepare(`UPDATE message_templates SET bodies = ? WHERE id = ?`).bind(JSON.stringify(bodies), id).run();
const bodiesOf = async (tenant: TestTenant, id: string) => (await call("GET", `/v1/communications/templates/${id}`, { token: tenant.token })).json.bodies;

/** A tenant made before the portal: its default steps exist with the old stock texts. */
async function oldTenant() {
  const tenant = await createTenant();
  expect((await call("GET", "/v1/communications/steps", { token: tenant.token })).status).toBe(200);
  await setBodies(templateId(tenant, "pre_arrival"), OLD.pre_arrival);
  await setBodies(templateId(tenant, "review_request"), OLD.review_request);
  return tenant;
}

describe("existing tenants' stock texts gain the portal and rating links", () => {
  it("replaces each language's text only where it is still the old stock text, and again changes nothing", async () => {
    expect(upgrade, "the upgrade is one of the migrations").toBeDefined();
    const untouched = await oldTenant();
    const edited = await oldTenant();
    const ownText = "¡Hola {guest.firstName}! Te esperamos en la cabaña, la llave está en la maceta.";
    await setBodies(templateId(edited, "pre_arrival"), { ...OLD.pre_arrival, es: ownText });
    // A template of the owner's own that happens to carry the old text is not a step's stock template.
    const copy = await call("POST", "/v1/communications/templates", { token: edited.token, body: { name: "Mi copia", bodies: OLD.review_request } });
    expect(copy.status, copy.text).toBe(201);

    await runUpgrade();
    await runUpgrade();

    expect(await bodiesOf(untouched, templateId(untouched, "pre_arrival"))).toEqual(DEFAULT_TEMPLATES.pre_arrival.bodies);
    expect(await bodiesOf(untouched, templateId(untouched, "review_request"))).toEqual(DEFAULT_TEMPLATES.review_request.bodies);
    expect(DEFAULT_TEMPLATES.pre_arrival.bodies.es).toContain("{portalLink}");
    expect(DEFAULT_TEMPLATES.review_request.bodies.pt).toContain("{ratingLink}");

    // The owner's Spanish stays theirs; the languages they never touched are upgraded.
    expect(await bodiesOf(edited, templateId(edited, "pre_arrival"))).toEqual({ ...DEFAULT_TEMPLATES.pre_arrival.bodies, es: ownText });
    expect(await bodiesOf(edited, copy.json.id)).toEqual(OLD.review_request);
  });

  it("leaves a tenant made after the portal as it is", async () => {
    const tenant = await createTenant();
    await call("GET", "/v1/communications/steps", { token: tenant.token });
    await runUpgrade();
    expect(await bodiesOf(tenant, templateId(tenant, "pre_arrival"))).toEqual(DEFAULT_TEMPLATES.pre_arrival.bodies);
    expect(await bodiesOf(tenant, templateId(tenant, "review_request"))).toEqual(DEFAULT_TEMPLATES.review_request.bodies);
  });
});
