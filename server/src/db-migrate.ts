import pg from "pg";
import { config } from "./config.ts";
import { ident, migrate, MIGRATIONS } from "./storage/pg/migrations.ts";

/**
 * `npm run db:migrate`: bring the PostgreSQL schema (DATABASE_URL, PG_SCHEMA) up to date.
 * Servers also migrate at start, under the same advisory lock; this is for deployments that
 * migrate before rolling processes out.
 */
const c = config();
if (!c.databaseUrl) {
  console.error("db:migrate needs DATABASE_URL (postgres://user@host:5432/db)");
  process.exit(2);
}
const schema = c.pgSchema ?? "public";
const pool = new pg.Pool({ connectionString: c.databaseUrl, max: 1 });
try {
  const ran = await migrate(pool, schema);
  const last = MIGRATIONS.at(-1)?.id;
  console.log(
    ran.length
      ? `schema ${ident(schema)}: applied ${ran.join(", ")} (now at ${last})`
      : `schema ${ident(schema)}: up to date (at ${last})`,
  );
} finally {
  await pool.end();
}
