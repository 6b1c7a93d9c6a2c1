// Signing into the console in a page, the way a person does: the form, then the app shell.
import type { Page } from "playwright-core";
import type { E2eTenant } from "./tenant";
import { totpCode } from "./totp";

/** The shell's navigation only exists once signed in. */
export async function waitForShell(page: Page): Promise<void> {
  await page.getByRole("navigation", { name: "Menú" }).waitFor();
  await page.getByRole("button", { name: "Cerrar sesión" }).waitFor();
}

async function fillCredentials(page: Page, tenant: Pick<E2eTenant, "email" | "password">): Promise<void> {
  await page.getByLabel("Email").fill(tenant.email);
  await page.getByLabel("Contraseña").fill(tenant.password);
  await page.getByRole("button", { name: "Ingresar" }).click();
}

/** Opens `path` (default /), signs in with email and password and waits for the shell. */
export async function signIn(page: Page, tenant: Pick<E2eTenant, "email" | "password">, path = "/"): Promise<void> {
  await page.goto(path);
  await fillCredentials(page, tenant);
  await waitForShell(page);
}

/**
 * Signs in an account with 2FA on: password first, then the code step. `code` defaults to the
 * next time step's TOTP for `secret` (the current one may already have been used to enrol).
 */
export async function signInWithTotp(
  page: Page,
  tenant: Pick<E2eTenant, "email" | "password">,
  second: { secret: string; stepOffset?: number } | { code: string },
  path = "/",
): Promise<void> {
  await page.goto(path);
  await fillCredentials(page, tenant);
  await page.getByRole("heading", { name: "Verificación en dos pasos" }).waitFor();
  const code = "code" in second ? second.code : totpCode(second.secret, second.stepOffset ?? 1);
  await page.getByLabel("Código de 6 dígitos").fill(code);
  await page.getByRole("button", { name: "Verificar e ingresar" }).click();
  await waitForShell(page);
}
