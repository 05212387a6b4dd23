/**
 * webpack.config.js's OFFICE_JS option, without a build: the config function is run with OFFICE_JS unset, "local"
 * and "cdn", and both HTML pages are rendered from its HtmlWebpackPlugin options — taskpane.html through
 * html-webpack-plugin's own template loader, functions.html through its templateContent — to see which office.js
 * they load; the copy patterns show whether dist/office-js/ is made. (The default build itself is checked by
 * scripts/check-build.mjs.)
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "..");
const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/* eslint-disable @typescript-eslint/no-require-imports -- webpack.config.js and html-webpack-plugin are CommonJS */
type ConfigFunction = ((
  env: Record<string, unknown>,
  argv: { mode: string }
) => Promise<WebpackConfig>) & {
  officeJsSource: () => string;
  OFFICE_JS_CDN_URL: string;
};
const configFunction = require("../webpack.config.js") as ConfigFunction;
const HtmlWebpackPlugin = require("html-webpack-plugin") as new (...args: unknown[]) => unknown;
const CopyWebpackPlugin = require("copy-webpack-plugin") as new (...args: unknown[]) => unknown;
const templateLoader = require("html-webpack-plugin/lib/loader.js") as (
  this: unknown,
  source: string
) => string;
/* eslint-enable @typescript-eslint/no-require-imports */

interface HtmlPlugin {
  userOptions: {
    filename: string;
    template?: string;
    templateContent?: (params: unknown) => string;
    [key: string]: unknown;
  };
}
interface CopyPlugin {
  patterns: { from: string; to: string; context?: string }[];
}
interface WebpackConfig {
  plugins: unknown[];
}

async function configWith(officeJs: string | undefined): Promise<WebpackConfig> {
  const saved = process.env.OFFICE_JS;
  if (officeJs === undefined) delete process.env.OFFICE_JS;
  else process.env.OFFICE_JS = officeJs;
  try {
    return await configFunction({}, { mode: "production" });
  } finally {
    if (saved === undefined) delete process.env.OFFICE_JS;
    else process.env.OFFICE_JS = saved;
  }
}

const htmlPlugin = (config: WebpackConfig, filename: string): HtmlPlugin => {
  const found = config.plugins.filter(
    (p): p is HtmlPlugin =>
      p instanceof HtmlWebpackPlugin && (p as HtmlPlugin).userOptions.filename === filename
  );
  expect(found).toHaveLength(1);
  return found[0]!;
};

/** taskpane.html as html-webpack-plugin renders its template (before it injects the bundle's script tags). */
function renderTaskpane(config: WebpackConfig): string {
  const { userOptions } = htmlPlugin(config, "taskpane.html");
  const file = join(ROOT, userOptions.template!);
  const context = {
    getOptions: () => ({}),
    loaders: [{ normal: templateLoader }],
    loaderIndex: 0,
    resourcePath: file,
  };
  const code = templateLoader.call(context, readFileSync(file, "utf8"));
  const module = { exports: undefined as unknown as (params: unknown) => string };
  // The loader's output is a CommonJS module (sloppy mode: it uses `with`), as webpack would evaluate it.
  new Function("module", "require", code)(module, require);
  return module.exports({
    htmlWebpackPlugin: {
      options: userOptions,
      tags: { headTags: [], bodyTags: [] },
      files: { js: [], css: [] },
    },
  });
}

function renderFunctions(config: WebpackConfig): string {
  const { userOptions } = htmlPlugin(config, "functions.html");
  return userOptions.templateContent!({
    htmlWebpackPlugin: { files: { js: ["functions.js"] }, options: userOptions },
  });
}

const scriptsOf = (html: string): string[] =>
  [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
const head = (html: string): string => html.slice(0, html.indexOf("</head>"));
const copiesOfficeJs = (config: WebpackConfig): boolean =>
  config.plugins
    .filter((p): p is CopyPlugin => p instanceof CopyWebpackPlugin)
    .flatMap((p) => p.patterns)
    .some((pattern) => pattern.to === "office-js/");

describe("OFFICE_JS", () => {
  test.each([undefined, "local", " Local "])(
    "%p (the default): both pages load our own office-js/office.js, which is copied",
    async (value) => {
      const config = await configWith(value);
      for (const html of [renderTaskpane(config), renderFunctions(config)]) {
        expect(scriptsOf(head(html))).toContain("office-js/office.js");
        expect(html).not.toContain("appsforoffice.microsoft.com");
      }
      expect(copiesOfficeJs(config)).toBe(true);
    }
  );

  test("cdn: both pages load Microsoft's CDN office.js in <head>, and office-js/ is not copied", async () => {
    const config = await configWith("cdn");
    expect(configFunction.OFFICE_JS_CDN_URL).toBe(CDN);
    const taskpane = renderTaskpane(config);
    const functions = renderFunctions(config);
    expect(scriptsOf(head(taskpane))).toEqual([CDN]);
    expect(scriptsOf(head(functions))).toEqual([CDN, "functions.js"]);
    for (const html of [taskpane, functions])
      expect(scriptsOf(html).filter((src) => src.includes("office-js/"))).toEqual([]);
    expect(copiesOfficeJs(config)).toBe(false);
  });

  test("any other value stops the build instead of shipping the wrong office.js", async () => {
    await expect(configWith("CDNN")).rejects.toThrow(/OFFICE_JS must be "local" .* or "cdn"/);
    await expect(configWith("https://example.invalid/office.js")).rejects.toThrow(/OFFICE_JS/);
  });
});
