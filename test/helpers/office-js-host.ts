/**
 * Microsoft's own office.js (the Excel on the web script, `excel-web-16.00.debug.js` of @microsoft/office-js) in a
 * jsdom window, with its transport replaced: every `context.sync()` hands over the exact JSON body Excel on the web
 * would receive. The code under test gets a real `Excel.RequestContext`, so whatever office.js itself refuses on the
 * client side (wrong argument shapes, unknown enum values) fails here too, and request sizes are office.js's own.
 *
 * This is not an Excel simulator: it answers collection loads (worksheets, tables, names) with the names it was
 * given, acknowledges everything else, and — like Excel on the web — refuses a request body over 5 MB with
 * `RequestPayloadSizeLimitExceeded`. What the writes do to cells is checked against the fake (fake-excel/).
 */
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";

/** Excel on the web's limit on one request (docs: "Resource limits and performance optimization for Office Add-ins"). */
export const EXCEL_WEB_REQUEST_LIMIT = 5 * 1024 * 1024;

interface RequestBody {
  readonly Actions: readonly {
    readonly Id: number;
    readonly ActionType: number;
    readonly Name: string;
    readonly ObjectPathId: number;
  }[];
  readonly ObjectPaths: Readonly<
    Record<
      string,
      {
        readonly Name: string;
        readonly ObjectPathType: number;
        readonly ParentObjectPathId?: number;
      }
    >
  >;
}

/** One request as Excel on the web receives it. */
export interface CapturedRequest {
  /** UTF-8 bytes of the JSON body. */
  readonly bytes: number;
  readonly actions: number;
  /** Action names with counts, e.g. { Formulas: 3, Color: 120 } — what makes a request heavy. */
  readonly actionNames: Readonly<Record<string, number>>;
}

export interface OfficeJsHostSetup {
  readonly sheets?: readonly string[];
  readonly tables?: readonly string[];
  readonly names?: readonly string[];
  /** Answer request number n (1-based) with this error code instead of success, e.g. "InvalidArgument". */
  readonly failRequest?: { readonly at: number; readonly code: string; readonly message?: string };
}

export interface OfficeJsHost {
  readonly context: Excel.RequestContext;
  readonly requests: readonly CapturedRequest[];
  /** The largest request body in bytes (0 before any request). */
  largestRequest(): number;
}

interface OfficeWindow {
  eval(source: string): unknown;
  Excel: { RequestContext: new (url: string) => Excel.RequestContext };
  OfficeExtension: {
    HttpUtility: {
      s_customSendRequestFunc: (request: { body: string | RequestBody }) => Promise<unknown>;
    };
  };
}

let officeWindow: OfficeWindow | undefined;
/** office.js keeps one transport per window; the host that created the context in use answers. */
let activeHandler: ((body: RequestBody) => unknown) | undefined;

function loadOfficeJs(): OfficeWindow {
  if (officeWindow) return officeWindow;
  const source = readFileSync(
    require.resolve("@microsoft/office-js/dist/excel-web-16.00.debug.js"),
    "utf8"
  );
  const dom = new JSDOM("<!doctype html><html><body></body></html>", {
    runScripts: "outside-only",
    url: "https://localhost/",
  });
  const window = dom.window as unknown as OfficeWindow;
  window.eval(source);
  window.OfficeExtension.HttpUtility.s_customSendRequestFunc = (request) => {
    const body = (
      typeof request.body === "string" ? JSON.parse(request.body) : request.body
    ) as RequestBody;
    const answer = activeHandler ? activeHandler(body) : { Results: [] };
    return Promise.resolve({ statusCode: 200, headers: {}, body: JSON.stringify(answer) });
  };
  officeWindow = window;
  return window;
}

const INSTANTIATE = 1;
const LOAD = 2;

/** A request context of the real office.js over a workbook that has the given sheets, tables and names. */
export function createOfficeJsHost(setup: OfficeJsHostSetup = {}): OfficeJsHost {
  const window = loadOfficeJs();
  const requests: CapturedRequest[] = [];
  let sheetIds = 0;
  const collections: Record<string, readonly string[]> = {
    Worksheets: setup.sheets ?? ["Sheet1"],
    Tables: setup.tables ?? [],
    Names: setup.names ?? [],
  };
  const handler = (body: RequestBody): unknown => {
    const text = JSON.stringify(body);
    const bytes = Buffer.byteLength(text);
    const actionNames: Record<string, number> = {};
    for (const action of body.Actions) {
      const name = action.Name || (body.ObjectPaths[String(action.ObjectPathId)]?.Name ?? "?");
      actionNames[name] = (actionNames[name] ?? 0) + 1;
    }
    requests.push({ bytes, actions: body.Actions.length, actionNames });
    if (bytes > EXCEL_WEB_REQUEST_LIMIT) {
      return {
        Error: {
          Code: "RequestPayloadSizeLimitExceeded",
          Message: "The request payload size has exceeded the limit.",
          HttpStatusCode: 413,
        },
      };
    }
    if (setup.failRequest && setup.failRequest.at === requests.length) {
      return {
        Error: {
          Code: setup.failRequest.code,
          Message: setup.failRequest.message ?? setup.failRequest.code,
          HttpStatusCode: 400,
          Location: "",
        },
      };
    }
    const Results = body.Actions.flatMap((a): { ActionId: number; Value: unknown }[] => {
      const path = body.ObjectPaths[String(a.ObjectPathId)];
      if (a.ActionType === LOAD) {
        const items = path ? (collections[path.Name] ?? []) : [];
        return [{ ActionId: a.Id, Value: { _Items: items.map((name) => ({ Name: name })) } }];
      }
      // Excel answers the instantiation of a new worksheet with its id; office.js then addresses the sheet by id in
      // later requests (without it, the object would be unusable after this request, as in Excel).
      const parent =
        path?.ParentObjectPathId === undefined
          ? undefined
          : body.ObjectPaths[String(path.ParentObjectPathId)];
      if (a.ActionType === INSTANTIATE && path?.Name === "Add" && parent?.Name === "Worksheets") {
        sheetIds += 1;
        return [
          {
            ActionId: a.Id,
            Value: { Id: `{00000000-0000-0000-0000-${String(sheetIds).padStart(12, "0")}}` },
          },
        ];
      }
      return [];
    });
    return { Results };
  };
  const context = new window.Excel.RequestContext("https://example.invalid/workbook");
  // The context is used right after it is created; make this host the one that answers.
  activeHandler = handler;
  return {
    context,
    requests,
    largestRequest: () => requests.reduce((max, r) => Math.max(max, r.bytes), 0),
  };
}
