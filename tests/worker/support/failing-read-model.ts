import { env } from "cloudflare:test";

/**
 * Makes every insert of one accommodation's rows into a read-model table fail, as a database that
 * cannot be written would, and undoes it. A trigger is the one tool both databases offer for this,
 * and the only place a test needs to know which of them answers: SQLite's trigger raises in its body,
 * Postgres's calls a function.
 */
export async function failInsertsFor(table: "calendar_stays" | "calendar_nights", accommodationId: string): Promise<() => Promise<void>> {
  const name = `fail_${table}_${accommodationId}`.toLowerCase();
  if (env.DATABASE === "postgres") {
    await env.DB.exec(
      `CREATE FUNCTION "${name}"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.accommodation_id = '${accommodationId}' THEN RAISE EXCEPTION 'injected failure'; END IF; RETURN NEW; END $$`,
    );
    await env.DB.exec(`CREATE TRIGGER "${name}" BEFORE INSERT ON ${table} FOR EACH ROW EXECUTE FUNCTION "${name}"()`);
    return async () => {
      await env.DB.exec(`DROP TRIGGER "${name}" ON ${table}`);
      await env.DB.exec(`DROP FUNCTION "${name}"()`);
    };
  }
  await env.DB.prepare(
    `CREATE TRIGGER "${name}" BEFORE INSERT ON ${table} WHEN NEW.accommodation_id = '${accommodationId}' BEGIN SELECT RAISE(ABORT, 'injected failure'); END`,
  ).run();
  return async () => {
    await env.DB.prepare(`DROP TRIGGER "${name}"`).run();
  };
}
