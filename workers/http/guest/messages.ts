import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../platform/env";
import { portalReservation } from "../../guest-portal/portal-stay";
import { portalThread, writeToLodging } from "../../guest-portal/portal-messages";
import { jsonBody, jsonResponse } from "../common";
import { portalErrors, portalMessageRequest, portalThread as threadSchema, tags, tokenParam } from "./schema";
import { requireGuestToken } from "./guest-auth";

const threadRoute = createRoute({
  method: "get",
  path: "/guest-api/{token}/messages",
  tags,
  summary: "The guest's conversation with the lodging (the same thread as WhatsApp, email or web chat)",
  middleware: [requireGuestToken()] as const,
  request: { params: tokenParam },
  responses: { 200: jsonResponse("The thread, oldest first", threadSchema), ...portalErrors },
});

const writeRoute = createRoute({
  method: "post",
  path: "/guest-api/{token}/messages",
  tags,
  summary: "Write to the lodging; the message is filed in the guest's existing conversation",
  middleware: [requireGuestToken()] as const,
  request: { params: tokenParam, body: jsonBody(portalMessageRequest) },
  responses: { 201: jsonResponse("Sent", threadSchema), ...portalErrors },
});

const present = (rows: Awaited<ReturnType<typeof portalThread>>) => ({
  data: rows.filter((r) => r.text.trim() !== "").map((r) => ({ id: r.id, author: r.author, text: r.text, createdAt: new Date(r.createdAt).toISOString() })),
});

export function registerPortalMessages(app: OpenAPIHono<AppEnv>) {
  app.openapi(threadRoute, async (c) => {
    const { reservation } = await portalReservation(c.var.db, c.env, c.var.guest);
    return c.json(present(await portalThread(c.var.db, c.env, reservation)), 200);
  });
  app.openapi(writeRoute, async (c) => {
    const { reservation } = await portalReservation(c.var.db, c.env, c.var.guest);
    await writeToLodging(c.var.db, c.env, reservation, c.req.valid("json").text);
    return c.json(present(await portalThread(c.var.db, c.env, reservation)), 201);
  });
}
