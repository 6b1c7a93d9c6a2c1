import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../../platform/env";
import { requireScope } from "../../middleware/auth";
import { replayFailedMessage } from "../../../guest-messaging/replay-outbound";
import { authErrors, conflictError, jsonResponse, notFoundError, security } from "../../common";
import { message, presentMessage } from "./schema";

const route = createRoute({
  method: "post",
  path: "/v1/outbound-messages/{id}/replay",
  tags: ["Conversations"],
  summary: "Send a failed message to a guest again (a dead letter, once the provider is back); 409 unless it failed",
  security,
  middleware: [requireScope("conversations:write")] as const,
  request: { params: z.object({ id: z.string().min(1).max(64) }) },
  responses: { 202: jsonResponse("Queued", message), ...authErrors, ...notFoundError, ...conflictError("not_failed: the message did not fail") },
});

export function registerReplayMessage(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const row = await replayFailedMessage(c.var.db, c.env, c.get("principal").tenantId, c.req.valid("param").id);
    return c.json(presentMessage(row), 202);
  });
}
