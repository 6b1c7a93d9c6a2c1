// Carries the Neon serverless driver's WebSocket to a local PostgreSQL's TCP port, as Neon's own proxy
// does in front of a Neon database, so the Worker runs the production driver against the local cluster.
// Loopback only, and to the one configured database port whatever address the client asks for.
import net from "node:net";
import { WebSocketServer } from "ws";

/** Starts the proxy on a free loopback port (or `port`); resolves to { port, close }. */
export function startWebSocketProxy({ targetPort, targetHost = "127.0.0.1", port = 0 }) {
  const server = new WebSocketServer({ host: "127.0.0.1", port });
  server.on("connection", (socket) => {
    const tcp = net.connect({ host: targetHost, port: targetPort });
    tcp.setNoDelay(true);
    const pending = [];
    tcp.on("connect", () => {
      for (const chunk of pending.splice(0)) tcp.write(chunk);
    });
    socket.on("message", (data) => {
      const chunk = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data);
      if (tcp.connecting) pending.push(chunk);
      else tcp.write(chunk);
    });
    tcp.on("data", (chunk) => socket.send(chunk));
    const closeBoth = () => {
      tcp.destroy();
      if (socket.readyState === socket.OPEN || socket.readyState === socket.CONNECTING) socket.close();
    };
    tcp.on("error", closeBoth);
    tcp.on("close", closeBoth);
    socket.on("close", closeBoth);
    socket.on("error", closeBoth);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.once("listening", () => {
      resolve({ port: server.address().port, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}
