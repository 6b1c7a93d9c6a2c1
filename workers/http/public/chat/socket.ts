import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../../platform/env";
import { AppError } from "../../../platform/errors";
import { chatErrors, chatSecurity, sessionParams, tags, upgradeRequired } from "./schema";
import { requireChatSession } from "./session-auth";

const route = createRoute({
  method: "get",
  path: "/chat/{tenantSlug}/sessions/{sessionId}/ws",
  tags,
  summary: "Live replies and staff messages over a WebSocket",
  description: "Browsers cannot set headers on a WebSocket, so the session token may come as `?token=`.",
  security: chatSecurity,
  middleware: [requireChatSession({ allowQueryToken: true })] as const,
  request: { params: sessionParams, query: z.object({ token: z.string().max(2048).optional() }) },
  responses: { 101: { description: "Switching to the WebSocket protocol" }, ...chatErrors, ...upgradeRequired },
});

export function registerChatSocket(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    if (c.req.header("upgrade")?.toLowerCase() !== "websocket") throw new AppError(426, "upgrade_required", "Open this URL as a WebSocket");
    // The conversation's own object holds the socket, hibernating between messages.
    const { conversationId } = c.var.chatSession;
    return c.env.CONVERSATIONS.get(c.env.CONVERSATIONS.idFromName(conversationId)).fetch(c.req.raw);
  });
}
