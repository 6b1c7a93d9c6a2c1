import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../../platform/env";
import { notFound } from "../../../platform/errors";
import { requireOwnerSession } from "../../middleware/auth";
import { listOutbox } from "../../../guest-messaging/email/outbox";
import { authErrors, jsonResponse, notFoundError, security } from "../../common";

const outboxEmail = z
  .object({
    id: z.string(),
    messageId: z.string().nullable().openapi({ description: "The thread message this email carries" }),
    from: z.string(),
    to: z.string(),
    replyTo: z.string().nullable(),
    subject: z.string(),
    text: z.string(),
    html: z.string(),
    raw: z.string().openapi({ description: "The whole MIME message as it would have been sent" }),
    status: z
      .enum(["received", "answered", "queued", "deferred", "sending", "accepted", "sent", "delivered", "read", "failed", "needs_template"])
      .nullable()
      .openapi({ description: "The delivery state of the thread message this email carries (null when it carries none)" }),
    createdAt: z.string(),
  })
  .openapi("OutboxEmail");

const route = createRoute({
  method: "get",
  path: "/v1/communications/outbox",
  tags: ["Communications"],
  summary: "Email that stayed on this machine (development and tests only; 404 elsewhere)",
  description: "When ENVIRONMENT is development or test, email to guests is written here instead of being sent. Owners only.",
  security,
  middleware: [requireOwnerSession()] as const,
  responses: { 200: jsonResponse("Newest first", z.object({ data: z.array(outboxEmail) })), ...authErrors, ...notFoundError },
});

export function registerOutbox(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    if (c.get("config").environment === "production") throw notFound("Route");
    const rows = await listOutbox(c.var.db, c.get("principal").tenantId);
    return c.json(
      {
        data: rows.map(({ email: row, status }) => ({
          id: row.id,
          messageId: row.messageId,
          from: row.fromAddress,
          to: row.toAddress,
          replyTo: row.replyTo,
          subject: row.subject,
          text: row.text,
          html: row.html,
          raw: row.raw,
          status,
          createdAt: new Date(row.createdAt).toISOString(),
        })),
      },
      200,
    );
  });
}
