import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { database } from "../../../platform/db/client";
import { pushCalendarCopy } from "../../../accommodations/calendar-copy";
import type { AppEnv } from "../../../platform/env";
import { requireScope } from "../../middleware/auth";
import { getAccommodation, presentAccommodation, updateAccommodation } from "../../../accommodations/accommodations";
import { noteChanges } from "../../audit-changes";
import { authErrors, jsonBody, jsonResponse, notFoundError, security } from "../../common";
import { accommodation, accommodationIdParam, accommodationPatch } from "./schema";

const route = createRoute({
  method: "patch",
  path: "/v1/accommodations/{id}",
  tags: ["Accommodations"],
  summary: "Change an accommodation (only the fields sent)",
  security,
  middleware: [requireScope("accommodations:write")] as const,
  request: { params: accommodationIdParam, body: jsonBody(accommodationPatch) },
  responses: { 200: jsonResponse("Updated", accommodation), ...authErrors, ...notFoundError },
});

export function registerUpdateAccommodation(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const { secretsKey, publicBaseUrl } = c.get("config");
    const db = database(c.env.DB);
    const tenantId = c.get("principal").tenantId;
    const { id } = c.req.valid("param");
    const patch = c.req.valid("json");
    // Read first so the audit log can show prices and rules before → after.
    const before = await presentAccommodation(await getAccommodation(db, tenantId, id), secretsKey, publicBaseUrl);
    const row = await updateAccommodation(db, tenantId, id, patch);
    await pushCalendarCopy(c.env, row);
    const after = await presentAccommodation(row, secretsKey, publicBaseUrl);
    noteChanges(c, before, after, Object.keys(patch));
    return c.json(after, 200);
  });
}
