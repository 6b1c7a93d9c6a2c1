import { describe, expect, it } from "vitest";
import { openContext, PHONE, screenshot, useBrowser } from "./support/browser";
import { signIn, signInWithTotp, waitForShell } from "./support/console";
import { api, signUpTenant } from "./support/tenant";
import { totpCode } from "./support/totp";

const browser = useBrowser();

/** A 6-digit code the server cannot accept right now (none of the steps it tolerates). */
function wrongCode(secret: string): string {
  const valid = new Set([-1, 0, 1, 2].map((offset) => totpCode(secret, offset)));
  let candidate = Number(totpCode(secret, 0));
  do candidate = (candidate + 1) % 1_000_000;
  while (valid.has(String(candidate).padStart(6, "0")));
  return String(candidate).padStart(6, "0");
}

describe("sign-in and two-step verification", () => {
  it("turns 2FA on from the Account screen with the QR code, then asks for the code at sign-in", async () => {
    const tenant = await signUpTenant();
    const context = await openContext(browser());
    const page = await context.newPage();
    await signIn(page, tenant, "/account");

    await page.getByRole("heading", { name: "Mi cuenta" }).waitFor();
    await page.getByText(tenant.email).waitFor();
    await page.getByText("Dueño/a").waitFor();
    const twoFactor = page.getByRole("region", { name: "Verificación en dos pasos" });
    await twoFactor.getByText("Desactivada").waitFor();
    await twoFactor.getByLabel("Tu contraseña actual").fill(tenant.password);
    await twoFactor.getByRole("button", { name: "Activar verificación en dos pasos" }).click();

    // The QR is an image of an SVG (never injected markup) and the key is there to type by hand.
    const qr = twoFactor.getByRole("img", { name: "Código QR para agregar Posada a tu app de autenticación" });
    await qr.waitFor();
    const qrSrc = await qr.getAttribute("src");
    expect(qrSrc).toMatch(/^data:image\/svg\+xml/);
    expect(decodeURIComponent(qrSrc!)).toContain("<path");
    const secret = (await twoFactor.getByLabel("Clave para cargar a mano").inputValue()).replace(/\s+/g, "");
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await screenshot(page, "account-2fa-enrol");

    // A wrong first code is refused and explained; the right one turns 2FA on.
    await twoFactor.getByLabel("Código de 6 dígitos").fill(wrongCode(secret));
    await twoFactor.getByRole("button", { name: "Verificar y activar" }).click();
    await twoFactor.getByText("Ese código no coincide").waitFor();
    await twoFactor.getByLabel("Código de 6 dígitos").fill(totpCode(secret));
    await twoFactor.getByRole("button", { name: "Verificar y activar" }).click();

    const codes = twoFactor.getByRole("list", { name: "Códigos de respaldo" });
    await codes.waitFor();
    const backupCodes = await codes.getByRole("listitem").allInnerTexts();
    expect(backupCodes).toHaveLength(10);
    for (const code of backupCodes) expect(code.trim()).toMatch(/^[0-9a-z]{5}-[0-9a-z]{5}$/);
    await twoFactor.getByText("no se van a volver a mostrar").waitFor();
    await twoFactor.getByText("Activada", { exact: true }).waitFor();
    expect((await api("/v1/me", { token: tenant.token })).json.user.totpEnabled).toBe(true);
    await screenshot(page, "account-2fa-backup-codes");
    await twoFactor.getByRole("button", { name: "Ya los guardé" }).click();
    await codes.waitFor({ state: "detached" });
    // Shown once: nothing on the screen can bring them back.
    expect(await twoFactor.getByRole("button", { name: "Activar verificación en dos pasos" }).count()).toBe(0);

    // Sign out; the password alone is no longer enough.
    await page.getByRole("button", { name: "Cerrar sesión" }).click();
    await page.getByRole("button", { name: "Ingresar" }).waitFor();
    await page.getByLabel("Email").fill(tenant.email);
    await page.getByLabel("Contraseña").fill(tenant.password);
    await page.getByRole("button", { name: "Ingresar" }).click();
    await page.getByRole("heading", { name: "Verificación en dos pasos" }).waitFor();
    await page.getByLabel("Código de 6 dígitos").fill(wrongCode(secret));
    await page.getByRole("button", { name: "Verificar e ingresar" }).click();
    await page.getByRole("alert").getByText("Ese código no es válido o ya se usó").waitFor();
    await screenshot(page, "sign-in-wrong-code");
    // The enrolment used this step's code, so the next step's code signs in.
    await page.getByLabel("Código de 6 dígitos").fill(totpCode(secret, 1));
    await page.getByRole("button", { name: "Verificar e ingresar" }).click();
    await waitForShell(page);

    // A backup code works instead of the app's code, once.
    await page.getByRole("button", { name: "Cerrar sesión" }).click();
    await page.goto("/");
    await page.getByLabel("Email").fill(tenant.email);
    await page.getByLabel("Contraseña").fill(tenant.password);
    await page.getByRole("button", { name: "Ingresar" }).click();
    await page.getByRole("button", { name: "No tengo el teléfono: usar un código de respaldo" }).click();
    await page.getByLabel("Código de respaldo").fill(backupCodes[0]!.trim());
    await page.getByRole("button", { name: "Verificar e ingresar" }).click();
    await waitForShell(page);
    const reused = await api("/v1/sessions", { body: { email: tenant.email, password: tenant.password, totp: backupCodes[0]!.trim() } });
    expect(reused).toMatchObject({ status: 401, json: { code: "invalid_totp" } });
    await context.close();
  });

  it("signs in with password and code through the shared helper", async () => {
    const tenant = await signUpTenant();
    const enrolment = await api("/v1/me/totp", { token: tenant.token, body: { password: tenant.password } });
    expect(enrolment.status).toBe(201);
    const verified = await api("/v1/me/totp/verify", { token: tenant.token, body: { code: totpCode(enrolment.json.secret) } });
    expect(verified.status).toBe(200);
    const context = await openContext(browser());
    const page = await context.newPage();
    await signInWithTotp(page, tenant, { secret: enrolment.json.secret }, "/account");
    await page.getByRole("region", { name: "Verificación en dos pasos" }).getByText("Activada", { exact: true }).waitFor();
    await context.close();
  });

  it("explains a wrong password in the chosen language and keeps the language picker on the sign-in screen", async () => {
    const tenant = await signUpTenant();
    const context = await openContext(browser(), { viewport: PHONE });
    const page = await context.newPage();
    await page.goto("/");
    await page.getByRole("heading", { name: "Ingresá a Posada" }).waitFor();
    await page.getByLabel("Email").fill(tenant.email);
    await page.getByLabel("Contraseña").fill("not the password");
    await page.getByRole("button", { name: "Ingresar" }).click();
    await page.getByRole("alert").getByText("El email o la contraseña no son correctos.").waitFor();
    await screenshot(page, "sign-in-error-phone");

    await page.getByLabel("Idioma").selectOption("en");
    await page.getByRole("heading", { name: "Sign in to Posada" }).waitFor();
    // The error already on screen follows the language too.
    await page.getByRole("alert").getByText("The email or password is not correct.").waitFor();
    await page.getByLabel("Password").fill(tenant.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("button", { name: "Sign out" }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await context.close();
  });
});
