import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../../platform/env";
import { getExport, requestExport, takeDownload } from "../../../portability/tenant-exports";
import { AppError } from "../../../platform/errors";
import { requireOwnerSession } from "../../middleware/auth";
import { authErrors, conflictError, jsonResponse, notFoundError, problemSchema, security } from "../../common";
import { exportIdParam, presentExport, tenantExport } from "./schema";

const tags = ["Backups and portability"];

const createExportRoute = createRoute({
  method: "post",
  path: "/v1/exports",
  tags,
  summary: "Export everything the tenant owns (owners): a ZIP of JSON and CSV, built in the background",
  description: "Answers 202 at once; `GET /v1/exports/{id}` tells when it is ready. Secrets (provider tokens, password hashes, signing secrets) are never in it.",
  security,
  middleware: [requireOwnerSession()] as const,
  responses: { 202: jsonResponse("Queued", tenantExport), ...authErrors },
});

const getExportRoute = createRoute({
  method: "get",
  path: "/v1/exports/{id}",
  tags,
  summary: "An export's status (owners)",
  security,
  middleware: [requireOwnerSession()] as const,
  request: { params: exportIdParam },
  responses: { 200: jsonResponse("The export", tenantExport), ...authErrors, ...notFoundError },
});

const downloadRoute = createRoute({
  method: "get",
  path: "/v1/exports/{id}/download",
  tags,
  summary: "Download the export, once (owners)",
  description: "The first download takes the file; every later one answers 410 `export_already_downloaded` (ask for a new export).",
  security,
  middleware: [requireOwnerSession()] as const,
  request: { params: exportIdParam },
  responses: {
    200: { description: "The ZIP", content: { "application/zip": { schema: z.string().openapi({ format: "binary" }) } } },
    ...authErrors,
    ...notFoundError,
    ...conflictError("export_not_ready"),
    410: { description: "Downloaded already", content: { "application/problem+json": { schema: problemSchema } } },
  },
});

export function registerExports(app: OpenAPIHono<AppEnv>) {
  app.openapi(createExportRoute, async (c) => {
    const principal = c.var.principal;
    const row = await requestExport(c.var.db, c.env, principal.tenantId, principal.kind === "session" ? principal.userId : principal.keyId);
    return c.json(presentExport(row), 202);
  });

  app.openapi(getExportRoute, async (c) => {
    const row = await getExport(c.var.db, c.var.principal.tenantId, c.req.valid("param").id);
    return c.json(presentExport(row), 200);
  });

  app.openapi(downloadRoute, async (c) => {
    const row = await takeDownload(c.var.db, c.var.principal.tenantId, c.req.valid("param").id);
    const object = row.objectKey ? await c.env.EXPORTS.get(row.objectKey) : null;
    if (!object) throw new AppError(410, "export_already_downloaded", "The export's file is gone; ask for a new one");
    // Whether the owner reads it to the end or goes away, the file then leaves the bucket.
    const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>();
    const key = row.objectKey!;
    c.executionCtx.waitUntil(
      object.body
        .pipeTo(writable)
        .catch(() => undefined)
        .finally(() => c.env.EXPORTS.delete(key)),
    );
    return new Response(readable, {
      status: 200,
      headers: {
        "content-type": "application/zip",
        "content-length": String(object.size),
        "content-disposition": `attachment; filename="posada-export-${row.id}.zip"`,
        "cache-control": "private, no-store",
        "x-content-type-options": "nosniff",
      },
    }) as never;
  });
}
