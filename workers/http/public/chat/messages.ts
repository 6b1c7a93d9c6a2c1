import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../../platform/env";
import { threadOf } from "../../../guest-messaging/conversations";
import { sendChatMessage } from "../../../guest-messaging/webchat/chat-sessions";
import { assistantPaymentLinks } from "../../../payments/assistant-links";
import { jsonBody, jsonResponse } from "../../common";
import { visitorAddressKey } from "../../../guest-messaging/webchat/visitor-limits";
import { clientAddress } from "../../v1/auth/client-address";
import { chatErrors, chatSecurity, messageRequest, repliesResponse, sessionParams, tags, threadResponse, tooManyMessages } from "./schema";
import { requireChatSession } from "./session-auth";

const sendRoute = createRoute({
  method: "post",
  path: "/chat/{tenantSlug}/sessions/{sessionId}/messages",
  tags,
  summary: "Send the visitor's message; the assistant's replies come back in the answer",
  security: chatSecurity,
  middleware: [requireChatSession()] as const,
  request: { params: sessionParams, body: jsonBody(messageRequest) },
  responses: { 200: jsonResponse("The replies written for this message", repliesResponse), ...chatErrors, ...tooManyMessages },
});

const threadRoute = createRoute({
  method: "get",
  path: "/chat/{tenantSlug}/sessions/{sessionId}/messages",
  tags,
  summary: "The visitor's own thread, so a reload (or a second tab) shows the conversation so far",
  security: chatSecurity,
  middleware: [requireChatSession()] as const,
  request: { params: sessionParams },
  responses: { 200: jsonResponse("The thread, oldest first", threadResponse), ...chatErrors },
});

export function registerChatMessages(app: OpenAPIHono<AppEnv>) {
  app.openapi(sendRoute, async (c) => {
    const visitor = { addressKey: visitorAddressKey(clientAddress(c), c.var.config.environment) };
    const replies = await sendChatMessage(c.var.db, c.env, assistantPaymentLinks(c.var.db, c.env, c.var.config), c.var.chatSession, c.req.valid("json").text, visitor);
    return c.json({ replies }, 200);
  });
  app.openapi(threadRoute, async (c) => {
    const { tenantId, conversationId } = c.var.chatSession;
    const rows = await threadOf(c.var.db, tenantId, conversationId);
    return c.json({ data: rows.map((row) => ({ id: row.id, author: row.author, text: row.text, createdAt: new Date(row.createdAt).toISOString() })) }, 200);
  });
}
