// Neon's SQL-over-HTTP endpoint for a local PostgreSQL: what the Worker's driver (`neon()` from
// @neondatabase/serverless) posts to Neon in production, answered here from a connection pool, so the
// same driver and the same one-request-per-statement/one-request-per-batch path run on a laptop and
// in CI. Protocol: POST {query, params} or {queries: [...]} (a transaction), answers {fields, rows,
// command, rowCount} (rows as arrays of text) or {results: [...]}, and 400 with the Postgres error's
// fields on a failed statement. Loopback only.
import http from "node:http";
import { Pool, neonConfig } from "@neondatabase/serverless";
import { startWebSocketProxy } from "./ws-proxy.mjs";

const RAW_TEXT = { getTypeParser: () => (value) => value };
const ERROR_FIELDS = ["severity", "code", "detail", "hint", "position", "internalPosition", "internalQuery", "where", "schema", "table", "column", "dataType", "constraint", "file", "line", "routine"];

export async function startSqlOverHttp({ postgresPort, port = 0 }) {
  const proxy = await startWebSocketProxy({ targetPort: postgresPort });
  Object.assign(neonConfig, { wsProxy: () => `127.0.0.1:${proxy.port}/v2`, useSecureWebSocket: false, pipelineConnect: false, pipelineTLS: false, forceDisablePgSSL: true });
  const pools = new Map();
  const poolFor = (connectionString) => {
    const url = new URL(connectionString);
    url.host = `127.0.0.1:${postgresPort}`;
    const key = url.toString();
    let pool = pools.get(key);
    if (!pool) {
      pool = new Pool({ connectionString: key, max: 16, idleTimeoutMillis: 30_000 });
      pool.on("error", () => {});
      pools.set(key, pool);
    }
    return pool;
  };
  const run = (client, { query, params }) => client.query({ text: query, values: params, rowMode: "array", types: RAW_TEXT });
  const shape = (r) => ({ command: r.command, rowCount: r.rowCount, fields: r.fields.map((f) => ({ name: f.name, dataTypeID: f.dataTypeID })), rows: r.rows });

  const server = http.createServer(async (req, res) => {
    const answer = (status, body) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    try {
      const chunks = [];
      for await (const chunk of req) chunks.push(chunk);
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
      const pool = poolFor(String(req.headers["neon-connection-string"]));
      const client = await pool.connect();
      try {
        if (Array.isArray(body.queries)) {
          await client.query("BEGIN");
          try {
            const results = [];
            for (const q of body.queries) results.push(shape(await run(client, q)));
            await client.query("COMMIT");
            answer(200, { results });
          } catch (error) {
            await client.query("ROLLBACK").catch(() => {});
            throw error;
          }
        } else answer(200, shape(await run(client, body)));
      } finally {
        client.release();
      }
    } catch (error) {
      answer(400, { message: String(error?.message ?? error), ...Object.fromEntries(ERROR_FIELDS.map((f) => [f, error?.[f]])) });
    }
  });
  await new Promise((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    endpoint: `http://127.0.0.1:${server.address().port}/sql`,
    close: async () => {
      await new Promise((resolve) => server.close(() => resolve()));
      await Promise.all([...pools.values()].map((p) => p.end().catch(() => {})));
      await proxy.close();
    },
  };
}
