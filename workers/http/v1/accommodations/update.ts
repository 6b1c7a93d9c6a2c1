import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { database } from "../../../platform/db/client";
import { pushCalendarCopy } from "../../../accommodations/calendar-copy";
import type { AppEnv } from "../../../platform/env";
import { requireScope } from "../../middleware/auth";
import { presentAccommodation, updateAccommodation } from "../../../accommodations/accommodations";
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
    const row = await updateAccommodation(database(c.env.DB), c.get("principal").tenantId, c.req.valid("param").id, c.req.valid("json"));
    await pushCalendarCopy(c.env, row);
    return c.json(await presentAccommodation(row, secretsKey, publicBaseUrl), 200);
  });
}
