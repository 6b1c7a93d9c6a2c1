import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { database } from "../../../platform/db/client";
import { pushCalendarCopy } from "../../../accommodations/calendar-copy";
import type { AppEnv } from "../../../platform/env";
import { requireScope } from "../../middleware/auth";
import { createAccommodation, presentAccommodation } from "../../../accommodations/accommodations";
import { authErrors, jsonBody, jsonResponse, security } from "../../common";
import { accommodation, accommodationInput } from "./schema";

const route = createRoute({
  method: "post",
  path: "/v1/accommodations",
  tags: ["Accommodations"],
  summary: "Create an accommodation",
  security,
  middleware: [requireScope("accommodations:write")] as const,
  request: { body: jsonBody(accommodationInput) },
  responses: { 201: jsonResponse("Created, with its iCal export URL", accommodation), ...authErrors },
});

export function registerCreateAccommodation(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const { secretsKey, publicBaseUrl } = c.get("config");
    const row = await createAccommodation(database(c.env.DB), secretsKey, c.get("principal").tenantId, c.req.valid("json"));
    await pushCalendarCopy(c.env, row);
    return c.json(await presentAccommodation(row, secretsKey, publicBaseUrl), 201);
  });
}
