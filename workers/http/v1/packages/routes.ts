import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../../platform/env";
import { AppError } from "../../../platform/errors";
import { archivePackage, createPackage, getPackage, inputOf, listPackages, updatePackage } from "../../../packages/catalog";
import { requireScope } from "../../middleware/auth";
import { authErrors, jsonBody, jsonResponse, notFoundError, security, unprocessableError } from "../../common";
import { createPackageRequest, packageView, presentPackage, updatePackageRequest, wholePackage } from "./schema";

const tags = ["Packages"];
const idParam = z.object({ id: z.string().min(1).max(80) });

const listRoute = createRoute({
  method: "get",
  path: "/v1/packages",
  tags,
  summary: "Service packages, oldest first",
  security,
  middleware: [requireScope("accommodations:read")] as const,
  request: { query: z.object({ archived: z.enum(["include"]).optional().openapi({ description: "`include` lists archived packages too" }) }) },
  responses: { 200: jsonResponse("Packages", z.object({ data: z.array(packageView) })), ...authErrors },
});

const getRoute = createRoute({
  method: "get",
  path: "/v1/packages/{id}",
  tags,
  summary: "One service package (archived ones too)",
  security,
  middleware: [requireScope("accommodations:read")] as const,
  request: { params: idParam },
  responses: { 200: jsonResponse("The package", packageView), ...authErrors, ...notFoundError },
});

const createRouteDef = createRoute({
  method: "post",
  path: "/v1/packages",
  tags,
  summary: "Create a package of nights and extras, at a price or a percent off",
  description: "Quotes and availability searches show it when a stay fits: one of its units, minNights..maxNights nights, every night between validFrom and validTo.",
  security,
  middleware: [requireScope("accommodations:write")] as const,
  request: { body: jsonBody(createPackageRequest) },
  responses: { 201: jsonResponse("Created", packageView), ...authErrors, ...unprocessableError("invalid_package: unknown units or extras, or a price in another currency than the units'") },
});

const updateRoute = createRoute({
  method: "patch",
  path: "/v1/packages/{id}",
  tags,
  summary: "Change a package (stays already booked keep what they were sold)",
  security,
  middleware: [requireScope("accommodations:write")] as const,
  request: { params: idParam, body: jsonBody(updatePackageRequest) },
  responses: { 200: jsonResponse("Changed", packageView), ...authErrors, ...notFoundError, ...unprocessableError("invalid_package") },
});

const deleteRoute = createRoute({
  method: "delete",
  path: "/v1/packages/{id}",
  tags,
  summary: "Archive a package: no longer offered; reservations keep it",
  security,
  middleware: [requireScope("accommodations:write")] as const,
  request: { params: idParam },
  responses: { 200: jsonResponse("Archived", packageView), ...authErrors, ...notFoundError },
});

export function registerPackages(app: OpenAPIHono<AppEnv>) {
  app.openapi(listRoute, async (c) => c.json({ data: (await listPackages(c.var.db, c.var.principal.tenantId, c.req.valid("query").archived === "include")).map(presentPackage) }, 200));
  app.openapi(getRoute, async (c) => c.json(presentPackage(await getPackage(c.var.db, c.var.principal.tenantId, c.req.valid("param").id)), 200));
  app.openapi(createRouteDef, async (c) => {
    const body = c.req.valid("json");
    const row = await createPackage(c.var.db, c.var.principal.tenantId, {
      name: body.name,
      accommodationIds: [...new Set(body.accommodationIds)],
      minNights: body.minNights,
      maxNights: body.maxNights,
      price: body.price ?? null,
      discountPercent: body.discountPercent ?? null,
      validFrom: body.validFrom ?? null,
      validTo: body.validTo ?? null,
      extras: [...new Set(body.extras ?? [])],
    });
    return c.json(presentPackage(row), 201);
  });
  app.openapi(updateRoute, async (c) => {
    const tenantId = c.var.principal.tenantId;
    const { id } = c.req.valid("param");
    const change = c.req.valid("json");
    const current = inputOf(await getPackage(c.var.db, tenantId, id));
    // A price replaces a discount and the other way round; the merged package is checked whole.
    const merged = {
      ...current,
      ...change,
      price: change.price !== undefined ? change.price : change.discountPercent != null ? null : current.price,
      discountPercent: change.discountPercent !== undefined ? change.discountPercent : change.price != null ? null : current.discountPercent,
    };
    const checked = wholePackage.safeParse(merged);
    if (!checked.success || (merged.price === null && merged.discountPercent === null)) {
      const errors = checked.success ? [{ path: "price", message: "give a price or a discount" }] : checked.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
      throw new AppError(400, "validation_failed", "The request has invalid fields", { errors });
    }
    const next = {
      ...merged,
      accommodationIds: [...new Set(merged.accommodationIds)],
      extras: [...new Set(merged.extras)],
      price: merged.price ?? null,
      discountPercent: merged.discountPercent ?? null,
      validFrom: merged.validFrom ?? null,
      validTo: merged.validTo ?? null,
    };
    return c.json(presentPackage(await updatePackage(c.var.db, tenantId, id, next)), 200);
  });
  app.openapi(deleteRoute, async (c) => c.json(presentPackage(await archivePackage(c.var.db, c.var.principal.tenantId, c.req.valid("param").id)), 200));
}
