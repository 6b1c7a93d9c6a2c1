import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { database } from "../../../platform/db/client";
import type { AppEnv } from "../../../platform/env";
import { requireScope } from "../../middleware/auth";
import { getAccommodation, presentAccommodation } from "../../../accommodations/accommodations";
import { authErrors, jsonResponse, notFoundError, security } from "../../common";
import { accommodation, accommodationIdParam } from "./schema";

const route = createRoute({
  method: "get",
  path: "/v1/accommodations/{id}",
  tags: ["Accommodations"],
  summary: "Get an accommodation",
  security,
  middleware: [requireScope("accommodations:read")] as const,
  request: { params: accommodationIdParam },
  responses: { 200: jsonResponse("Accommodation", accommodation), ...authErrors, ...notFoundError },
});

export function registerGetAccommodation(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const { secretsKey, publicBaseUrl } = c.get("config");
    const row = await getAccommodation(database(c.env.DB), c.get("principal").tenantId, c.req.valid("param").id);
    return c.json(await presentAccommodation(row, secretsKey, publicBaseUrl), 200);
  });
}
