import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { database } from "../../../platform/db/client";
import type { AppEnv } from "../../../platform/env";
import { requireScope } from "../../middleware/auth";
import { listAccommodations, presentAccommodation } from "../../../accommodations/accommodations";
import { authErrors, jsonResponse, security } from "../../common";
import { accommodation } from "./schema";

const route = createRoute({
  method: "get",
  path: "/v1/accommodations",
  tags: ["Accommodations"],
  summary: "List accommodations",
  security,
  middleware: [requireScope("accommodations:read")] as const,
  responses: { 200: jsonResponse("Accommodations", z.object({ data: z.array(accommodation) })), ...authErrors },
});

export function registerListAccommodations(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const { secretsKey, publicBaseUrl } = c.get("config");
    const rows = await listAccommodations(database(c.env.DB), c.get("principal").tenantId);
    const data = await Promise.all(rows.map((row) => presentAccommodation(row, secretsKey, publicBaseUrl)));
    return c.json({ data }, 200);
  });
}
