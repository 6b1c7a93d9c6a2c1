import { afterEach, beforeEach, describe, expect, it } from "vitest";
import batch from "../../fixtures/whatsapp/batch-two-messages.json?raw";
import location from "../../fixtures/whatsapp/location-message.json?raw";
import text from "../../fixtures/whatsapp/text-message.json?raw";
import { call } from "../support/api";
import { eventually } from "../support/calendar";
import { FakeWhatsApp } from "../support/fake-whatsapp";
import { createTenant, type TestTenant } from "../support/tenant";
import { connectWhatsApp, postSignedWhatsApp } from "../support/whatsapp-guest";

let graph: FakeWhatsApp;
beforeEach(() => {
  graph = new FakeWhatsApp().install();
});
afterEach(() => graph.uninstall());

async function connected(): Promise<{ tenant: TestTenant; phone: string }> {
  const tenant = await createTenant();
  return { tenant, phone: await connectWhatsApp(tenant) };
}

const deliver = (fixture: string, phone: string) => postSignedWhatsApp(fixture.replaceAll("100000000000001", phone));

const conversationsOf = async (tenant: TestTenant, query = "") => (await call("GET", `/v1/conversations${query}`, { token: tenant.token })).json.data;
/** The guest's side of a thread (the assistant's answers are tested with the assistant). */
const threadOf = async (tenant: TestTenant, id: string) =>
  (await call("GET", `/v1/conversations/${id}/messages`, { token: tenant.token })).json.data.filter((m: { direction: string }) => m.direction === "in");

describe("guest threads", () => {
  it("files a WhatsApp message into its guest's conversation once, however often it arrives", async () => {
    const { tenant, phone } = await connected();
    for (let i = 0; i < 3; i++) expect((await deliver(text, phone)).status).toBe(200);
    const [conversation] = await eventually(async () => {
      const list = await conversationsOf(tenant);
      expect(list).toHaveLength(1);
      expect(await threadOf(tenant, list[0].id)).toHaveLength(1);
      return list;
    });
    expect(conversation).toMatchObject({ channel: "whatsapp", guestName: "Guest Uno (fake)", guestAddress: "5491100000001", guestPhone: "+5491100000001", displayName: "Guest Uno (fake)", status: "assistant", escalated: false, lastInboundAt: expect.any(String) });
    expect(await threadOf(tenant, conversation.id)).toEqual([expect.objectContaining({ direction: "in", author: "guest", text: "hola! tenes lugar para el finde? somos 2", status: expect.stringMatching(/^(received|answered)$/) })]);
  });

  it("keeps the order of a batch and reads locations as text", async () => {
    const { tenant, phone } = await connected();
    await deliver(batch, phone);
    const [conversation] = await eventually(async () => {
      const list = await conversationsOf(tenant);
      expect(await threadOf(tenant, list[0].id)).toHaveLength(2);
      return list;
    });
    const thread = await threadOf(tenant, conversation.id);
    expect(thread.every((m: { direction: string }) => m.direction === "in")).toBe(true);
    await deliver(location, phone);
    await eventually(async () => {
      const all = (await Promise.all((await conversationsOf(tenant)).map((c: { id: string }) => threadOf(tenant, c.id)))).flat();
      expect(all.some((m: { text: string }) => !m.text.startsWith("[") && m.text.length > 0)).toBe(true);
      expect(all).toHaveLength(3);
    });
  });

  it("lets staff take over with a reply, escalate and hand back", async () => {
    const { tenant, phone } = await connected();
    await deliver(text, phone);
    const [conversation] = await eventually(async () => {
      const list = await conversationsOf(tenant);
      expect(list).toHaveLength(1);
      return list;
    });
    const reply = await call("POST", `/v1/conversations/${conversation.id}/messages`, { token: tenant.token, body: { text: "Hola, soy Marta de la recepción 👋" } });
    expect(reply.status).toBe(201);
    expect(reply.json).toMatchObject({ direction: "out", author: "staff", status: "queued" });
    expect((await conversationsOf(tenant, "?status=human")).map((c: { id: string }) => c.id)).toEqual([conversation.id]);
    await eventually(async () => expect(graph.sent.map((s) => s.body.text?.body)).toContain("Hola, soy Marta de la recepción 👋"));

    const escalated = await call("POST", `/v1/conversations/${conversation.id}/escalate`, { token: tenant.token });
    expect(escalated.json).toMatchObject({ escalated: true, status: "human" });
    expect((await call("GET", "/v1/alerts", { token: tenant.token })).json.data).toEqual([expect.objectContaining({ kind: "conversation_escalated", subjectId: conversation.id })]);
    expect(await conversationsOf(tenant, "?status=escalated")).toHaveLength(1);

    const released = await call("POST", `/v1/conversations/${conversation.id}/release`, { token: tenant.token });
    expect(released.json).toMatchObject({ escalated: false, status: "assistant" });

    const empty = await call("POST", `/v1/conversations/${conversation.id}/messages`, { token: tenant.token, body: { text: "   " } });
    expect(empty.status).toBe(400);
  });
});
