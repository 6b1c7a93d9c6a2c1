import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../../platform/env";
import { notFound } from "../../../platform/errors";
import { confirmReceipt, rejectReceipt } from "../../../payments/transfer/decide-receipt";
import { readReceiptFile } from "../../../payments/transfer/receipt-files";
import { getReceipt, listReceipts } from "../../../payments/transfer/receipts";
import { requireScope } from "../../middleware/auth";
import { authErrors, conflictError, jsonBody, jsonResponse, notFoundError, security } from "../../common";
import { presentReservation, reservation } from "../reservations/schema";
import { listQuery, presentReceipt, receiptIdParam, rejectRequest, transferReceipt } from "./schema";

const tags = ["Transfer receipts"];

const listRoute = createRoute({
  method: "get",
  path: "/v1/transfer-receipts",
  tags,
  summary: "Receipts guests sent for deposits paid by bank transfer, newest first",
  security,
  middleware: [requireScope("reservations:read")] as const,
  request: { query: listQuery },
  responses: { 200: jsonResponse("Receipts", z.object({ data: z.array(transferReceipt) })), ...authErrors },
});

const fileRoute = createRoute({
  method: "get",
  path: "/v1/transfer-receipts/{id}/file",
  tags,
  summary: "The receipt's file (a photo or a PDF)",
  description: "Receipts are never public: this route is the only way to them, for the tenant's own staff and keys.",
  security,
  middleware: [requireScope("reservations:read")] as const,
  request: { params: receiptIdParam },
  responses: {
    200: {
      description: "The file as the guest sent it",
      content: Object.fromEntries(["image/jpeg", "image/png", "image/webp", "application/pdf"].map((type) => [type, { schema: z.string().openapi({ format: "binary" }) }])),
    },
    ...authErrors,
    ...notFoundError,
  },
});

const decided = z.object({ receipt: transferReceipt, reservation });

const confirmRoute = createRoute({
  method: "post",
  path: "/v1/transfer-receipts/{id}/confirm",
  tags,
  summary: "The money arrived: record the deposit as a transfer and confirm the stay",
  description: "Goes through the same confirmation as every payment: the guest is told once, with the code.",
  security,
  middleware: [requireScope("reservations:write")] as const,
  request: { params: receiptIdParam },
  responses: {
    200: jsonResponse("Confirmed", decided),
    ...authErrors,
    ...notFoundError,
    ...conflictError("receipt_rejected, or the hold lapsed and its nights were taken (expired, not_held)"),
  },
});

const rejectRoute = createRoute({
  method: "post",
  path: "/v1/transfer-receipts/{id}/reject",
  tags,
  summary: "The money is not there: tell the guest why; the hold awaits payment until it expires",
  security,
  middleware: [requireScope("reservations:write")] as const,
  request: { params: receiptIdParam, body: jsonBody(rejectRequest) },
  responses: { 200: jsonResponse("Rejected", decided), ...authErrors, ...notFoundError, ...conflictError("receipt_confirmed") },
});

export function registerTransferReceipts(app: OpenAPIHono<AppEnv>) {
  app.openapi(listRoute, async (c) => {
    const rows = await listReceipts(c.var.db, c.var.principal.tenantId, c.req.valid("query"));
    return c.json({ data: rows.map(presentReceipt) }, 200);
  });

  app.openapi(fileRoute, async (c) => {
    const receipt = await getReceipt(c.var.db, c.var.principal.tenantId, c.req.valid("param").id);
    const file = await readReceiptFile(c.env, receipt.objectKey);
    if (!file) throw notFound("Receipt file");
    return new Response(file.body, {
      status: 200,
      headers: {
        "content-type": receipt.contentType,
        "content-length": String(file.size),
        "content-disposition": `inline; filename="${receipt.id}.${receipt.contentType === "application/pdf" ? "pdf" : receipt.contentType.split("/")[1]}"`,
        // A guest's bank receipt: kept out of shared caches, and never read as anything but its type.
        "cache-control": "private, no-store",
        "x-content-type-options": "nosniff",
      },
    }) as never;
  });

  app.openapi(confirmRoute, async (c) => {
    const principal = c.var.principal;
    const result = await confirmReceipt(c.var.db, c.env, principal.tenantId, c.req.valid("param").id, principal.kind === "session" ? principal.userId : principal.keyId);
    const [listed] = await listReceipts(c.var.db, principal.tenantId, { id: result.receipt.id });
    return c.json({ receipt: presentReceipt(listed ?? { receipt: result.receipt, reservation: null }), reservation: presentReservation(result.reservation) }, 200);
  });

  app.openapi(rejectRoute, async (c) => {
    const principal = c.var.principal;
    const body = c.req.valid("json");
    const result = await rejectReceipt(c.var.db, c.env, principal.tenantId, c.req.valid("param").id, {
      reason: body.reason,
      note: body.note ?? null,
      decidedBy: principal.kind === "session" ? principal.userId : principal.keyId,
    });
    const [listed] = await listReceipts(c.var.db, principal.tenantId, { id: result.receipt.id });
    return c.json({ receipt: presentReceipt(listed ?? { receipt: result.receipt, reservation: null }), reservation: presentReservation(result.reservation) }, 200);
  });
}
