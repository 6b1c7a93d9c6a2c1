import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../../platform/env";
import { sendTemplateNow } from "../../../communications/send-now";
import { requireScope } from "../../middleware/auth";
import { authErrors, jsonBody, jsonResponse, notFoundError, security, unprocessableError } from "../../common";
import { sendRequest, sendResponse } from "./schema";

const route = createRoute({
  method: "post",
  path: "/v1/communications/send",
  tags: ["Communications"],
  summary: "Send a template to a reservation's guest now",
  description: "Same pipeline and channel rule as scheduled steps: WhatsApp (an approved template outside the 24-hour window), the web chat thread the stay was booked in, else email.",
  security,
  middleware: [requireScope("conversations:write")] as const,
  request: { body: jsonBody(sendRequest) },
  responses: { 201: jsonResponse("Queued", sendResponse), ...authErrors, ...notFoundError, ...unprocessableError("`no_channel`: the guest cannot be reached on the channels asked for; `template_empty`") },
});

export function registerCommunicationSend(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => c.json(await sendTemplateNow(c.var.db, c.env, c.var.principal.tenantId, c.req.valid("json")), 201));
}
