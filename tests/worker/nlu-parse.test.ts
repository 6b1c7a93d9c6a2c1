import { describe, expect, it } from "vitest";
import { call } from "./support/api";
import { createTenant } from "./support/tenant";

describe("POST /v1/nlu/parse", () => {
  it("reads a guest message against the given moment and zone", async () => {
    const tenant = await createTenant();
    const parsed = await call("POST", "/v1/nlu/parse", {
      token: tenant.token,
      body: { text: "hola, tenes lugar del 5 al 8/1 para 4? con pileta 🙏", now: "2026-11-22T10:00:00-03:00", timezone: "America/Argentina/Buenos_Aires" },
    });
    expect(parsed.status).toBe(200);
    expect(parsed.json).toMatchObject({ intent: "disponibilidad", lang: "es", checkIn: "2027-01-05", checkOut: "2027-01-08", guests: 4, amenities: ["pileta"] });
  });

  it("refuses an unknown time zone and an empty text with a 400 problem", async () => {
    const tenant = await createTenant();
    const badZone = await call("POST", "/v1/nlu/parse", { token: tenant.token, body: { text: "hola", timezone: "Mars/Olympus" } });
    expect(badZone.status).toBe(400);
    expect(badZone.json.errors[0].path).toBe("timezone");
    expect((await call("POST", "/v1/nlu/parse", { token: tenant.token, body: { text: "" } })).status).toBe(400);
  });
});
