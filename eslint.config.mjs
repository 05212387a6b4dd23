/**
 * ESLint 9 flat config.
 *  - @eslint/js recommended + typescript-eslint recommended everywhere (src, test, scripts, bench, configs).
 *  - eslint-plugin-office-addins rules for src/ (the Excel API code: load/sync discipline).
 *
 * eslint-plugin-office-addins 4.x does ship flat configs (`configs.recommended`), but they bundle Prettier as a
 * lint rule, ESLint's JS rules with ecmaVersion 6, and their own copy of @typescript-eslint/eslint-plugin (a
 * different version from ours, which ESLint rejects as a redefined plugin). So the plugin is registered here on
 * its own and only its `office-addins/*` rule settings are taken from its recommended config.
 *  - eslint-plugin-import-x for the layers of src/ (docs/ARCHITECTURE.md): no import cycles, and no import from a
 *    folder to the right of the importer's in LAYERS (type imports included).
 */
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import { createNodeResolver, importX } from "eslint-plugin-import-x";
import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";
import tseslint from "typescript-eslint";

/**
 * The folders of src/, lowest first (docs/ARCHITECTURE.md). A folder imports only from folders of earlier layers —
 * `import type` included — and not from the other folders of its own layer, except the pairs in SIDEWAYS.
 */
const LAYERS = [
  ["core"],
  ["scenarios"],
  ["sheets"],
  ["ledger", "xlsx", "portable", "collect"],
  ["taskpane", "cli", "functions"],
];
/** Imports allowed inside a layer: collect reads the returned questionnaires with xlsx's reader (and its types). */
const SIDEWAYS = { collect: ["xlsx"] };

/** One import-x/no-restricted-paths zone per folder and folder it may not import. */
const layerZones = LAYERS.flatMap((layer, index) =>
  layer.flatMap((folder) =>
    [
      ...layer.filter((other) => other !== folder && !(SIDEWAYS[folder] ?? []).includes(other)),
      ...LAYERS.slice(index + 1).flat(),
    ].map((other) => ({
      target: `./src/${folder}`,
      from: `./src/${other}`,
      message: `src/${folder} may not import src/${other}: ${LAYERS.map((l) => l.join(", ")).join(" ← ")} (docs/ARCHITECTURE.md).`,
    }))
  )
);

/** The office-addins/* rules with the severities the plugin recommends (no-context-sync-in-loop, load-object-before-read, …). */
const officeAddinsRules = Object.fromEntries(
  officeAddins.configs.recommended
    .flatMap((config) => Object.entries(config.rules ?? {}))
    .filter(([name]) => name.startsWith("office-addins/"))
);

export default defineConfig([
  { ignores: ["dist/", "node_modules/", "coverage/", "test-results/"] },

  js.configs.recommended,
  tseslint.configs.recommended,

  {
    rules: {
      // Allow the conventional "_unused" names for parameters required by a signature (e.g. Fluent onChange(_, data)).
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" },
      ],
    },
  },

  // The add-in itself: browser code that talks to Excel through office.js.
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    languageOptions: {
      globals: {
        ...globals.browser,
        Office: "readonly",
        Excel: "readonly",
        OfficeExtension: "readonly",
        CustomFunctions: "readonly",
      },
    },
    rules: officeAddinsRules,
  },

  // The layers: no cycles (value imports; the zones below count type imports too) and no upward or sideways import.
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "import-x": importX },
    settings: {
      "import-x/extensions": [".ts", ".tsx", ".js", ".mjs", ".cjs"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
      "import-x/resolver-next": [
        createNodeResolver({ extensions: [".ts", ".tsx", ".js", ".json"] }),
      ],
    },
    rules: {
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
      "import-x/no-restricted-paths": ["error", { zones: layerZones }],
    },
  },

  // Node scripts, build configuration and tests (e2e/: the Playwright specs and their static server).
  {
    files: [
      "scripts/**/*.{js,mjs,cjs,ts}",
      "e2e/**/*.{ts,mjs}",
      "bench/**/*.ts",
      "test/**/*.{ts,tsx}",
      "*.{js,mjs,cjs}",
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ["**/*.cjs", "webpack.config.js", "jest.config.js", "scripts/webpack/**/*.js"],
    languageOptions: { sourceType: "commonjs" },
    rules: {
      // These files are CommonJS modules (webpack and jest load them with require); require() is how they import.
      "@typescript-eslint/no-require-imports": "off",
    },
  },
  {
    files: ["test/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.jest } },
  },
]);
