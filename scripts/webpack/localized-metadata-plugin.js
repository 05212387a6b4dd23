/**
 * Webpack plugin: after custom-functions-metadata-plugin has put `functions.json` (Japanese, from the JSDoc)
 * into the compilation, emit `functions.en-us.json` — the same metadata with every function's and every
 * parameter's `description` replaced by the English text of FUNCTION_CATALOG (src/core/functions/catalog.ts).
 * The manifest points Excel at it with a <bt:Override Locale="…" .../> for every English locale (en-us, en-gb,
 * en-au …): one English file serves them all.
 *
 * The build fails when functions.json and the catalog disagree: a function in one but not the other, or a
 * parameter of a function that the catalog does not describe (or describes but the function lacks).
 *
 * The TypeScript catalog is loaded with tsx's namespaced require, a fresh namespace per compilation, so watch
 * mode (webpack serve) picks up edits to the catalog; the files it loaded become watch dependencies.
 */
"use strict";

const path = require("path");
const { Compilation, WebpackError, sources } = require("webpack");

const PLUGIN = "LocalizedMetadataPlugin";

/**
 * Loads `FUNCTION_CATALOG` from a TypeScript module.
 * @param {string} catalogPath absolute path of catalog.ts
 * @returns {{ catalog: ReadonlyArray<any>, files: string[] }}
 */
function loadCatalog(catalogPath) {
  // tsx is ESM-aware and understands TS; its CJS API can load a module in an isolated namespace.
  const { register } = require("tsx/cjs/api");
  const before = new Set(Object.keys(require.cache));
  const api = register({
    namespace: `${PLUGIN}-${Date.now()}-${Math.random().toString(36).slice(2)}`,
  });
  let mod;
  try {
    mod = api.require(catalogPath, __filename);
  } finally {
    api.unregister();
  }
  const files = [];
  for (const key of Object.keys(require.cache)) {
    if (before.has(key)) continue;
    const file = key.split("?")[0];
    if (!file.includes(`${path.sep}node_modules${path.sep}`)) files.push(file);
    // Drop the namespaced copies so repeated watch compilations do not accumulate modules.
    delete require.cache[key];
  }
  if (!mod || !Array.isArray(mod.FUNCTION_CATALOG)) {
    throw new Error(`${catalogPath} does not export an array FUNCTION_CATALOG`);
  }
  return { catalog: mod.FUNCTION_CATALOG, files };
}

/** Catalog names are snake_case ("fuel_type"), JSDoc/TS names camelCase ("fuelType"): compare without case or "_". */
function paramKey(name) {
  return String(name).replace(/_/g, "").toLowerCase();
}

/**
 * Pure part, exported for tests: returns the localized metadata and the list of problems.
 * @param {{ functions: Array<{ id: string, name: string, description?: string, parameters?: Array<{ name: string, description?: string }> }> }} metadata
 * @param {ReadonlyArray<{ name: string, description: Record<string,string>, params: ReadonlyArray<{ name: string, description: Record<string,string> }> }>} catalog
 * @param {string} lang key of the Label to use, e.g. "en"
 */
function localizeMetadata(metadata, catalog, lang) {
  const errors = [];
  const byName = new Map();
  for (const info of catalog) {
    const key = String(info.name).toUpperCase();
    if (byName.has(key)) errors.push(`FUNCTION_CATALOG lists ${info.name} twice`);
    byName.set(key, info);
  }
  const seen = new Set();
  const functions = (metadata.functions || []).map((fn) => {
    const key = String(fn.id || fn.name).toUpperCase();
    seen.add(key);
    const info = byName.get(key);
    if (!info) {
      errors.push(
        `${key} is in functions.json (a @customfunction in src/functions) but missing from FUNCTION_CATALOG`
      );
      return fn;
    }
    const text = info.description && info.description[lang];
    if (!text) errors.push(`FUNCTION_CATALOG ${key} has no description.${lang}`);
    const params = fn.parameters || [];
    const catalogParams = new Map(info.params.map((p) => [paramKey(p.name), p]));
    const parameters = params.map((p) => {
      const cp = catalogParams.get(paramKey(p.name));
      if (!cp) {
        errors.push(
          `${key}: parameter "${p.name}" is in functions.json but not in FUNCTION_CATALOG params`
        );
        return p;
      }
      const ptext = cp.description && cp.description[lang];
      if (!ptext) errors.push(`FUNCTION_CATALOG ${key}.${p.name} has no description.${lang}`);
      return { ...p, description: ptext || p.description };
    });
    for (const [k, cp] of catalogParams) {
      if (!params.some((p) => paramKey(p.name) === k)) {
        errors.push(
          `${key}: FUNCTION_CATALOG parameter "${cp.name}" is not a parameter of the @customfunction`
        );
      }
    }
    return { ...fn, description: text || fn.description, parameters };
  });
  for (const key of byName.keys()) {
    if (!seen.has(key))
      errors.push(
        `${key} is in FUNCTION_CATALOG but not in functions.json (no @customfunction with that id)`
      );
  }
  return { metadata: { ...metadata, functions }, errors };
}

class LocalizedMetadataPlugin {
  /**
   * @param {{ catalog: string, input?: string, output?: string, lang?: string }} options
   *   catalog: path of catalog.ts; input: the metadata asset (default functions.json);
   *   output: the localized asset (default functions.en-us.json); lang: Label key (default "en").
   */
  constructor(options) {
    this.catalogPath = path.resolve(options.catalog);
    this.input = options.input || "functions.json";
    this.output = options.output || "functions.en-us.json";
    this.lang = options.lang || "en";
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      compilation.hooks.processAssets.tap(
        // After ADDITIONAL (where functions.json already is: the metadata plugin sets it when the compilation is created).
        { name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        () => {
          const fail = (message) => {
            const err = new WebpackError(`${PLUGIN}: ${message}`);
            err.hideStack = true;
            compilation.errors.push(err);
          };
          const asset = compilation.getAsset(this.input);
          if (!asset) {
            // custom-functions-metadata-plugin reports its own errors; only complain if it reported none.
            if (compilation.errors.length === 0)
              fail(`${this.input} was not emitted; is CustomFunctionsMetadataPlugin configured?`);
            return;
          }
          let catalog;
          try {
            const loaded = loadCatalog(this.catalogPath);
            catalog = loaded.catalog;
            for (const file of loaded.files) compilation.fileDependencies.add(file);
          } catch (e) {
            compilation.fileDependencies.add(this.catalogPath);
            fail(
              `cannot load ${path.relative(compiler.context, this.catalogPath)}: ${e && e.message ? e.message : e}`
            );
            return;
          }
          let metadata;
          try {
            metadata = JSON.parse(asset.source.source().toString());
          } catch (e) {
            fail(`${this.input} is not JSON: ${e.message}`);
            return;
          }
          const result = localizeMetadata(metadata, catalog, this.lang);
          for (const message of result.errors) fail(message);
          if (result.errors.length > 0) return;
          compilation.emitAsset(
            this.output,
            new sources.RawSource(JSON.stringify(result.metadata, null, 2))
          );
        }
      );
    });
  }
}

module.exports = LocalizedMetadataPlugin;
module.exports.LocalizedMetadataPlugin = LocalizedMetadataPlugin;
module.exports.localizeMetadata = localizeMetadata;
