import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { database } from "../../../workers/platform/db/client";
import { ensureConversation, queueOutbound } from "../../../workers/guest-messaging/outbound";
import { call } from "../support/api";
import { eventually } from "../support/calendar";
import { createTenant, type TestTenant } from "../support/tenant";
import { deliverEmail, messageRow, outboxOf } from "./support";

const db = () => database(env.DB);
const domainOf = (tenant: TestTenant) => `${tenant.slug}.posada.local`;

const threadOf = (conversationId: string) =>
  env.DB.prepare("SELECT direction, author, text, internet_message_id FROM messages WHERE conversation_id = ? ORDER BY created_at").bind(conversationId).all<{ direction: string; author: string; text: string; internet_message_id: string | null }>().then((r) => r.results);
const emailThreads = (tenantId: string) =>
  env.DB.prepare("SELECT id, guest_address, guest_name FROM conversations WHERE tenant_id = ? AND channel = 'email' ORDER BY created_at").bind(tenantId).all<{ id: string; guest_address: string; guest_name: string | null }>().then((r) => r.results);

function mail(headers: Record<string, string>, body: string) {
  return [...Object.entries({ "MIME-Version": "1.0", "Content-Type": "text/plain; charset=utf-8", Date: new Date().toUTCString(), ...headers }).map(([k, v]) => `${k}: ${v}`), "", body].join("\n");
}

/** A thread with one email of ours already sent, so the guest has something to reply to. */
async function sentThread(tenant: TestTenant, address: string) {
  const conversation = await ensureConversation(db(), tenant.tenantId, "email", address, null);
  const ours = await queueOutbound(db(), env, { tenantId: tenant.tenantId, conversationId: conversation.id, author: "staff", text: "¿Qué fechas buscás?", urgent: true });
  await eventually(async () => expect((await messageRow(ours.id))!.status).toBe("accepted"));
  const sent = (await outboxOf(tenant.tenantId)).find((m) => m.message_id === ours.id)!;
  return { conversation, ours, replyTo: sent.reply_to, internetId: (await messageRow(ours.id))!.internet_message_id! };
}

describe("inbound email", () => {
  it("files a guest's reply into its own thread by the Reply-To token, without the quoted text", async () => {
    const tenant = await createTenant();
    const ana = await sentThread(tenant, "ana@example.org");
    const bruno = await sentThread(tenant, "bruno@example.org");
    await deliverEmail(
      { from: "ana@example.org", to: ana.replyTo },
      mail({ From: "Ana <ana@example.org>", To: ana.replyTo, Subject: "Re: Tu consulta", "Message-ID": "<reply-1@mail.example.org>" }, "Del 10 al 12 de marzo, somos 2.\n\nEl lun, 1 dic 2026 a las 10:00, Cabañas escribió:\n> ¿Qué fechas buscás?"),
    );
    const thread = await threadOf(ana.conversation.id);
    expect(thread.filter((m) => m.direction === "in")).toEqual([{ direction: "in", author: "guest", text: "Del 10 al 12 de marzo, somos 2.", internet_message_id: "<reply-1@mail.example.org>" }]);
    expect((await threadOf(bruno.conversation.id)).filter((m) => m.direction === "in")).toEqual([]);
    // The assistant answers by email, in reply to the guest's message.
    await eventually(async () => {
      const answer = (await outboxOf(tenant.tenantId)).find((m) => m.to_address === "ana@example.org" && m.raw.includes("In-Reply-To: <reply-1@mail.example.org>"));
      expect(answer).toBeDefined();
    });

    // The same email delivered again is filed once.
    await deliverEmail({ from: "ana@example.org", to: ana.replyTo }, mail({ From: "ana@example.org", To: ana.replyTo, Subject: "Re: Tu consulta", "Message-ID": "<reply-1@mail.example.org>" }, "Del 10 al 12 de marzo, somos 2."));
    expect((await threadOf(ana.conversation.id)).filter((m) => m.direction === "in")).toHaveLength(1);
  });

  it("threads by In-Reply-To when the reply went to another address of the tenant", async () => {
    const tenant = await createTenant();
    const ana = await sentThread(tenant, "ana@example.org");
    await sentThread(tenant, "bruno@example.org");
    await deliverEmail(
      { from: "ana.personal@example.net", to: `reservas@${domainOf(tenant)}` },
      mail({ From: "ana.personal@example.net", To: `reservas@${domainOf(tenant)}`, Subject: "Re: consulta", "Message-ID": "<reply-2@example.net>", "In-Reply-To": ana.internetId, References: ana.internetId }, "Perdón, escribo desde otra cuenta: ¿aceptan mascotas?"),
    );
    expect((await threadOf(ana.conversation.id)).some((m) => m.text.includes("aceptan mascotas"))).toBe(true);
    expect((await emailThreads(tenant.tenantId)).map((t) => t.guest_address)).toEqual(["ana@example.org", "bruno@example.org"]);
  });

  it("turns a portal's enquiry into an email thread with the guest, answered by email", async () => {
    const tenant = await createTenant();
    await deliverEmail(
      { from: "notificaciones@irnos.com", to: `consultas@${domainOf(tenant)}` },
      mail(
        { From: "Irnos <notificaciones@irnos.com>", To: `consultas@${domainOf(tenant)}`, Subject: "Nueva consulta para Cabañas del Lago", "Message-ID": "<enq-1@irnos.com>" },
        ["Recibiste una nueva consulta en Irnos.", "", "Nombre: Lucía Fernández", "Email: lucia.f@example.com", "Teléfono: +54 9 11 5555-0000", "Mensaje: Hola! ¿Tienen disponibilidad del 3 al 6 de abril para 2 adultos?", "", "--", "Irnos · No respondas a este correo"].join("\n"),
      ),
    );
    const [thread] = await emailThreads(tenant.tenantId);
    expect(thread).toMatchObject({ guest_address: "lucia.f@example.com", guest_name: "Lucía Fernández" });
    expect((await threadOf(thread!.id))[0]).toMatchObject({ direction: "in", text: "Hola! ¿Tienen disponibilidad del 3 al 6 de abril para 2 adultos?" });
    const answer = await eventually(async () => {
      const found = (await outboxOf(tenant.tenantId)).find((m) => m.to_address === "lucia.f@example.com");
      expect(found).toBeDefined();
      return found!;
    });
    expect(answer.subject).toBe("Re: Nueva consulta para Cabañas del Lago");
    expect(answer.reply_to).toMatch(new RegExp(`^reply\\+[0-9a-z]{20}@${domainOf(tenant).replaceAll(".", "\\.")}$`));
    const conversations = (await call("GET", "/v1/conversations", { token: tenant.token })).json.data;
    expect(conversations).toEqual([expect.objectContaining({ channel: "email", guestName: "Lucía Fernández" })]);
  });

  it("reads a Booking.com guest message from its relay address", async () => {
    const tenant = await createTenant();
    await deliverEmail(
      { from: "bounce@mchat.booking.com", to: `reservas@${domainOf(tenant)}` },
      mail({ From: '"Marcos Silva via Booking.com" <4477.abc123@mchat.booking.com>', To: `reservas@${domainOf(tenant)}`, Subject: "Tenés un mensaje nuevo de un huésped", "Message-ID": "<bk-1@booking.com>" }, "Olá! Vocês têm estacionamento?\n\n--\nEste mensaje fue enviado por Booking.com"),
    );
    const [thread] = await emailThreads(tenant.tenantId);
    expect(thread).toMatchObject({ guest_address: "4477.abc123@mchat.booking.com", guest_name: "Marcos Silva" });
    expect((await threadOf(thread!.id))[0]!.text).toBe("Olá! Vocês têm estacionamento?");
  });

  it("never answers auto-replies, bounces, lists or its own mail, and drops mail for unknown recipients", async () => {
    const tenant = await createTenant();
    const to = `reservas@${domainOf(tenant)}`;
    const cases: Array<[string, Record<string, string>]> = [
      ["guest@example.org", { "Auto-Submitted": "auto-replied", Subject: "Fuera de la oficina" }],
      ["guest@example.org", { Precedence: "auto_reply", Subject: "Respuesta automática" }],
      ["guest@example.org", { Precedence: "bulk", Subject: "Ofertas" }],
      ["MAILER-DAEMON@mx.example.org", { Subject: "Undelivered Mail Returned to Sender" }],
      ["", { Subject: "Delivery Status Notification (Failure)" }],
      [`reservas@${domainOf(tenant)}`, { Subject: "Re: Tu consulta" }],
    ];
    for (const [index, [from, headers]] of cases.entries()) {
      await deliverEmail({ from, to }, mail({ From: from || "postmaster@example.org", To: to, "Message-ID": `<auto-${index}@example.org>`, ...headers }, "Estaré fuera hasta el lunes."));
    }
    await deliverEmail({ from: "guest@example.org", to: "reservas@unknown-tenant.posada.local" }, mail({ From: "guest@example.org", To: "x@y", "Message-ID": "<nobody@example.org>" }, "Hola"));
    expect(await emailThreads(tenant.tenantId)).toEqual([]);
    expect(await outboxOf(tenant.tenantId)).toEqual([]);
  });
});

describe("staff registering a reply received elsewhere", () => {
  it("files it in the thread it answers and counts it for response time", async () => {
    const tenant = await createTenant();
    const ana = await sentThread(tenant, "ana@example.org");
    const registered = await call("POST", "/v1/communications/messages/inbound", { token: tenant.token, body: { channel: "email", sender: "ana@example.org", body: "Me llamó: llega a las 23", inReplyTo: ana.ours.id } });
    expect(registered.status).toBe(201);
    expect(registered.json).toMatchObject({ conversationId: ana.conversation.id, channel: "email" });
    await queueOutbound(db(), env, { tenantId: tenant.tenantId, conversationId: ana.conversation.id, author: "staff", text: "Perfecto, te esperamos", urgent: true });

    const summary = (await call("GET", "/v1/communications/delivery/summary", { token: tenant.token })).json;
    expect(summary.firstResponse.staff.count).toBe(1);
    expect(summary.firstResponse.staff.meanSeconds).toBeGreaterThanOrEqual(0);
    expect(summary.channels.find((c: { channel: string }) => c.channel === "email")).toMatchObject({ sent: expect.any(Number), failed: 0, failureRate: 0 });

    const newThread = await call("POST", "/v1/communications/messages/inbound", { token: tenant.token, body: { channel: "whatsapp", sender: "+54 9 11 4444-0000", body: "Hola" } });
    expect(newThread.status).toBe(201);
    expect((await call("GET", "/v1/conversations", { token: tenant.token })).json.data.some((c: { guestAddress: string }) => c.guestAddress === "5491144440000")).toBe(true);
  });

  it("refuses bad input with a problem and another tenant's message with 404", async () => {
    const tenant = await createTenant();
    const other = await createTenant();
    const theirs = await sentThread(other, "zoe@example.org");
    for (const body of [{ channel: "email", sender: "not-an-address", body: "x" }, { channel: "sms", sender: "123456", body: "x" }, { channel: "whatsapp", sender: "12ab", body: "x" }, { channel: "email", sender: "a@example.org", body: "   " }]) {
      const response = await call("POST", "/v1/communications/messages/inbound", { token: tenant.token, body });
      expect(response.status).toBe(400);
      expect(response.headers.get("content-type")).toContain("application/problem+json");
    }
    const foreign = await call("POST", "/v1/communications/messages/inbound", { token: tenant.token, body: { channel: "email", sender: "zoe@example.org", body: "x", inReplyTo: theirs.ours.id } });
    expect(foreign.status).toBe(404);
    expect((await call("GET", "/v1/communications/delivery/summary?from=2026-05-10&to=2026-05-01", { token: tenant.token })).status).toBe(400);
    expect((await call("GET", "/v1/communications/delivery/summary?from=2026-02-30", { token: tenant.token })).status).toBe(400);
  });
});

describe("the failure-rate alert", () => {
  it("tells staff once per channel and hour when more than 5% of sends failed", async () => {
    const { alertOnFailureRates } = await import("../../../workers/guest-messaging/delivery-summary");
    const tenant = await createTenant();
    const conversation = await ensureConversation(db(), tenant.tenantId, "email", "many@example.org", null);
    const now = Date.now();
    const insert = (status: string, i: number) =>
      env.DB.prepare("INSERT INTO messages (id, tenant_id, conversation_id, direction, author, text, status, created_at) VALUES (?, ?, ?, 'out', 'assistant', 'x', ?, ?)")
        .bind(`msg_fr_${crypto.randomUUID().slice(0, 18)}`, tenant.tenantId, conversation.id, status, now - 60_000 - i)
        .run();
    for (let i = 0; i < 19; i++) await insert("delivered", i);
    await insert("failed", 99);
    // 1 of 20 is 5%: not past it.
    await alertOnFailureRates(db(), env, now);
    const kinds = async () => (await call("GET", "/v1/alerts", { token: tenant.token })).json.data.filter((a: { kind: string }) => a.kind === "delivery_failure_rate");
    expect(await kinds()).toEqual([]);
    await insert("failed", 100);
    await alertOnFailureRates(db(), env, now);
    await alertOnFailureRates(db(), env, now);
    expect(await kinds()).toEqual([expect.objectContaining({ params: { channel: "email", percent: 10, failed: 2, total: 21 } })]);
  });
});
