import { z } from "@hono/zod-openapi";
import { SCOPES } from "../../../tenancy/principal";

export const scopeSchema = z.enum(SCOPES);

export const createApiKeyRequest = z
  .object({ name: z.string().trim().min(1).max(80), scopes: z.array(scopeSchema).min(1).max(SCOPES.length) })
  .openapi("CreateApiKeyRequest");

export const createdApiKey = z
  .object({ id: z.string(), key: z.string(), start: z.string(), scopes: z.array(scopeSchema) })
  .openapi("CreatedApiKey");

export const apiKeySummary = z
  .object({
    id: z.string(),
    name: z.string(),
    start: z.string(),
    scopes: z.array(z.string()),
    lastUsedAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
  })
  .openapi("ApiKey");

export const apiKeyIdParam = z.object({ id: z.string().min(1).max(64) });
