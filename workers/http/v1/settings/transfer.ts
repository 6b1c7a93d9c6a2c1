import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { bankDetailsSchema } from "../../../../shared/transfer/bank-details";
import type { AppEnv } from "../../../platform/env";
import { getTransferSettings, saveTransferSettings } from "../../../payments/transfer/settings";
import { requireAdminSession } from "../../middleware/auth";
import { authErrors, jsonBody, jsonResponse, security } from "../../common";

const settingsRequest = bankDetailsSchema
  .extend({ enabled: z.boolean().openapi({ description: "Offer bank transfer to guests: the only way when no gateway is connected, else beside the payment link" }) })
  .openapi("TransferSettingsRequest", {
    example: { enabled: true, cbu: "2850590940090418135201", alias: "POSADA.LAGO.SENA", holderName: "Posada del Lago SRL", cuit: "30-71234567-1" },
  });

const settingsResponse = z
  .object({
    enabled: z.boolean(),
    cbu: z.string().nullable(),
    alias: z.string().nullable(),
    holderName: z.string().nullable(),
    cuit: z.string().nullable(),
    gatewayConnected: z.boolean().openapi({ description: "Whether Mercado Pago or Stripe is connected: transfer is then offered as the alternative to its link" }),
  })
  .openapi("TransferSettings");

const putRoute = createRoute({
  method: "put",
  path: "/v1/settings/payments/transfer",
  tags: ["Settings"],
  summary: "Set the bank account guests transfer deposits to (CBU/CVU, alias, holder, CUIT)",
  description: "The CBU/CVU and CUIT check digits are verified; spaces and hyphens in them are ignored.",
  security,
  middleware: [requireAdminSession()] as const,
  request: { body: jsonBody(settingsRequest) },
  responses: { 200: jsonResponse("Saved", settingsResponse), ...authErrors },
});

const getRoute = createRoute({
  method: "get",
  path: "/v1/settings/payments/transfer",
  tags: ["Settings"],
  summary: "The bank account guests transfer deposits to, and whether transfer is offered",
  security,
  middleware: [requireAdminSession()] as const,
  responses: { 200: jsonResponse("Settings", settingsResponse), ...authErrors },
});

const present = (settings: Awaited<ReturnType<typeof getTransferSettings>>) => settingsResponse.parse(settings);

export function registerTransferSettings(app: OpenAPIHono<AppEnv>) {
  app.openapi(putRoute, async (c) => c.json(present(await saveTransferSettings(c.var.db, c.var.principal.tenantId, c.req.valid("json"))), 200));
  app.openapi(getRoute, async (c) => c.json(present(await getTransferSettings(c.var.db, c.var.principal.tenantId)), 200));
}
