import type { OpenAPIHono } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { cors } from "hono/cors";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../../../platform/env";
import { AppError } from "../../../platform/errors";
import { registerChatMessages } from "./messages";
import { CHAT_RECEIPT_PATH, registerChatReceipts } from "./receipts";
import { registerOpenChatSession } from "./sessions";
import { registerChatSocket } from "./socket";

const MAX_CHAT_BODY_BYTES = 8 * 1024;

/** Chat bodies are JSON; anything else is a 400 with a reason (as for a body that does not parse), not a bare 415. */
const requireJsonBody = () =>
  createMiddleware<AppEnv>(async function requireJsonBodyMiddleware(c, next) {
    // A receipt upload is the file itself; its route checks type and size on its own.
    if (CHAT_RECEIPT_PATH.test(c.req.path)) return next();
    const type = c.req.header("content-type");
    if (c.req.method === "POST" && type !== undefined && !/^application\/([\w.+-]+\+)?json\b/i.test(type)) {
      throw new AppError(400, "malformed_request", "The body must be JSON (content-type: application/json)");
    }
    await next();
  });

/**
 * Guest web chat: a visitor opens a session (a conversation on the webchat channel) and gets a
 * token for it; each message runs through the same turn as WhatsApp and the answer comes back
 * in the response, and live over the session's socket.
 */
export function registerWebChat(app: OpenAPIHono<AppEnv>) {
  // The widget runs on the lodging's own website: any origin may call, with the session's bearer
  // token (never a cookie), so allowing every origin exposes nothing.
  app.use("/chat/*", cors({ origin: "*", allowHeaders: ["authorization", "content-type"], allowMethods: ["GET", "POST"], maxAge: 86400 }));
  const chatBodyLimit = bodyLimit({
    maxSize: MAX_CHAT_BODY_BYTES,
    onError: () => {
      throw new AppError(413, "payload_too_large", "Chat messages are limited to 8 kB");
    },
  });
  app.use("/chat/*", async (c, next) => (CHAT_RECEIPT_PATH.test(c.req.path) ? next() : chatBodyLimit(c, next)));
  app.use("/chat/*", requireJsonBody());
  app.openAPIRegistry.registerComponent("securitySchemes", "chatSession", {
    type: "http",
    scheme: "bearer",
    description: "A web chat session token from POST /chat/{tenantSlug}/sessions; it opens that one session only.",
  });
  registerOpenChatSession(app);
  registerChatMessages(app);
  registerChatReceipts(app);
  registerChatSocket(app);
}
