// `npm run tenant:move`: one tenant's rows go from a local D1 (its SQLite file, as `npm run dev` keeps
// it) into a fresh PostgreSQL database, are proven equal by count and checksum, and nobody else's move.
// Runs the script as an operator would, against the local cluster of `npm run dev:postgres`.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DatabaseSync } from "node:sqlite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_PORT } from "../../../scripts/postgres/local-cluster.mjs";

const root = path.join(import.meta.dirname, "..", "..", "..");
const moved = "ten_01MOVEDMOVEDMOVEDMOVED0001";
const stays = "ten_01STAYSSTAYSSTAYSSTAYS0002";
const database = `posada_move_${process.pid}_${Date.now()}`;
const port = Number(process.env.POSADA_POSTGRES_PORT ?? DEFAULT_PORT);
let state: string;

function seedD1(file: string) {
  const db = new DatabaseSync(file);
  for (const migration of readdirSync(path.join(root, "migrations")).filter((f) => f.endsWith(".sql")).sort()) {
    db.exec(readFileSync(path.join(root, "migrations", migration), "utf8"));
  }
  for (const [tenant, slug, name] of [
    [moved, "cabanas-del-lago", "Cabañas del Lago «Ñire»"],
    [stays, "otra-posada", "Otra Posada"],
  ] as const) {
    const acc = `acc_${tenant.slice(4)}`;
    db.prepare("INSERT INTO tenants (id, slug, name, country, timezone, currency) VALUES (?, ?, ?, 'AR', 'America/Argentina/Buenos_Aires', 'ARS')").run(tenant, slug, name);
    db.prepare(
      `INSERT INTO accommodations (id, tenant_id, name, type, capacity, base_price_amount, currency, amenities, pricing, timezone, ical_token_sealed)
       VALUES (?, ?, 'Cabaña Coihue', 'cabin', 4, 12000000, 'ARS', '["wifi","parrilla"]', '{"rules":[]}', 'America/Argentina/Buenos_Aires', 'sealed:abc')`,
    ).run(acc, tenant);
    for (const [n, status, guest] of [
      [1, "confirmed", "Valentina Gómez"],
      [2, "cancelled", "Tomás O'Neill"],
    ] as const) {
      const reservation = `res_${n}${tenant.slice(4)}`;
      db.prepare(
        `INSERT INTO reservations (id, tenant_id, accommodation_id, code, status, check_in, check_out, guests, guest_name, guest_phone, source, total_amount, deposit_amount, currency)
         VALUES (?, ?, ?, ?, ?, '2027-01-1${n}', '2027-01-1${n + 2}', 2, ?, ?, 'direct', 24000000, 7200000, 'ARS')`,
      ).run(reservation, tenant, acc, `RES27010${n}00${n}`, status, guest, n === 1 ? "+5492944007000" : null);
      db.prepare("INSERT INTO payments (id, tenant_id, reservation_id, provider, method, amount, currency, status) VALUES (?, ?, ?, 'manual', 'cash', 7200000, 'ARS', 'approved')").run(
        `pay_${n}${tenant.slice(4)}`,
        tenant,
        reservation,
      );
      db.prepare("INSERT INTO guests (id, tenant_id, name, tags) VALUES (?, ?, ?, '[\"vip\"]')").run(`gst_${n}${tenant.slice(4)}`, tenant, guest);
      db.prepare("INSERT INTO guest_subjects (subject_type, subject_id, tenant_id, guest_id) VALUES ('reservation', ?, ?, ?)").run(reservation, tenant, `gst_${n}${tenant.slice(4)}`);
    }
  }
  db.close();
}

const move = (tenant: string) =>
  spawnSync(path.join(root, "node_modules", ".bin", "tsx"), ["scripts/tenant-move.ts", "--tenant", tenant, "--to", "postgres", "--into", database], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, POSADA_STATE_DIR: state },
  });
const psql = (sql: string) => execFileSync("psql", [`postgres://posada@127.0.0.1:${port}/${database}`, "-qAt", "-c", sql], { encoding: "utf8" }).trim();

// POSADA_CI_POSTGRES=0 says the machine cannot run PostgreSQL (see .ci/run).
describe.skipIf(process.env.POSADA_CI_POSTGRES === "0")("npm run tenant:move", () => {
  beforeAll(() => {
    state = mkdtempSync(path.join(tmpdir(), "posada-move-"));
    const dir = path.join(state, "v3", "d1", "miniflare-D1DatabaseObject");
    mkdirSync(dir, { recursive: true });
    seedD1(path.join(dir, "posada.sqlite"));
  });

  afterAll(() => {
    rmSync(state, { recursive: true, force: true });
    execFileSync("psql", [`postgres://posada@127.0.0.1:${port}/postgres`, "-qAt", "-c", `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`]);
  });

  it("copies one tenant's rows into Postgres, proves each table equal by count and checksum, and refuses to copy it twice", { timeout: 120_000 }, () => {
    const run = move(moved);
    expect(run.status, run.stderr + run.stdout).toBe(0);
    expect(run.stdout).toContain(`${moved}: `);
    expect(run.stdout).toContain("counts and checksums equal on both sides");
    for (const table of ["tenants", "accommodations", "reservations", "payments", "guests", "guest_subjects"]) {
      expect(run.stdout).toMatch(new RegExp(`ok +${table}: \\d+ rows`));
    }
    expect(run.stdout).not.toContain("BAD");

    // Only that tenant's rows, as they were: text with accents and quotes, JSON, nulls, amounts.
    expect(psql("SELECT string_agg(id, ',') FROM tenants")).toBe(moved);
    expect(psql(`SELECT count(*) FROM reservations WHERE tenant_id = '${stays}'`)).toBe("0");
    expect(psql(`SELECT name FROM tenants WHERE id = '${moved}'`)).toBe("Cabañas del Lago «Ñire»");
    expect(psql(`SELECT string_agg(guest_name || '|' || status || '|' || coalesce(guest_phone, 'null') || '|' || total_amount, ';' ORDER BY code) FROM reservations`)).toBe(
      "Valentina Gómez|confirmed|+5492944007000|24000000;Tomás O'Neill|cancelled|null|24000000",
    );
    expect(psql("SELECT amenities FROM accommodations")).toBe('["wifi","parrilla"]');

    // A second run finds the tenant there and copies nothing.
    const again = move(moved);
    expect(again.status).not.toBe(0);
    expect(again.stderr + again.stdout).toContain("is already in Postgres; nothing was copied");
    expect(psql("SELECT count(*) FROM reservations")).toBe("2");
  });

  it("refuses an id that is not a tenant's, before touching either database", { timeout: 60_000 }, () => {
    const run = move("ten_x'; DROP TABLE tenants; --");
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("usage: npm run tenant:move");
  });
});
