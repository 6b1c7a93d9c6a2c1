import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../../platform/env";
import { requireScope } from "../../middleware/auth";
import { registerInboundMessage } from "../../../guest-messaging/register-inbound";
import { authErrors, emailSchema, jsonBody, jsonResponse, notFoundError, security } from "../../common";

const request = z
  .discriminatedUnion("channel", [
    z.object({
      channel: z.literal("whatsapp"),
      sender: z
        .string()
        .trim()
        .transform((v) => v.replace(/[\s()+-]/g, ""))
        .pipe(z.string().regex(/^\d{6,20}$/, "the guest's number with country code, digits only")),
      body: z.string().trim().min(1).max(4096),
      inReplyTo: z.string().regex(/^msg_[0-9A-Z]{26}$/).optional(),
    }),
    z.object({
      channel: z.literal("email"),
      sender: emailSchema.transform((v) => v.toLowerCase()),
      body: z.string().trim().min(1).max(20_000),
      inReplyTo: z.string().regex(/^msg_[0-9A-Z]{26}$/).optional(),
    }),
  ])
  .openapi("RegisterInboundMessage");

const response = z
  .object({ id: z.string(), conversationId: z.string(), channel: z.enum(["whatsapp", "webchat", "email"]), createdAt: z.string() })
  .openapi("RegisteredInboundMessage");

const route = createRoute({
  method: "post",
  path: "/v1/communications/messages/inbound",
  tags: ["Communications"],
  summary: "Register a guest's reply received elsewhere (counts for response time)",
  description: "Files the guest's words in their thread (the thread of `inReplyTo`, one of our messages, or the sender's on the channel). The assistant does not answer it.",
  security,
  middleware: [requireScope("conversations:write")] as const,
  request: { body: jsonBody(request) },
  responses: { 201: jsonResponse("Registered", response), ...authErrors, ...notFoundError },
});

export function registerInboundMessageRoute(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const { message, conversation } = await registerInboundMessage(c.var.db, c.env, c.get("principal").tenantId, c.req.valid("json"));
    return c.json({ id: message.id, conversationId: conversation.id, channel: conversation.channel, createdAt: new Date(message.createdAt).toISOString() }, 201);
  });
}
