// Resend's domain list as far as the connection test asks for it, on a local port for `npm run dev`
// in the browser tests: one key is accepted, every other is refused, and one domain is verified.
import { createServer, type Server } from "node:http";

export const FAKE_RESEND_KEY = "re_e2e_accepted_key";
export const FAKE_RESEND_VERIFIED_DOMAIN = "verificado.example.com";

export function startFakeResend(): Promise<{ server: Server; base: string }> {
  const server = createServer((request, response) => {
    const send = (status: number, body: unknown) => {
      response.writeHead(status, { "content-type": "application/json" });
      response.end(JSON.stringify(body));
    };
    if (request.headers.authorization !== `Bearer ${FAKE_RESEND_KEY}`) return send(401, { name: "validation_error", message: "API key is invalid" });
    if (request.method === "GET" && request.url === "/domains") return send(200, { data: [{ name: FAKE_RESEND_VERIFIED_DOMAIN, status: "verified" }, { name: "pendiente.example.com", status: "pending" }] });
    return send(404, { message: "not faked" });
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => {
    const address = server.address();
    resolve({ server, base: `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}` });
  }));
}
