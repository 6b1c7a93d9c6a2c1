import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { database } from "../../../platform/db/client";
import { pushCalendarCopy } from "../../../accommodations/calendar-copy";
import type { AppEnv } from "../../../platform/env";
import { requireScope } from "../../middleware/auth";
import { deleteAccommodation, presentAccommodation, restoreAccommodation } from "../../../accommodations/accommodations";
import { authErrors, jsonResponse, notFoundError, security } from "../../common";
import { accommodation, accommodationIdParam } from "./schema";

const deleteRoute = createRoute({
  method: "delete",
  path: "/v1/accommodations/{id}",
  tags: ["Accommodations"],
  summary: "Delete an accommodation (restorable)",
  security,
  middleware: [requireScope("accommodations:write")] as const,
  request: { params: accommodationIdParam },
  responses: { 204: { description: "Deleted" }, ...authErrors, ...notFoundError },
});

const restoreRoute = createRoute({
  method: "post",
  path: "/v1/accommodations/{id}/restore",
  tags: ["Accommodations"],
  summary: "Undo a delete",
  security,
  middleware: [requireScope("accommodations:write")] as const,
  request: { params: accommodationIdParam },
  responses: { 200: jsonResponse("Restored", accommodation), ...authErrors, ...notFoundError },
});

export function registerDeleteAccommodation(app: OpenAPIHono<AppEnv>) {
  app.openapi(deleteRoute, async (c) => {
    await pushCalendarCopy(c.env, await deleteAccommodation(database(c.env.DB), c.get("principal").tenantId, c.req.valid("param").id));
    return c.body(null, 204);
  });
  app.openapi(restoreRoute, async (c) => {
    const { secretsKey, publicBaseUrl } = c.get("config");
    const row = await restoreAccommodation(database(c.env.DB), c.get("principal").tenantId, c.req.valid("param").id);
    await pushCalendarCopy(c.env, row);
    return c.json(await presentAccommodation(row, secretsKey, publicBaseUrl), 200);
  });
}
