import { env } from "cloudflare:test";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ensureConversation } from "../../../workers/guest-messaging/outbound";
import { database } from "../../../workers/platform/db/client";
import { messages, stepSchedule } from "../../../workers/platform/db/schema";
import { call } from "../support/api";
import { eventually } from "../support/calendar";
import { installFakeServices } from "../support/fake-services";
import type { FakeWhatsApp } from "../support/fake-whatsapp";
import { connectedTenant, GUEST_WA_ID, guestWrites } from "../support/whatsapp-guest";
import { stayUnderWay } from "./helpers";

let graph: FakeWhatsApp;
beforeEach(() => {
  ({ graph } = installFakeServices());
});
afterEach(() => vi.restoreAllMocks());

/** The review request step as sent to the guest's WhatsApp thread an hour ago. */
async function reviewRequestSent(tenantId: string, reservationId: string) {
  const db = database(env.DB);
  const step = await env.DB.prepare("SELECT id FROM message_steps WHERE tenant_id = ? AND kind = 'review_request'").bind(tenantId).first<{ id: string }>();
  expect(step).not.toBeNull();
  const thread = await ensureConversation(db, tenantId, "whatsapp", GUEST_WA_ID, "Ana");
  const at = Date.now() - 3_600_000;
  const messageId = `msg_review_${reservationId}`;
  await db.insert(messages).values({ id: messageId, tenantId, conversationId: thread.id, direction: "out", author: "assistant", text: "¿Cómo estuvo? Puntuala de 0 a 10", status: "read", createdAt: at });
  await db
    .insert(stepSchedule)
    .values({ id: `sch_review_${reservationId}`, tenantId, reservationId, stepId: step!.id, dueAt: at, status: "sent", channel: "whatsapp", messageId, reservationVersion: 1, firedAt: at })
    .onConflictDoUpdate({ target: [stepSchedule.reservationId, stepSchedule.stepId], set: { status: "sent", messageId, firedAt: at, dueAt: at } });
}

describe("a rating replied on WhatsApp", () => {
  it("is a plain number answering the review request: recorded once, staff alerted for a low one, and thanked", async () => {
    const { tenant, phone, acc } = await connectedTenant();
    const stay = await stayUnderWay(tenant, acc, 3, 2);
    await reviewRequestSent(tenant.tenantId, stay.id);

    const wamid = await guestWrites(phone, " 4 ");
    await eventually(async () => {
      const rating = await env.DB.prepare("SELECT score, via FROM guest_ratings WHERE reservation_id = ?").bind(stay.id).first();
      expect(rating).toEqual({ score: 4, via: "whatsapp" });
    });
    await eventually(async () => {
      const alerts = (await call("GET", "/v1/alerts", { token: tenant.token })).json.data;
      expect(alerts).toEqual([expect.objectContaining({ kind: "low_guest_rating", subjectId: stay.id })]);
    });
    await eventually(async () => expect(graph.sent.some((m) => JSON.stringify(m).includes("alguien del equipo te va a escribir"))).toBe(true));

    // The same message delivered again, and a second number, change nothing.
    await guestWrites(phone, " 4 ", wamid);
    await guestWrites(phone, "10");
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await env.DB.prepare("SELECT score FROM guest_ratings WHERE reservation_id = ?").bind(stay.id).first()).toEqual({ score: 4 });
  });

  it("leaves a number to the assistant when no review was asked for", async () => {
    const { tenant, phone } = await connectedTenant();
    await guestWrites(phone, "3");
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await env.DB.prepare("SELECT count(*) AS n FROM guest_ratings WHERE tenant_id = ?").bind(tenant.tenantId).first())?.n).toBe(0);
  });
});
