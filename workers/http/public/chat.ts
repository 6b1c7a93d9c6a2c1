import type { Context, Hono } from "hono";
import { and, eq, gt } from "drizzle-orm";
import { bodyLimit } from "hono/body-limit";
import { cors } from "hono/cors";
import { z } from "zod";
import { newId } from "../../../shared/ids";
import { answerGuest } from "../../guest-messaging/assistant/answer-guest";
import { database } from "../../platform/db/client";
import { conversations, messages, tenants } from "../../platform/db/schema";
import type { AppEnv } from "../../platform/env";
import { AppError } from "../../platform/errors";
import { ensureConversation } from "../../guest-messaging/outbound";
import { threadOf } from "../../guest-messaging/conversations";
import { chatTokenOpens, issueChatToken } from "../../guest-messaging/webchat/chat-tokens";

const sessionRequest = z.object({ name: z.string().trim().min(1).max(120).optional(), lang: z.enum(["es", "pt", "en"]).optional() });
const messageRequest = z.object({ text: z.string().trim().min(1).max(2000) });

async function readJson<T>(body: () => Promise<unknown>, schema: z.ZodType<T>): Promise<T> {
  let raw: unknown;
  try {
    raw = await body();
  } catch {
    throw new AppError(400, "malformed_request", "The body must be JSON");
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new AppError(400, "validation_failed", "Invalid input", { errors: parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })) });
  }
  return parsed.data;
}

/**
 * Guest web chat: a visitor opens a session (a conversation on the webchat channel) and gets a
 * token for it; each message runs through the same conversation object as WhatsApp and the
 * answer comes back in the response.
 */
export function registerWebChat(app: Hono<AppEnv>) {
  // The widget runs on the lodging's own website: any origin may call, with the session's bearer
  // token (never a cookie), so allowing every origin exposes nothing.
  app.use("/chat/*", cors({ origin: "*", allowHeaders: ["authorization", "content-type"], allowMethods: ["GET", "POST"], maxAge: 86400 }));
  app.use("/chat/*", bodyLimit({ maxSize: 8 * 1024, onError: () => { throw new AppError(413, "payload_too_large", "Chat messages are limited to 8 kB"); } }));

  app.post("/chat/:tenantSlug/sessions", async (c) => {
    const db = database(c.env.DB);
    const tenant = await db.select().from(tenants).where(eq(tenants.slug, c.req.param("tenantSlug"))).get();
    if (!tenant) throw new AppError(404, "not_found", "No such chat");
    const input = await readJson(() => c.req.json(), sessionRequest);
    const conversation = await ensureConversation(db, tenant.id, "webchat", newId("conv"), input.name ?? null);
    if (input.lang) await db.update(conversations).set({ lang: input.lang }).where(eq(conversations.id, conversation.id));
    return c.json({ sessionId: conversation.id, token: await issueChatToken(c.get("config").jwtSecret, tenant.id, conversation.id) }, 201);
  });

  app.post("/chat/:tenantSlug/sessions/:sessionId/messages", async (c) => {
    const db = database(c.env.DB);
    const sessionId = c.req.param("sessionId");
    const tenant = await openSession(c, c.req.header("authorization")?.replace(/^Bearer\s+/i, "") ?? "");
    const { text } = await readJson(() => c.req.json(), messageRequest);
    const now = Date.now();
    const inbound = await db
      .insert(messages)
      .values({ id: newId("msg"), tenantId: tenant.id, conversationId: sessionId, direction: "in", author: "guest", text, status: "received" })
      .returning()
      .get();
    const conversation = await db.update(conversations).set({ lastInboundAt: now, lastMessageAt: now }).where(eq(conversations.id, sessionId)).returning().get();
    await answerGuest(db, c.env, c.get("config"), conversation, inbound);
    const replies = await db
      .select({ text: messages.text })
      .from(messages)
      .where(and(eq(messages.conversationId, sessionId), eq(messages.direction, "out"), gt(messages.createdAt, inbound.createdAt - 1)))
      .all();
    return c.json({ replies: replies.map((r) => ({ text: r.text })) }, 200);
  });

  // The visitor's own thread, so a reload (or a second tab) shows the conversation so far.
  app.get("/chat/:tenantSlug/sessions/:sessionId/messages", async (c) => {
    const tenant = await openSession(c, c.req.header("authorization")?.replace(/^Bearer\s+/i, "") ?? "");
    const rows = await threadOf(database(c.env.DB), tenant.id, c.req.param("sessionId"));
    return c.json({ data: rows.map((row) => ({ id: row.id, author: row.author, text: row.text, createdAt: new Date(row.createdAt).toISOString() })) }, 200);
  });

  // Live replies and staff messages on the conversation's own object. Browsers cannot set headers
  // on a WebSocket, so the session token may come as `?token=`.
  app.get("/chat/:tenantSlug/sessions/:sessionId/ws", async (c) => {
    const token = c.req.query("token") ?? c.req.header("authorization")?.replace(/^Bearer\s+/i, "") ?? "";
    await openSession(c, token);
    if (c.req.header("upgrade")?.toLowerCase() !== "websocket") throw new AppError(426, "upgrade_required", "Open this URL as a WebSocket");
    return c.env.CONVERSATIONS.get(c.env.CONVERSATIONS.idFromName(c.req.param("sessionId"))).fetch(c.req.raw);
  });
}

/** The session's tenant, when the token opens exactly this tenant's session; 401 otherwise. */
async function openSession(c: Context<AppEnv>, token: string) {
  const tenant = await database(c.env.DB).select().from(tenants).where(eq(tenants.slug, c.req.param("tenantSlug") ?? "")).get();
  // A wrong tenant, session or token all look the same from outside.
  if (!tenant || !(await chatTokenOpens(c.get("config").jwtSecret, token, tenant.id, c.req.param("sessionId") ?? ""))) {
    throw new AppError(401, "unauthorized", "This chat session is not open");
  }
  return tenant;
}
