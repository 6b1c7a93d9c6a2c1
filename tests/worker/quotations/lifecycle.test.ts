import { env, runDurableObjectAlarm } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { database } from "../../../workers/platform/db/client";
import { parseConfig } from "../../../workers/platform/env";
import { remindPartnersBeforeDeadline } from "../../../workers/quotations/reminders";
import { call } from "../support/api";
import { ars, draftQuotation, invitePartner, openQuotation, postOffer } from "../support/quotations";
import { createTenant } from "../support/tenant";

const outboxOf = async (token: string) => (await call("GET", "/v1/communications/outbox", { token })).json.data as Array<{ to: string; subject: string; text: string }>;

describe("a quotation's lifecycle", () => {
  it("reminds, once, the partners that have not offered a day before the deadline", async () => {
    const owner = await createTenant();
    const quotation = await openQuotation(owner, { deadline: new Date(Date.now() + 12 * 3_600_000).toISOString() });
    const offered = await invitePartner(owner, quotation.id, "Hostería Rápida");
    const late = await invitePartner(owner, quotation.id, "Hostería Lenta");
    await postOffer(offered.token, [{ roomType: "double", count: 2, nightlyPrice: ars(3_000_000) }]);
    const now = Date.now();
    await Promise.all([remindPartnersBeforeDeadline(env, database(env.DB), parseConfig(env), now), remindPartnersBeforeDeadline(env, database(env.DB), parseConfig(env), now)]);
    await remindPartnersBeforeDeadline(env, database(env.DB), parseConfig(env), now + 60_000);
    const warnings = (await outboxOf(owner.token)).filter((mail) => mail.subject.startsWith("Quedan 24 horas"));
    expect(warnings.map((mail) => mail.to)).toEqual([late.email]);
  });

  it("does not remind before the last day", async () => {
    const owner = await createTenant();
    const quotation = await openQuotation(owner, { deadline: new Date(Date.now() + 3 * 86_400_000).toISOString() });
    await invitePartner(owner, quotation.id, "Hostería Temprana");
    await remindPartnersBeforeDeadline(env, database(env.DB), parseConfig(env), Date.now());
    expect((await outboxOf(owner.token)).filter((mail) => mail.subject.startsWith("Quedan 24 horas"))).toEqual([]);
  });

  it("expires an open quotation nobody sent, and a cancelled one tells the client and every partner", async () => {
    const owner = await createTenant();
    const quotation = await openQuotation(owner);
    const room = env.QUOTATIONS.get(env.QUOTATIONS.idFromName(quotation.id));
    expect(await runDurableObjectAlarm(room)).toBe(true);
    expect((await call("GET", `/v1/quotations/${quotation.id}`, { token: owner.token })).json.status).toBe("expired");
    expect((await call("GET", "/v1/quotations", { token: owner.token })).json.data[0].status).toBe("expired");
    expect((await call("POST", `/v1/quotations/${quotation.id}/cancel`, { token: owner.token })).status).toBe(409);

    const second = await openQuotation(owner);
    const partner = await invitePartner(owner, second.id, "Hostería Avisada");
    const cancelled = await call("POST", `/v1/quotations/${second.id}/cancel`, { token: owner.token });
    expect(cancelled.json.status).toBe("cancelled");
    expect((await call("GET", "/v1/quotations", { token: owner.token })).json.data.find((q: { id: string }) => q.id === second.id).status).toBe("cancelled");
    const notices = (await outboxOf(owner.token)).filter((mail) => mail.subject.startsWith("Cotización cancelada"));
    expect(notices.map((mail) => mail.to).sort()).toEqual([partner.email, "laura@colegio.test"].sort());
    expect((await call("POST", `/q-api/${partner.token}/offers`, { body: { lines: [{ roomType: "double", count: 1, nightlyPrice: ars(1) }] } })).status).toBe(409);
  });
});

describe("a quotation's status over the API", () => {
  it("starts as a draft, opens by hand or with the first invitation, and refuses out-of-order steps with a 409 problem", async () => {
    const owner = await createTenant();
    const draft = await draftQuotation(owner);
    expect(draft.status).toBe("draft");
    expect((await call("GET", "/v1/quotations", { token: owner.token })).json.data[0].status).toBe("draft");
    const early = await call("POST", `/v1/quotations/${draft.id}/compose`, { token: owner.token, body: { lines: [{ offerId: "ofr_x", lineIndex: 0 }], markup: { kind: "percent", percent: 10 } } });
    expect(early.status).toBe(409);
    expect(early.headers.get("content-type")).toContain("application/problem+json");
    expect(early.json.code).toBe("not_open");
    expect((await call("POST", `/v1/quotations/${draft.id}/send`, { token: owner.token })).json.code).toBe("not_composed");

    const opened = await call("POST", `/v1/quotations/${draft.id}/open`, { token: owner.token });
    expect(opened.status).toBe(200);
    expect(opened.json.status).toBe("open");
    expect((await call("POST", `/v1/quotations/${draft.id}/open`, { token: owner.token })).json.status).toBe("open");

    const invited = await draftQuotation(owner);
    await invitePartner(owner, invited.id, "Hostería Primera");
    expect((await call("GET", `/v1/quotations/${invited.id}`, { token: owner.token })).json.status).toBe("open");

    const cancelled = await call("POST", `/v1/quotations/${invited.id}/cancel`, { token: owner.token });
    expect(cancelled.json.status).toBe("cancelled");
    for (const step of ["open", "send", "cancel"]) {
      const refused = await call("POST", `/v1/quotations/${invited.id}/${step}`, { token: owner.token });
      expect(refused.status, step).toBe(409);
      expect(refused.headers.get("content-type")).toContain("application/problem+json");
    }
  });
});
