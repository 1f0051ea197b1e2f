/**
 * Builds the standalone map page (map-demo.html) with the app's own Vite config, into
 * MAP_DEMO_OUT (the client benchmark passes test-output/map-demo-dist).
 */
import app from "../../../vite.config.ts";

const root = new URL("../../../", import.meta.url).pathname;

export default {
  ...app,
  build: {
    ...app.build,
    outDir: process.env["MAP_DEMO_OUT"] ?? `${root}../test-output/map-demo-dist`,
    emptyOutDir: true,
    rollupOptions: { ...app.build.rollupOptions, input: { mapDemo: `${root}map-demo.html` } },
  },
};
