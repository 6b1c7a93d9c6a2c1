import { describe, expect, it } from "vitest";
import { openContext, PHONE, screenshot, useBrowser } from "./support/browser";
import { signIn } from "./support/console";
import { addDays, confirmViaApi, holdViaApi, todayIn } from "./support/reservations-helpers";
import { api, createUnit, signUpTenant } from "./support/tenant";

const browser = useBrowser();

describe("the Mensajes automáticos screen", () => {
  it("lists the steps with their next sends, edits a step's time, refuses a template typo and previews against a real reservation", async () => {
    const tenant = await signUpTenant();
    const unit = await createUnit(tenant, "Cabaña Coihue", { doorCode: "4821" });
    const checkIn = addDays(todayIn(), 10);
    const held = await holdViaApi(tenant, { accommodationId: unit.id, checkIn, checkOut: addDays(checkIn, 3), guestName: "Ana Pérez" });
    await confirmViaApi(tenant, held);

    const context = await openContext(browser(), { viewport: PHONE });
    const page = await context.newPage();
    await signIn(page, tenant, "/messages");
    await page.getByRole("heading", { name: "Mensajes automáticos", level: 1 }).waitFor();
    const preArrival = page.locator('[data-step="pre_arrival"]');
    await preArrival.getByText("2 días antes de la entrada, a las 10:00").waitFor();
    // The confirmed stay's pre-arrival message is among the next sends.
    await expect.poll(async () => {
      await page.reload();
      await page.locator('[data-step="pre_arrival"] summary').click();
      return page.locator('[data-step="pre_arrival"]').getByText("Ana Pérez").count();
    }, { timeout: 15_000 }).toBeGreaterThan(0);

    await page.locator('[data-step="pre_arrival"]').getByRole("button", { name: "Editar" }).click();
    await page.locator('[data-step="pre_arrival"]').getByLabel("Hora").fill("11:30");
    await page.locator('[data-step="pre_arrival"]').getByRole("button", { name: "Guardar" }).click();
    await page.locator('[data-step="pre_arrival"]').getByText("2 días antes de la entrada, a las 11:30").waitFor();

    await page.getByRole("button", { name: "Nueva plantilla" }).click();
    await page.getByLabel("Nombre", { exact: true }).fill("Código de la puerta");
    await page.getByLabel("Texto en español").fill("Hola {guest.firstName}, el código es {codigo}");
    await page.getByRole("button", { name: "Guardar" }).click();
    await page.getByText("No existe la variable {codigo}").waitFor();
    await page.getByLabel("Texto en español").fill("Hola {guest.firstName}, el código es {doorCode}");
    await page.getByRole("button", { name: "Guardar" }).click();
    await page.getByRole("heading", { name: "Código de la puerta" }).waitFor();

    await page.getByRole("button", { name: "Editar: Código de la puerta" }).click();
    await page.getByLabel("Con la reserva").selectOption({ index: 1 });
    await page.getByText("Hola Ana, el código es 4821").waitFor();
    await screenshot(page, "automatic-messages");

    // The reservation shows its automatic messages.
    await page.goto(`/reservations?id=${held.id}`);
    await page.getByRole("heading", { name: "Mensajes automáticos" }).waitFor();
    await page.getByText("Antes de llegar").first().waitFor();
    await context.close();
    expect((await api("/v1/communications/steps", { token: tenant.token })).json.data.find((s: { kind: string }) => s.kind === "pre_arrival").localTime).toBe("11:30");
  });
});
