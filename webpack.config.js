/**
 * Build of the Excel add-in「カーボン・オフセット算定」.
 *
 *   functions  src/functions/functions.ts → functions.js + functions.json (from the JSDoc, Japanese)
 *              + functions.en-us.json (English texts from FUNCTION_CATALOG) + functions.html (office.js + functions.js only).
 *              Runs in Excel's JavaScript-only custom functions runtime: no React, no DOM code.
 *   taskpane   src/taskpane/index.tsx → taskpane.js (tiny bootstrap) + lazily loaded chunks pane-app / pane-vendor
 *              (React + Fluent UI) + taskpane.html. Loaded only when used: pane-writer (writes sheets into Excel),
 *              pane-xlsx (questionnaire files, collection, portable workbooks) with ExcelJS in pane-exceljs.
 *   copied     assets/ → assets/, manifest.xml → manifest.xml (URLs rewritten, see ADDIN_BASE_URL),
 *              office.js and the Excel parts of its folder → office-js/ (served from our own origin for closed networks;
 *              not with OFFICE_JS=cdn).
 *
 * Environment:
 *   ADDIN_BASE_URL  https URL where dist/ will be hosted, e.g. https://intra.example.lg.jp/ghg-offset/ .
 *                   Every "https://localhost:3000/" in manifest.xml is replaced by it in dist/manifest.xml.
 *                   Unset: the manifest keeps the dev-server URLs.
 *   OFFICE_JS       Where taskpane.html and functions.html load office.js from:
 *                   "local" (default) — our own copy in dist/office-js/ (from the @microsoft/office-js package), for
 *                   closed networks such as LGWAN, where Microsoft's CDN is out of reach. Microsoft allows a local
 *                   copy for add-ins deployed internally, not for AppSource ("Referencing the Office JavaScript API
 *                   library", learn.microsoft.com/office/dev/add-ins/develop/referencing-the-javascript-api-for-office-library-from-its-cdn).
 *                   "cdn" — Microsoft's CDN (OFFICE_JS_CDN_URL), for organisations whose PCs reach the internet: Office
 *                   fixes arrive without rebuilding; office-js/ is not copied.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const { X509Certificate } = require("crypto");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const LocalizedMetadataPlugin = require("./scripts/webpack/localized-metadata-plugin");

const DEV_BASE_URL = "https://localhost:3000/";
const DEV_PORT = 3000;
const OFFICE_JS_DIR = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));
/** Microsoft's evergreen office.js (the latest release of version 1). */
const OFFICE_JS_CDN_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** Our own copy's URL, relative to the HTML pages. */
const OFFICE_JS_LOCAL_URL = "office-js/office.js";

/** OFFICE_JS as "local" (the default) or "cdn". Throws on anything else, so a typo never ships the wrong one. */
function officeJsSource() {
  const raw = (process.env.OFFICE_JS || "").trim().toLowerCase();
  if (raw === "" || raw === "local") return "local";
  if (raw === "cdn") return "cdn";
  throw new Error(
    `OFFICE_JS must be "local" (our own copy, the default) or "cdn" (Microsoft's CDN): ${process.env.OFFICE_JS}`
  );
}

/** ADDIN_BASE_URL normalized to end with "/", or null. Throws on a non-https URL (Office only loads https add-ins). */
function addinBaseUrl() {
  const raw = (process.env.ADDIN_BASE_URL || "").trim();
  if (!raw) return null;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_BASE_URL is not a URL: ${raw}`);
  }
  if (url.protocol !== "https:")
    throw new Error(`ADDIN_BASE_URL must be https (Office refuses http add-ins): ${raw}`);
  if (url.search || url.hash)
    throw new Error(`ADDIN_BASE_URL must not have a query or fragment: ${raw}`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/**
 * Which files of node_modules/@microsoft/office-js/dist are copied to dist/office-js/.
 * office.js loads the host-specific script (excel-win32-16.01.js, excel-web-16.00.js, …) and the UI strings of the
 * display language (ja-jp/office_strings.js, …) relative to its own URL, so those come along. Skipped: *.debug.js,
 * IntelliSense files, and the scripts of the other Office applications (the manifest only targets Workbook).
 */
const OFFICE_JS_IGNORE = [
  "**/*.debug.js",
  "**/*-vsdoc.js",
  "**/*.d.ts",
  "**/{access,onenote,outlook,outlookwebapp,powerpoint,powerpointios,project,word,wordios,visio}*.js",
];

/**
 * HTTPS options for the dev server: office-addin-dev-certs' localhost certificate (~/.office-addin-dev-certs).
 * `npm start` generates it and asks the OS to trust its CA. When the CA cannot be trusted (no sudo, Linux, CI),
 * getHttpsServerOptions() would regenerate the files on every call and then throw, so existing, unexpired files are
 * used as they are. Without any certificate, webpack-dev-server falls back to its own self-signed one.
 */
async function devServerHttps() {
  const devCerts = require("office-addin-dev-certs");
  const {
    caCertificatePath,
    localhostCertificatePath,
    localhostKeyPath,
  } = require("office-addin-dev-certs/lib/defaults");
  const readFiles = () => ({
    ca: fs.readFileSync(caCertificatePath),
    cert: fs.readFileSync(localhostCertificatePath),
    key: fs.readFileSync(localhostKeyPath),
  });
  const haveFiles = () =>
    [caCertificatePath, localhostCertificatePath, localhostKeyPath].every((f) => fs.existsSync(f));
  const unexpired = () => {
    try {
      return (
        new Date(new X509Certificate(fs.readFileSync(localhostCertificatePath)).validTo) >
        new Date(Date.now() + 24 * 3600 * 1000)
      );
    } catch {
      return false;
    }
  };
  if (haveFiles() && unexpired() && !safeVerify(devCerts)) {
    console.warn(
      `[webpack] Using ${localhostCertificatePath}; its CA is not trusted on this machine (trust it with \`npx office-addin-dev-certs install\`).`
    );
    return readFiles();
  }
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (err) {
    if (haveFiles()) {
      console.warn(
        `[webpack] Using ${localhostCertificatePath}; its CA is not trusted on this machine (${firstLine(err)}).`
      );
      return readFiles();
    }
    console.warn(
      `[webpack] No office-addin-dev-certs certificate (${firstLine(err)}); using a self-signed one.`
    );
    return undefined;
  }
}

function safeVerify(devCerts) {
  try {
    return devCerts.verifyCertificates();
  } catch {
    return false;
  }
}

/**
 * Marks the assets of the named chunks as already minimized, so the minimizer skips them. For pane-exceljs: ExcelJS's
 * browser build (exceljs/dist/exceljs.min.js, ~0.9 MB) ships minified, and minifying it again only costs build time.
 */
class AlreadyMinimizedChunksPlugin {
  constructor(chunkNames) {
    this.chunkNames = new Set(chunkNames);
  }

  apply(compiler) {
    const { Compilation } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("AlreadyMinimizedChunksPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        {
          name: "AlreadyMinimizedChunksPlugin",
          stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE - 1,
        },
        () => {
          for (const chunk of compilation.chunks) {
            if (!chunk.name || !this.chunkNames.has(chunk.name)) continue;
            for (const file of chunk.files) {
              if (file.endsWith(".js"))
                compilation.updateAsset(
                  file,
                  (source) => source,
                  (info) => ({ ...info, minimized: true })
                );
            }
          }
        }
      );
    });
  }
}

function firstLine(err) {
  return String((err && err.message) || err).split("\n")[0];
}

module.exports = async (env, argv) => {
  const dev = !argv || argv.mode !== "production";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const baseUrl = addinBaseUrl();
  const officeJs = officeJsSource();
  const officeJsUrl = officeJs === "cdn" ? OFFICE_JS_CDN_URL : OFFICE_JS_LOCAL_URL;

  return {
    mode: dev ? "development" : "production",
    context: __dirname,
    devtool: dev ? "cheap-module-source-map" : "source-map",
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    // es2017: the webpack runtime must also run in the custom functions JavaScript-only runtime.
    target: ["web", "es2017"],
    output: {
      path: path.resolve(__dirname, "dist"),
      // Fixed names: the manifest points at functions.js; taskpane.html is generated.
      filename: "[name].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      // "auto": lazy chunks load relative to taskpane.js, so dist/ works under any ADDIN_BASE_URL path.
      publicPath: "auto",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
    },
    module: {
      // ExcelJS's browser build ("browser" field → dist/exceljs.min.js) is one self-contained, minified bundle:
      // nothing in it for webpack to resolve, and parsing its ~0.9 MB would only cost time.
      noParse: /[\\/]node_modules[\\/]exceljs[\\/]dist[\\/][^\\/]+\.min\.js$/,
      rules: [
        // The calculation core and the scenario data are pure (no DOM, no registration on import; lint keeps them so):
        // telling webpack lets it drop what a chunk imports but never uses — the pane's first chunks import a few
        // settings helpers through src/core/index.ts, not the whole function catalogue.
        {
          test: /[\\/]src[\\/](core|scenarios)[\\/].*\.ts$/,
          sideEffects: false,
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Type checking is `tsc --noEmit` (npm run typecheck); the build only transpiles.
            options: { transpileOnly: true, compilerOptions: { target: "ES2017", noEmit: false } },
          },
        },
      ],
    },
    optimization: {
      splitChunks: {
        // Only the task pane's lazy import is split; each entry stays self-contained (functions.js never shares a chunk).
        chunks: "async",
        cacheGroups: {
          default: false,
          defaultVendors: false,
          // ExcelJS on its own: only the .xlsx features (pane-xlsx) load it, never the pane's first chunks.
          paneExceljs: {
            test: /[\\/]node_modules[\\/]exceljs[\\/]/,
            name: "pane-exceljs",
            chunks: "async",
            enforce: true,
            priority: 10,
          },
          // The libraries the pane needs before its tabs show (React, the Fluent UI parts of the tab bar and the start
          // page): those of pane-app only, so a library only a section uses loads with that section.
          paneVendor: {
            test: /[\\/]node_modules[\\/](?!exceljs[\\/])/,
            name: "pane-vendor",
            chunks: (chunk) => chunk.name === "pane-app",
            enforce: true,
          },
          // Code that several lazily loaded chunks share (the forms, previews and builders of the sections), once.
          paneSections: {
            test: (module) => !/[\\/]node_modules[\\/]exceljs[\\/]/.test(module.resource || ""),
            name: "pane-sections",
            // Lazy chunks only: functions.js and taskpane.js stay self-contained.
            chunks: (chunk) => !chunk.canBeInitial() && chunk.name !== "pane-app",
            minChunks: 2,
            minSize: 0,
            priority: -10,
            reuseExistingChunk: true,
          },
        },
      },
    },
    performance: {
      hints: dev ? false : "warning",
      // The lazy React/Fluent chunk is expected to be a few hundred KiB; office.js is not ours; ExcelJS (~0.9 MiB,
      // loaded only for the .xlsx features) is as big as it is.
      maxAssetSize: 600 * 1024,
      maxEntrypointSize: 250 * 1024,
      assetFilter: (file) =>
        file.endsWith(".js") && !file.startsWith("office-js/") && !file.startsWith("pane-exceljs."),
    },
    plugins: [
      new AlreadyMinimizedChunksPlugin(["pane-exceljs"]),
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      new LocalizedMetadataPlugin({
        catalog: "./src/core/functions/catalog.ts",
        input: "functions.json",
        output: "functions.en-us.json",
        lang: "en",
      }),
      new HtmlWebpackPlugin({
        filename: "functions.html",
        chunks: ["functions"],
        inject: false,
        // The page of the custom functions runtime: office.js (see OFFICE_JS) and functions.js, nothing else.
        templateContent: ({ htmlWebpackPlugin }) => `<!doctype html>
<html>
  <head>
    <meta charset="UTF-8" />
    <meta http-equiv="X-UA-Compatible" content="IE=Edge" />
    <title>GHG custom functions</title>
    <script src="${officeJsUrl}"></script>
    ${htmlWebpackPlugin.files.js.map((src) => `<script defer src="${src}"></script>`).join("\n    ")}
  </head>
  <body></body>
</html>
`,
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        scriptLoading: "defer",
        // The template's <script src="<%= htmlWebpackPlugin.options.officeJsUrl %>"> (see OFFICE_JS).
        officeJsUrl,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets", globOptions: { ignore: ["**/.*"] } },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => {
              const xml = content.toString("utf8");
              return baseUrl ? xml.split(DEV_BASE_URL).join(baseUrl) : xml;
            },
          },
          // Our own office.js, unless the pages load it from Microsoft's CDN.
          ...(officeJs === "local"
            ? [
                {
                  from: "**/*",
                  context: OFFICE_JS_DIR,
                  to: "office-js/",
                  globOptions: { ignore: OFFICE_JS_IGNORE },
                  // Already minified by Microsoft: keeps Terser off ~14 MB of scripts.
                  info: { minimized: true },
                },
              ]
            : []),
        ],
      }),
    ],
    devServer: {
      port: DEV_PORT,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: serving ? { type: "https", options: await devServerHttps() } : "https",
      static: false,
      // No client injection: it would land in functions.js too, which runs where there is no DOM. Reload the pane by hand.
      client: false,
      hot: false,
      liveReload: false,
      webSocketServer: false,
      devMiddleware: { stats: "errors-warnings" },
    },
  };
};

module.exports.addinBaseUrl = addinBaseUrl;
module.exports.officeJsSource = officeJsSource;
module.exports.OFFICE_JS_CDN_URL = OFFICE_JS_CDN_URL;
module.exports.DEV_BASE_URL = DEV_BASE_URL;
