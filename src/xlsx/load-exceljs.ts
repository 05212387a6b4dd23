/**
 * ExcelJS, loaded on first use. The dynamic import makes webpack put ExcelJS (about 1 MB minified, its "browser"
 * build) in a chunk of its own that the pane fetches only when a file is written or read (webpack.config.js names it
 * pane-exceljs through a cache group, so no chunk name is given here); under Node (jest, the CLI) it resolves to the
 * CommonJS build.
 *
 * Interop: a CommonJS module imported dynamically arrives as a namespace whose `default` is `module.exports`
 * (webpack, Node's ESM loader, TypeScript's __importStar); some loaders hand over `module.exports` itself. Both work.
 */
export type ExcelJSModule = typeof import("exceljs");

let loading: Promise<ExcelJSModule> | undefined;

export function loadExcelJS(): Promise<ExcelJSModule> {
  loading ??= import("exceljs").then(
    (mod) => {
      const withDefault = mod as ExcelJSModule & { default?: ExcelJSModule };
      const resolved = withDefault.default ?? withDefault;
      if (typeof resolved.Workbook !== "function")
        throw new Error("ExcelJS did not load: Workbook is missing from the module");
      return resolved;
    },
    (error: unknown) => {
      // A failed chunk load (network) may succeed later: do not cache the failure.
      loading = undefined;
      throw error;
    }
  );
  return loading;
}
