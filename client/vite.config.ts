import type { UserConfig } from "vite";

/**
 * The client build. Phaser is large and changes rarely: it gets its own chunk so the app's
 * code can be cached and reloaded separately (Vite 8 wants the function form of manualChunks).
 * The server (`npm start`) serves `client/dist`; in development `VITE_SERVER` names it.
 *
 * A plain object typed with `satisfies` rather than `defineConfig`: eslint-plugin-import-x
 * cannot resolve a value import of "vite" here and would crash the lint.
 */
/**
 * The client ships no objectives (issue 15): a match may hide them, and what is in the bundle
 * is in every browser. A scenario's objectives file is read as an empty list here; the server
 * sends each connection the objectives it may know, with their words (`objectives` message).
 * Their locale files are left out of the translations (`i18n/index.ts`).
 */
const noObjectives = {
  name: "cs-no-objectives",
  enforce: "pre" as const,
  load(id: string): string | undefined {
    const path = id.split("?")[0] ?? "";
    return /\/assets\/scenarios\/[^/]+\/objectives\.json$/.test(path)
      ? '{ "objectives": [] }'
      : undefined;
  },
};

export default {
  root: import.meta.dirname,
  plugins: [noObjectives],
  base: "./",
  server: { port: 5173, fs: { allow: [".."] } },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2023",
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      // The replay viewer is a page of its own (client/replay.html).
      input: {
        main: `${import.meta.dirname}/index.html`,
        replay: `${import.meta.dirname}/replay.html`,
        // Classroom mode: the teacher's dashboard, the student's page, the projector's screen.
        teacher: `${import.meta.dirname}/teacher.html`,
        class: `${import.meta.dirname}/class.html`,
        screen: `${import.meta.dirname}/screen.html`,
        // The debrief report, printable, opened from the dashboard.
        debrief: `${import.meta.dirname}/debrief.html`,
      },
      output: {
        manualChunks(id: string) {
          if (id.includes("node_modules/phaser")) return "phaser";
          // csp.ts configures zod before any schema is built: it must run first in that chunk.
          if (id.includes("node_modules/zod") || id.includes("/shared/src/")) return "engine";
          if (id.endsWith("/client/src/csp.ts")) return "engine";
          if (id.includes("node_modules/@colyseus")) return "net";
          return undefined;
        },
      },
    },
  },
} satisfies UserConfig;
