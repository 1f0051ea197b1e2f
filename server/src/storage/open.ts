import type { Storage } from "./types.ts";
import { SqliteStorage } from "./sqlite.ts";
import { PgStorage } from "./pg/pg.ts";

export interface StorageConfig {
  storage: "sqlite" | "pg";
  dataDir: string;
  databaseUrl: string | undefined;
  pgSchema: string | undefined;
  leaseMs: number;
}

/** SQLite under DATA_DIR by default; `STORAGE=pg` with `DATABASE_URL` for PostgreSQL. */
export async function openStorage(c: StorageConfig): Promise<Storage> {
  if (c.storage === "sqlite") return new SqliteStorage(c.dataDir);
  if (!c.databaseUrl) throw new Error("STORAGE=pg needs DATABASE_URL (postgres://…)");
  return PgStorage.open({
    url: c.databaseUrl,
    ...(c.pgSchema ? { schema: c.pgSchema } : {}),
    leaseMs: c.leaseMs,
  });
}
