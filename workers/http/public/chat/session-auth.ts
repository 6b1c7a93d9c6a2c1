import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../../../platform/env";
import { AppError } from "../../../platform/errors";
import { chatSessionOf } from "../../../guest-messaging/webchat/chat-sessions";
import { bearerToken } from "../../bearer-token";

/**
 * Opens the session a /chat route names with the visitor's token (`Authorization: Bearer`),
 * before the body is read, and puts it on the context. Browsers cannot set headers on a
 * WebSocket, so the socket route may also take the token as `?token=`.
 */
export const requireChatSession = ({ allowQueryToken = false } = {}) =>
  createMiddleware<AppEnv>(async function requireChatSessionMiddleware(c, next) {
    const token = (allowQueryToken ? c.req.query("token") : undefined) ?? bearerToken(c.req.header("authorization")) ?? "";
    const session = await chatSessionOf(c.var.db, c.var.config.jwtSecret, c.req.param("tenantSlug") ?? "", c.req.param("sessionId") ?? "", token);
    // A wrong tenant, session or token all look the same from outside.
    if (!session) throw new AppError(401, "unauthorized", "This chat session is not open");
    c.set("chatSession", session);
    await next();
  });
