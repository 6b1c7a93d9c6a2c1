import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../../platform/env";
import { requireOwnerSession } from "../../middleware/auth";
import { checkCrmConnection, deleteCrmSettings, getCrmSettings, saveCrmSettings } from "../../../integrations/crm/crm-settings";
import { probeCrm } from "../../../integrations/crm/probe";
import { notFound } from "../../../platform/errors";
import { raiseAlert } from "../../../alerts/alerts";
import { authErrors, jsonBody, jsonResponse, notFoundError, security } from "../../common";
import { crmSettingsRequest, crmSettingsSchema, crmTestSchema, presentCrmSettings } from "./crm-schema";

const tags = ["Integrations"];

const getRouteDef = createRoute({
  method: "get",
  path: "/v1/integrations/crm",
  tags,
  summary: "The CRM adapter (HubSpot): mode, last success, failures and the changes waiting (no token)",
  security,
  middleware: [requireOwnerSession()] as const,
  responses: { 200: jsonResponse("CRM", crmSettingsSchema), ...authErrors },
});

const putRouteDef = createRoute({
  method: "put",
  path: "/v1/integrations/crm",
  tags,
  summary: "Connect HubSpot with a private app's access token (stored encrypted, never returned); guests and their stays are then kept in sync",
  security,
  middleware: [requireOwnerSession()] as const,
  request: { body: jsonBody(crmSettingsRequest) },
  responses: { 200: jsonResponse("Saved", crmSettingsSchema), ...authErrors },
});

const deleteRouteDef = createRoute({
  method: "delete",
  path: "/v1/integrations/crm",
  tags,
  summary: "Disconnect the CRM: the token and the changes still waiting are deleted",
  security,
  middleware: [requireOwnerSession()] as const,
  responses: { 204: { description: "Disconnected" }, ...authErrors, ...notFoundError },
});

const testRouteDef = createRoute({
  method: "post",
  path: "/v1/integrations/crm/test",
  tags,
  summary: "Test the stored HubSpot token (one read of the account); changes nothing",
  security,
  middleware: [requireOwnerSession()] as const,
  responses: { 200: jsonResponse("Result", crmTestSchema), ...authErrors },
});

const resumeRouteDef = createRoute({
  method: "post",
  path: "/v1/integrations/crm/resume",
  tags,
  summary: "Probe HubSpot now: when it answers, a deferred or paused adapter becomes active and sends what was stored, in order",
  security,
  middleware: [requireOwnerSession()] as const,
  responses: { 200: jsonResponse("CRM after the probe", crmSettingsSchema), ...authErrors, ...notFoundError },
});

export function registerCrmIntegration(app: OpenAPIHono<AppEnv>) {
  app.openapi(getRouteDef, async (c) => c.json(presentCrmSettings(await getCrmSettings(c.var.db, c.get("principal").tenantId)), 200));

  app.openapi(putRouteDef, async (c) => {
    const saved = await saveCrmSettings(c.var.db, c.env, c.get("config"), c.get("principal").tenantId, c.req.valid("json"));
    return c.json(presentCrmSettings(saved), 200);
  });

  app.openapi(deleteRouteDef, async (c) => {
    await deleteCrmSettings(c.var.db, c.get("principal").tenantId);
    return c.body(null, 204);
  });

  app.openapi(testRouteDef, async (c) => {
    const check = await checkCrmConnection(c.var.db, c.get("config"), c.get("principal").tenantId);
    return c.json({ provider: "hubspot" as const, ok: check.ok, account: check.ok ? check.account : null, problem: check.ok ? null : check.problem }, 200);
  });

  app.openapi(resumeRouteDef, async (c) => {
    const tenantId = c.get("principal").tenantId;
    const { mode, alert } = await probeCrm(c.var.db, c.env, c.get("config"), tenantId, { force: true });
    if (mode === "off") throw notFound("CRM connection");
    if (alert) await raiseAlert(c.var.db, c.env, tenantId, alert);
    return c.json(presentCrmSettings(await getCrmSettings(c.var.db, tenantId)), 200);
  });
}
