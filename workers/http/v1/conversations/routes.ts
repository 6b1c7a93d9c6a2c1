import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../../platform/env";
import { requireScope } from "../../middleware/auth";
import { escalate, listConversations, release, replyAsStaff, threadOf } from "../../../guest-messaging/conversations";
import { conversationStayNumbers } from "../../../guests/stay-numbers";
import { tenantTimeZone } from "../../../tenancy/tenants";
import { todayIn } from "../../../../shared/domain/dates";
import { voiceNoteAudio } from "../../../guest-messaging/whatsapp/voice-note-audio";
import { authErrors, badGatewayError, jsonBody, jsonResponse, notFoundError, security } from "../../common";
import { conversation, conversationIdParam, message, presentConversation, presentMessage } from "./schema";

const tags = ["Conversations"];

const listRoute = createRoute({
  method: "get",
  path: "/v1/conversations",
  tags,
  summary: "Guest threads, most recent first",
  security,
  middleware: [requireScope("conversations:read")] as const,
  request: { query: z.object({ status: z.enum(["assistant", "human", "escalated"]).optional() }) },
  responses: { 200: jsonResponse("Conversations", z.object({ data: z.array(conversation) })), ...authErrors },
});

const threadRoute = createRoute({
  method: "get",
  path: "/v1/conversations/{id}/messages",
  tags,
  summary: "The thread: the guest's messages, the assistant's and staff's, with delivery state",
  security,
  middleware: [requireScope("conversations:read")] as const,
  request: { params: conversationIdParam },
  responses: { 200: jsonResponse("Messages", z.object({ data: z.array(message) })), ...authErrors, ...notFoundError },
});

const replyRoute = createRoute({
  method: "post",
  path: "/v1/conversations/{id}/messages",
  tags,
  summary: "Reply as staff; this takes the thread over from the assistant",
  security,
  middleware: [requireScope("conversations:write")] as const,
  request: { params: conversationIdParam, body: jsonBody(z.object({ text: z.string().trim().min(1).max(4096) }).openapi("StaffReply")) },
  responses: { 201: jsonResponse("Queued", message), ...authErrors, ...notFoundError },
});

/** Handing the thread between the assistant and staff. */
const handOver = (path: "escalate" | "release", summary: string, description: string) =>
  createRoute({
    method: "post",
    path: `/v1/conversations/{id}/${path}`,
    tags,
    summary,
    security,
    middleware: [requireScope("conversations:write")] as const,
    request: { params: conversationIdParam },
    responses: { 200: jsonResponse(description, conversation), ...authErrors, ...notFoundError },
  });

const audioRoute = createRoute({
  method: "get",
  path: "/v1/conversations/{id}/messages/{messageId}/audio",
  tags,
  summary: "Play a guest's voice note",
  description: "Fetched from WhatsApp with the tenant's token on each request; Posada keeps no copy of the audio.",
  security,
  middleware: [requireScope("conversations:read")] as const,
  request: { params: conversationIdParam.extend({ messageId: z.string().min(1).max(64) }) },
  responses: {
    200: { description: "The audio as WhatsApp stores it", content: { "audio/ogg": { schema: z.string().openapi({ format: "binary" }) } } },
    ...authErrors,
    ...notFoundError,
    ...badGatewayError,
  },
});

const escalateRoute = handOver("escalate", "Hand the thread to a person", "Escalated");
const releaseRoute = handOver("release", "Hand the thread back to the assistant", "Released");

export function registerConversations(app: OpenAPIHono<AppEnv>) {
  app.openapi(listRoute, async (c) => {
    const tenantId = c.get("principal").tenantId;
    const rows = await listConversations(c.var.db, tenantId, c.req.valid("query").status);
    const numbers = await conversationStayNumbers(c.var.db, tenantId, rows.map((r) => r.id), todayIn(await tenantTimeZone(c.var.db, tenantId), new Date()));
    return c.json({ data: rows.map((row) => ({ ...presentConversation(row), guestId: numbers.get(row.id)?.guestId ?? null, stayNumber: numbers.get(row.id)?.stayNumber ?? null })) }, 200);
  });
  app.openapi(threadRoute, async (c) => {
    const rows = await threadOf(c.var.db, c.get("principal").tenantId, c.req.valid("param").id);
    return c.json({ data: rows.map(presentMessage) }, 200);
  });
  app.openapi(replyRoute, async (c) => {
    const row = await replyAsStaff(c.var.db, c.env, c.get("principal").tenantId, c.req.valid("param").id, c.req.valid("json").text);
    return c.json(presentMessage(row), 201);
  });
  app.openapi(audioRoute, async (c) => {
    const { id, messageId } = c.req.valid("param");
    const { bytes, mimeType } = await voiceNoteAudio(c.var.db, c.get("config"), c.get("principal").tenantId, id, messageId);
    return c.body(bytes.buffer as ArrayBuffer, 200, { "content-type": mimeType, "cache-control": "private, max-age=300" });
  });
  app.openapi(escalateRoute, async (c) => {
    const row = await escalate(c.var.db, c.env, c.get("principal").tenantId, c.req.valid("param").id, { code: "staff_took_over", text: "staff asked to take over" });
    return c.json(presentConversation(row), 200);
  });
  app.openapi(releaseRoute, async (c) => {
    const row = await release(c.var.db, c.env, c.get("principal").tenantId, c.req.valid("param").id);
    return c.json(presentConversation(row), 200);
  });
}
