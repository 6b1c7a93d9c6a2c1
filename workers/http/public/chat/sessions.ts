import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../../platform/env";
import { openChatSession } from "../../../guest-messaging/webchat/chat-sessions";
import { visitorAddressKey } from "../../../guest-messaging/webchat/visitor-limits";
import { clientAddress } from "../../v1/auth/client-address";
import { jsonBody, jsonResponse } from "../../common";
import { chatErrors, noSuchChat, sessionRequest, sessionResponse, tags, tenantParam, tooManySessions } from "./schema";

const route = createRoute({
  method: "post",
  path: "/chat/{tenantSlug}/sessions",
  tags,
  summary: "Open a guest web chat session",
  description: "A new thread on the webchat channel, and a token that opens only that thread.",
  request: { params: tenantParam, body: jsonBody(sessionRequest) },
  responses: { 201: jsonResponse("Opened", sessionResponse), ...chatErrors, ...noSuchChat, ...tooManySessions },
});

export function registerOpenChatSession(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const visitor = { ...c.req.valid("json"), addressKey: visitorAddressKey(clientAddress(c), c.var.config.environment) };
    const opened = await openChatSession(c.var.db, c.env, c.var.config.jwtSecret, c.req.valid("param").tenantSlug, visitor);
    return c.json(opened, 201);
  });
}
