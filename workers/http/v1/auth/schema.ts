import { z } from "@hono/zod-openapi";

/** The body of every route that changes how a person signs in: their current password, asked again. */
export const passwordConfirmation = z
  .object({ password: z.string().min(1).max(256).describe("The signed-in person's current password") })
  .openapi("PasswordConfirmation");

export const backupCodesResponse = z.object({ backupCodes: z.array(z.string()).length(10) }).openapi("BackupCodes");
