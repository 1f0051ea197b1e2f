import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "shared",
          root: "shared",
          include: ["src/**/*.test.ts"],
        },
      },
      {
        test: {
          name: "assets",
          root: "assets",
          include: ["**/*.test.ts"],
          exclude: ["node_modules/**"],
        },
      },
      {
        test: {
          name: "server",
          root: "server",
          include: ["src/**/*.test.ts"],
        },
      },
      {
        test: {
          name: "client",
          root: "client",
          include: ["src/**/*.test.ts"],
        },
      },
      {
        test: {
          name: "tooling",
          root: "scripts",
          include: ["**/*.test.ts"],
        },
      },
      {
        test: {
          name: "integration",
          root: "tests",
          include: ["integration/**/*.test.ts", "e2e/**/*.test.ts"],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
