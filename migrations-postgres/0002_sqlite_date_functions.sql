-- SQLite's date and time functions with SQLite's meaning, for the forms Posada's queries use, so a
-- query is written once (shared/database/sqlite-to-postgres.ts renames date( to sqlite_date( etc.).
-- Days are ISO text on both databases. An unsupported modifier fails loudly rather than guessing.
CREATE FUNCTION sqlite_date(value text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN to_char(posada_iso_date(value), 'YYYY-MM-DD');--> statement-breakpoint
CREATE FUNCTION sqlite_date(value text, modifier text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN to_char(posada_iso_date(value) + substring(modifier from '^\s*([+-]?[0-9]+)\s+days?\s*$')::int, 'YYYY-MM-DD');--> statement-breakpoint
-- date(seconds, 'unixepoch'): the UTC day of a Unix time.
CREATE FUNCTION sqlite_date(seconds numeric, modifier text) RETURNS text LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
BEGIN
  IF modifier <> 'unixepoch' THEN RAISE EXCEPTION 'sqlite_date: unsupported modifier %', modifier; END IF;
  RETURN to_char(to_timestamp(floor(seconds)) AT TIME ZONE 'UTC', 'YYYY-MM-DD');
END $$;--> statement-breakpoint
CREATE FUNCTION sqlite_date(seconds bigint, modifier text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN sqlite_date(seconds::numeric, modifier);--> statement-breakpoint
CREATE FUNCTION sqlite_julianday(value text) RETURNS double precision LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN (posada_iso_date(value) - DATE '2000-01-01') + 2451544.5;--> statement-breakpoint
CREATE FUNCTION sqlite_unixepoch() RETURNS bigint LANGUAGE sql VOLATILE
  RETURN floor(extract(epoch from clock_timestamp()))::bigint;--> statement-breakpoint
-- unixepoch('subsec'): seconds with their fraction (SQLite keeps milliseconds).
CREATE FUNCTION sqlite_unixepoch(modifier text) RETURNS numeric LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  IF modifier <> 'subsec' THEN RAISE EXCEPTION 'sqlite_unixepoch: unsupported modifier %', modifier; END IF;
  RETURN round(extract(epoch from clock_timestamp())::numeric, 3);
END $$;
