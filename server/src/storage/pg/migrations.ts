import type { Pool, PoolClient } from "pg";

/**
 * The PostgreSQL schema, as ordered migrations: each runs once, in one transaction, and is
 * recorded in `schema_migrations`. Never edit a migration that has shipped; add the next one.
 *
 * Texts that are replayed (a log entry's action, settings, chat attachments) are `text`, not
 * `jsonb`: jsonb reorders keys and drops duplicates, and the log must come back byte for byte.
 * Times are epoch milliseconds (`bigint`) like SQLite's, except the cluster's heartbeats, which
 * use the database's own clock so that machines with skewed clocks agree on a lease.
 */
export const MIGRATIONS = [
  {
    id: 1,
    name: "matches, log, seats, chat, clocks",
    sql: `
CREATE TABLE matches (
  id text PRIMARY KEY, name text NOT NULL, settings text NOT NULL, scenario text NOT NULL,
  start text NOT NULL, seed bigint NOT NULL, status text NOT NULL, visibility text NOT NULL,
  code text UNIQUE, host_hash text NOT NULL, created bigint NOT NULL, finished bigint
);
CREATE INDEX matches_status ON matches (status);
CREATE TABLE log (
  match text NOT NULL, id integer NOT NULL, by text NOT NULL, action text NOT NULL,
  PRIMARY KEY (match, id)
);
CREATE TABLE seats (
  match text NOT NULL, power text NOT NULL, token_hash text NOT NULL, name text NOT NULL,
  holder text NOT NULL, PRIMARY KEY (match, power)
);
CREATE TABLE chat (
  id bigserial PRIMARY KEY, match text NOT NULL, channel text NOT NULL, "from" text NOT NULL,
  name text, text text NOT NULL, attach text, turn integer NOT NULL, at bigint NOT NULL
);
CREATE INDEX chat_match ON chat (match, id);
CREATE TABLE clocks (
  match text PRIMARY KEY, key text NOT NULL, deadline bigint, remaining bigint
);`,
  },
  {
    id: 2,
    name: "classroom",
    sql: `
CREATE TABLE class_settings (match text PRIMARY KEY, settings text NOT NULL);
CREATE TABLE class_students (
  match text NOT NULL, id text NOT NULL, token_hash text NOT NULL, name text NOT NULL,
  power text, roles text NOT NULL, prefs text NOT NULL, briefing boolean NOT NULL,
  joined bigint NOT NULL, PRIMARY KEY (match, id)
);
CREATE TABLE class_memos (
  id bigserial PRIMARY KEY, match text NOT NULL, turn integer NOT NULL, power text NOT NULL,
  student text NOT NULL, name text NOT NULL, text text NOT NULL, at bigint NOT NULL
);
CREATE INDEX class_memos_match ON class_memos (match, id);
CREATE TABLE class_rollbacks (
  id bigserial PRIMARY KEY, match text NOT NULL, at integer NOT NULL, turn integer NOT NULL,
  time bigint NOT NULL, undone text NOT NULL
);`,
  },
  {
    id: 3,
    name: "processes and match owners (epoch fencing)",
    sql: `
CREATE TABLE processes (
  id text PRIMARY KEY, address text NOT NULL, started timestamptz NOT NULL DEFAULT now(),
  beat timestamptz NOT NULL DEFAULT now(), draining boolean NOT NULL DEFAULT false
);
CREATE TABLE owners (
  match text PRIMARY KEY REFERENCES matches (id), process text NOT NULL,
  epoch integer NOT NULL, claimed timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX owners_process ON owners (process);`,
  },
  {
    id: 4,
    name: "processes: no draining flag (a drain gives each match up in owners)",
    sql: `ALTER TABLE processes DROP COLUMN IF EXISTS draining;`,
  },
] as const;

/** Quote an SQL identifier (a schema name from the environment). */
export function ident(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * Bring `schema` up to the last migration. Several processes may start at once: the first to
 * take the advisory lock migrates, the others wait for it and then find nothing to do.
 */
export async function migrate(pool: Pool, schema: string): Promise<number[]> {
  const client: PoolClient = await pool.connect();
  const ran: number[] = [];
  try {
    await client.query("SELECT pg_advisory_lock(hashtext($1))", [`cs-migrate:${schema}`]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${ident(schema)}`);
    await client.query(`SET search_path TO ${ident(schema)}`);
    await client.query(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
         id integer PRIMARY KEY, name text NOT NULL, applied timestamptz NOT NULL DEFAULT now())`,
    );
    const done = new Set(
      (await client.query<{ id: number }>("SELECT id FROM schema_migrations")).rows.map((r) =>
        Number(r.id),
      ),
    );
    for (const m of MIGRATIONS) {
      if (done.has(m.id)) continue;
      await client.query("BEGIN");
      try {
        await client.query(m.sql);
        await client.query("INSERT INTO schema_migrations (id, name) VALUES ($1, $2)", [
          m.id,
          m.name,
        ]);
        await client.query("COMMIT");
        ran.push(m.id);
      } catch (e) {
        await client.query("ROLLBACK");
        throw e;
      }
    }
  } finally {
    await client.query("SELECT pg_advisory_unlock(hashtext($1))", [`cs-migrate:${schema}`]);
    await client.query("RESET search_path");
    client.release();
  }
  return ran;
}
