import { vi } from "vitest";
import { FakePaymentProviders, MP_BASE, STRIPE_BASE } from "./fake-payment-providers";
import { PAYU_API_BASE } from "./fake-payu";
import { FakeWhatsApp, GRAPH_BASE } from "./fake-whatsapp";

/** WhatsApp and the payment providers behind one fetch mock, for flows that use both. */
export function installFakeServices() {
  const graph = new FakeWhatsApp();
  const payments = new FakePaymentProviders();
  const original = globalThis.fetch.bind(globalThis);
  vi.spyOn(globalThis, "fetch").mockImplementation(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    if (request.url.startsWith(GRAPH_BASE)) return graph.handle(request);
    if (request.url.startsWith(MP_BASE) || request.url.startsWith(STRIPE_BASE)) return payments.handle(request);
    if (request.url.startsWith(PAYU_API_BASE)) return payments.payu.handle(request);
    return original(input, init);
  });
  return { graph, payments };
}
