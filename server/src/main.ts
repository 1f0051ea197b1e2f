import { createServer, restoreMatches } from "./app.ts";
import { config } from "./config.ts";
import { ScenarioRegistry } from "./scenarios.ts";
import { SqliteStorage } from "./storage/sqlite.ts";

// node:sqlite prints an "experimental" warning on load; the rest still shows.
process.removeAllListeners("warning").on("warning", (w) => {
  if (w.name !== "ExperimentalWarning") console.warn(w);
});

const c = config();
const storage = new SqliteStorage(c.dataDir);
const scenarios = ScenarioRegistry.load(c.scenarioDir);
await scenarios.addModule("@cs/assets/scenarios");
const server = createServer({
  storage,
  scenarios,
  clientDir: c.clientDir,
  trustProxy: c.trustProxy,
  http: {
    origins: c.origins,
    ...(c.bodyLimit === undefined ? {} : { bodyLimit: c.bodyLimit }),
    ...(c.uploadLimit === undefined ? {} : { uploadLimit: c.uploadLimit }),
  },
  limits: c.createsPerMinute === undefined ? {} : { createsPerMinute: c.createsPerMinute },
});
await server.listen(c.port);
const restored = await restoreMatches(storage);
console.log(
  `Collective Security server on http://localhost:${c.port} (data ${c.dataDir}; ` +
    `${restored.length} match(es) restored; scenarios ${scenarios
      .list()
      .map((s) => s.id)
      .join(", ")})`,
);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    void server.gracefullyShutdown(false).finally(() => {
      storage.close();
      process.exit(0);
    });
  });
}
