// @ts-check
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/dist/**",
      "out/**",
      "data/**",
      "test-output/**",
      "**/*.js",
      "**/*.mjs",
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      // Import circles (type-only imports included), cross-package relative paths and layers
      // are checked by `npm run imports` (scripts/imports.ts), in `npm run check`.
      eqeqeq: ["error", "always"],
      // Type-aware checks that cost little: a switch over a union names every member, and no
      // assertion repeats what the compiler already knows, and no condition tests what the types
      // already decide.
      "@typescript-eslint/switch-exhaustiveness-check": [
        "error",
        { considerDefaultExhaustiveForUnions: true },
      ],
      "@typescript-eslint/no-unnecessary-type-assertion": "error",
      "@typescript-eslint/no-unnecessary-condition": "error",
    },
  },
  {
    // The rules engine must stay pure and deterministic: no clock, no ambient randomness,
    // no host APIs. Time is the turn; randomness is the seeded generator in the state.
    files: ["shared/src/**/*.ts"],
    ignores: ["shared/src/**/*.test.ts"],
    rules: {
      "no-restricted-globals": [
        "error",
        { name: "Date", message: "shared/ is pure: time is the turn number, never the clock." },
        { name: "performance", message: "shared/ is pure: no clock." },
        { name: "process", message: "shared/ is pure: no Node APIs." },
        { name: "window", message: "shared/ is pure: no DOM." },
        { name: "document", message: "shared/ is pure: no DOM." },
        { name: "setTimeout", message: "shared/ is pure: no timers." },
      ],
      "no-restricted-properties": [
        "error",
        {
          object: "Math",
          property: "random",
          message: "shared/ is deterministic: use the seeded generator kept in the state.",
        },
      ],
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["node:*", "fs", "path", "crypto"], message: "shared/ has no Node APIs." },
          ],
        },
      ],
    },
  },
);
