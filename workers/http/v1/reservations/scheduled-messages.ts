import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../../platform/env";
import { scheduledMessagesOf } from "../../../communications/scheduled-messages";
import { requireScope } from "../../middleware/auth";
import { authErrors, jsonResponse, notFoundError, security } from "../../common";
import { scheduledMessage } from "../communications/schema";
import { reservationIdParam } from "./schema";

const route = createRoute({
  method: "get",
  path: "/v1/reservations/{id}/scheduled-messages",
  tags: ["Reservations"],
  summary: "The reservation's scheduled and sent messages, earliest first",
  security,
  middleware: [requireScope("reservations:read")] as const,
  request: { params: reservationIdParam },
  responses: { 200: jsonResponse("Scheduled messages", z.object({ data: z.array(scheduledMessage) })), ...authErrors, ...notFoundError },
});

export function registerScheduledMessages(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => c.json({ data: await scheduledMessagesOf(c.var.db, c.env, c.var.principal.tenantId, c.req.valid("param").id) }, 200));
}
