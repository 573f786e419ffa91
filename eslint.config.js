// @ts-check
/**
 * `npm run lint`: typescript-eslint's recommended rules, Prettier for layout, and the import
 * boundaries of docs/decisions/0002 (test/architecture.test.ts checks the finer API rules).
 */
const js = require("@eslint/js");
const tseslint = require("typescript-eslint");
const prettier = require("eslint-config-prettier");

/** Import specifiers a folder must not use, as gitignore-style patterns over the import text. */
const banned = (message, group) => ({ "no-restricted-imports": ["error", { patterns: [{ group, message }] }] });

const ENTRY_POINTS = ["**/taskpane/**", "**/cli/**", "**/commands/**"];
const TEST_CODE = ["**/test/**", "**/*.test", "**/*.test.ts", "**/*.test.tsx"];

module.exports = tseslint.config(
  { ignores: ["node_modules/", "dist/", "dist-bridge/", "coverage/", "test-output/", ".cache/", "assets/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      "no-undef": "off", // TypeScript checks names; ESLint's globals would only repeat tsconfig's lib.
      "no-control-regex": "off", // XML 1.0 forbids most control characters: our cleaners must name them.
    },
  },
  {
    files: ["src/core/**"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/adapters/**", "**/engine/**", "**/emulator/**", ...ENTRY_POINTS, ...TEST_CODE.slice(0, 1)],
              message: "The core imports only the core (docs/decisions/0002).",
            },
            {
              regex: "^(?![.]|zod$|xmlbuilder2(/|$)|fast-xml-parser$|big[.]js$|@noble/hashes(/|$))",
              message: "The core may use only zod, xmlbuilder2, fast-xml-parser, big.js and @noble/hashes (docs/decisions/0002).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/engine/**"],
    ignores: ["**/*.test.ts"],
    rules: banned("The engine knows only the core and its ports.", ["**/adapters/**", "**/emulator/**", ...ENTRY_POINTS, "**/test/**"]),
  },
  {
    files: ["src/adapters/**"],
    ignores: ["**/*.test.ts", "**/*.test.tsx"],
    rules: banned("Adapters never import entry points, the emulator or test code.", [...ENTRY_POINTS, "**/emulator/**", "**/test/**"]),
  },
  {
    files: ["src/taskpane/**", "src/commands/**"],
    ignores: ["**/*.test.ts", "**/*.test.tsx"],
    rules: banned("The pane never loads the emulator, the CLI or test code.", ["**/emulator/**", "**/cli/**", "**/test/**"]),
  },
  {
    files: ["src/cli/**"],
    ignores: ["**/*.test.ts"],
    rules: banned("The command line never loads test code: its fakes live in test/support.", ["**/test/**"]),
  },
  {
    files: ["src/emulator/**"],
    ignores: ["**/*.test.ts"],
    rules: banned(
      "The emulator stands apart from product code: it may use only the pure core's dates, money and GST facts, never our Tally XML layer (docs/decisions/0002).",
      ["**/core/tally/**", "**/adapters/**", "**/engine/**", ...ENTRY_POINTS, "**/test/**"],
    ),
  },
  {
    files: ["**/*.test.ts", "**/*.test.tsx", "test/**", "bench/**", "scripts/**"],
    rules: { "@typescript-eslint/no-non-null-assertion": "off" },
  },
  { files: ["**/*.js"], rules: { "@typescript-eslint/no-require-imports": "off" } },
);
