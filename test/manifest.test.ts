/**
 * @jest-environment jsdom
 *
 * Structural checks of manifest.xml (office-addin-manifest's validator needs a Microsoft web service, and no npm
 * package ships the manifest XSDs, so these are our own): well-formed XML, ids, resource references, https URLs,
 * icon files and sizes, the CustomFunctions extension point with its English metadata, permissions, requirements
 * (the pane's in the base manifest, custom functions' in <VersionOverrides>), and English overrides for every English
 * locale.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { CUSTOM_FUNCTIONS_RUNTIME } from "../src/taskpane/office/excel-gateway";

const ROOT = join(__dirname, "..");
const DEV_BASE_URL = "https://localhost:3000/";
const XSI = "http://www.w3.org/2001/XMLSchema-instance";
const BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";

/**
 * The English locales Office may report: each gets the English texts and functions.en-us.json (Office matches an
 * override by its exact locale, so en-GB does not fall back to en-US but to the default, Japanese).
 */
const ENGLISH_LOCALES = [
  "en-us",
  "en-gb",
  "en-au",
  "en-ca",
  "en-in",
  "en-nz",
  "en-ie",
  "en-za",
  "en-sg",
];

const xml = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const doc = new DOMParser().parseFromString(xml, "application/xml");

const all = (): Element[] => Array.from(doc.getElementsByTagName("*"));
const byLocalName = (name: string, root: Element | Document = doc): Element[] =>
  Array.from(root.getElementsByTagName("*")).filter((e) => e.localName === name);
const one = (name: string, root: Element | Document = doc): Element => {
  const found = byLocalName(name, root);
  if (found.length !== 1) throw new Error(`expected exactly one <${name}>, found ${found.length}`);
  return found[0]!;
};
const childrenNamed = (parent: Element, name: string): Element[] =>
  Array.from(parent.children).filter((e) => e.localName === name);
/** A direct child of <OfficeApp> (names like Description and Hosts recur inside VersionOverrides). */
const top = (name: string): Element => {
  const found = childrenNamed(doc.documentElement, name);
  if (found.length !== 1)
    throw new Error(`expected exactly one <OfficeApp>/<${name}>, found ${found.length}`);
  return found[0]!;
};
const xsiType = (e: Element): string | null => e.getAttributeNS(XSI, "type");

const resources = (): Element => one("Resources");
/** Resource elements (bt:Image / bt:Url / bt:String with an id) by id. */
const resourceById = (): Map<string, Element> => {
  const map = new Map<string, Element>();
  for (const e of Array.from(resources().getElementsByTagName("*"))) {
    const id = e.getAttribute("id");
    if (id !== null && e.namespaceURI === BT) map.set(id, e);
  }
  return map;
};
const resourceValue = (resid: string): string => {
  const e = resourceById().get(resid);
  if (!e) throw new Error(`no resource ${resid}`);
  return e.getAttribute("DefaultValue") ?? "";
};
const overrideValue = (resid: string, locale: string): string | undefined =>
  childrenNamed(resourceById().get(resid)!, "Override")
    .find((o) => o.getAttribute("Locale")?.toLowerCase() === locale)
    ?.getAttribute("Value") ?? undefined;

function pngSize(file: string): { width: number; height: number } {
  const buf = readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!buf.subarray(0, 8).equals(signature)) throw new Error(`${file} is not a PNG`);
  if (buf.toString("ascii", 12, 16) !== "IHDR") throw new Error(`${file} has no IHDR chunk first`);
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** The file under assets/ a dev-server URL points at. */
function assetFile(url: string): string {
  expect(url.startsWith(`${DEV_BASE_URL}assets/`)).toBe(true);
  return join(ROOT, url.slice(DEV_BASE_URL.length));
}

describe("manifest.xml", () => {
  test("is well-formed XML with an OfficeApp TaskPaneApp root", () => {
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(doc.documentElement.localName).toBe("OfficeApp");
    expect(xsiType(doc.documentElement)).toBe("TaskPaneApp");
    expect(doc.documentElement.namespaceURI).toBe(
      "http://schemas.microsoft.com/office/appforoffice/1.1"
    );
    const overrides = one("VersionOverrides");
    expect(overrides.namespaceURI).toBe(
      "http://schemas.microsoft.com/office/taskpaneappversionoverrides"
    );
    expect(xsiType(overrides)).toBe("VersionOverridesV1_0");
  });

  test("has a GUID Id, a version, ja-JP default locale and en-us overrides of its name and description", () => {
    expect(top("Id").textContent?.trim()).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
    );
    expect(top("Version").textContent?.trim()).toMatch(/^\d+(\.\d+){0,3}$/);
    expect(top("DefaultLocale").textContent?.trim()).toBe("ja-JP");
    expect(top("ProviderName").textContent?.trim()).not.toBe("");
    for (const name of ["DisplayName", "Description"]) {
      const e = top(name);
      expect(e.getAttribute("DefaultValue")).toBeTruthy();
      const en = childrenNamed(e, "Override").find((o) => o.getAttribute("Locale") === "en-us");
      expect(en?.getAttribute("Value")).toBeTruthy();
    }
    expect(top("DisplayName").getAttribute("DefaultValue")!.length).toBeLessThanOrEqual(125);
    expect(top("Description").getAttribute("DefaultValue")!.length).toBeLessThanOrEqual(250);
  });

  test("hosts Excel workbooks only", () => {
    // The OfficeApp-level <Hosts> (VersionOverrides has its own, with xsi:type="Workbook").
    const hosts = childrenNamed(top("Hosts"), "Host");
    expect(hosts.map((h) => h.getAttribute("Name"))).toEqual(["Workbook"]);
    const overrideHosts = byLocalName("Host", one("VersionOverrides")).filter(
      (h) => h.parentElement?.localName === "Hosts"
    );
    expect(overrideHosts.map((h) => xsiType(h))).toEqual(["Workbook"]);
  });

  test("every resid refers to an existing resource, and resource ids are unique and at most 32 characters", () => {
    const ids = Array.from(resources().getElementsByTagName("*"))
      .filter((e) => e.namespaceURI === BT && e.getAttribute("id") !== null)
      .map((e) => e.getAttribute("id")!);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(32);
    const known = new Set(ids);
    const referenced = all()
      .map((e) => e.getAttribute("resid"))
      .filter((r): r is string => r !== null);
    expect(referenced.length).toBeGreaterThan(0);
    expect(referenced.filter((r) => !known.has(r))).toEqual([]);
  });

  test("every URL is https and under the dev base URL (so ADDIN_BASE_URL rewrites all of them)", () => {
    const urls = all().flatMap((e) =>
      ["DefaultValue", "Value"]
        .map((a) => e.getAttribute(a))
        .filter((v): v is string => v !== null && v.includes("://"))
    );
    const appDomains = byLocalName("AppDomain").map((e) => e.textContent?.trim() ?? "");
    expect(urls.length).toBeGreaterThan(5);
    for (const url of [...urls, ...appDomains]) expect(url).toMatch(/^https:\/\//);
    for (const url of urls) expect(url.startsWith(DEV_BASE_URL)).toBe(true);
  });

  test("short strings fit 125 characters, long strings 250, and user-visible strings have an en-us override", () => {
    for (const [group, max] of [
      ["ShortStrings", 125],
      ["LongStrings", 250],
    ] as const) {
      for (const s of childrenNamed(one(group), "String")) {
        const values = [
          s.getAttribute("DefaultValue") ?? "",
          ...childrenNamed(s, "Override").map((o) => o.getAttribute("Value") ?? ""),
        ];
        for (const v of values) expect(v.length).toBeLessThanOrEqual(max);
        if (s.getAttribute("id") !== "Functions.Namespace")
          expect(overrideValue(s.getAttribute("id")!, "en-us")).toBeTruthy();
      }
    }
  });

  test("icons exist in assets/ with the pixel sizes the manifest declares", () => {
    const checks: Array<[string, number]> = [
      [top("IconUrl").getAttribute("DefaultValue")!, 32],
      [top("HighResolutionIconUrl").getAttribute("DefaultValue")!, 64],
    ];
    // <bt:Image size="16" resid="Icon.16x16"/> inside <Icon> elements.
    for (const ref of byLocalName("Image").filter((e) => e.getAttribute("resid") !== null)) {
      checks.push([resourceValue(ref.getAttribute("resid")!), Number(ref.getAttribute("size"))]);
    }
    expect(checks.length).toBeGreaterThanOrEqual(5);
    for (const [url, size] of checks) {
      const file = assetFile(url);
      expect(existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
    // Every size the add-in ships (the 128 px one is for catalogs/AppSource).
    for (const size of [16, 32, 64, 80, 128]) {
      expect(pngSize(join(ROOT, "assets", `icon-${size}.png`))).toEqual({
        width: size,
        height: size,
      });
    }
  });

  test("declares the CustomFunctions extension point: Script, Page, Metadata (+ en-us) and namespace GHG", () => {
    const points = byLocalName("ExtensionPoint").filter((e) => xsiType(e) === "CustomFunctions");
    expect(points).toHaveLength(1);
    const point = points[0]!;
    const location = (name: string) =>
      one("SourceLocation", one(name, point)).getAttribute("resid")!;
    expect(resourceValue(location("Script"))).toBe(`${DEV_BASE_URL}functions.js`);
    expect(resourceValue(location("Page"))).toBe(`${DEV_BASE_URL}functions.html`);
    const metadata = location("Metadata");
    expect(resourceValue(metadata)).toBe(`${DEV_BASE_URL}functions.json`);
    expect(overrideValue(metadata, "en-us")).toBe(`${DEV_BASE_URL}functions.en-us.json`);
    const namespace = one("Namespace", point).getAttribute("resid")!;
    expect(resourceValue(namespace)).toBe("GHG");
    expect(childrenNamed(resourceById().get(namespace)!, "Override")).toHaveLength(0);
  });

  test("has a Home-tab button that opens the task pane at taskpane.html", () => {
    const surface = byLocalName("ExtensionPoint").find(
      (e) => xsiType(e) === "PrimaryCommandSurface"
    );
    expect(surface).toBeDefined();
    expect(one("OfficeTab", surface!).getAttribute("id")).toBe("TabHome");
    const action = byLocalName("Action", surface!).find((e) => xsiType(e) === "ShowTaskpane");
    expect(action).toBeDefined();
    expect(resourceValue(one("SourceLocation", action!).getAttribute("resid")!)).toBe(
      `${DEV_BASE_URL}taskpane.html`
    );
    expect(one("SourceLocation", top("DefaultSettings")).getAttribute("DefaultValue")).toBe(
      `${DEV_BASE_URL}taskpane.html`
    );
  });

  test("asks for no more than ReadWriteDocument", () => {
    expect(["Restricted", "ReadDocument", "ReadWriteDocument"]).toContain(
      top("Permissions").textContent?.trim()
    );
  });

  /** Name → MinVersion of the <Set>s of a <Requirements> element (DefaultMinVersion where a Set has none). */
  const requiredSets = (requirements: Element): Map<string, string> => {
    const map = new Map<string, string>();
    for (const sets of childrenNamed(requirements, "Sets")) {
      for (const set of childrenNamed(sets, "Set")) {
        map.set(
          set.getAttribute("Name") ?? "",
          set.getAttribute("MinVersion") ?? sets.getAttribute("DefaultMinVersion") ?? "1.1"
        );
      }
    }
    return map;
  };

  test("the base requirements are only what the task pane needs: ExcelApi 1.1, no custom functions", () => {
    // An Excel missing a base requirement does not load the add-in at all, pane included (volume-licensed Office
    // 2019 and earlier and Excel on iPad have no custom functions).
    const base = requiredSets(top("Requirements"));
    expect(Object.fromEntries(base)).toEqual({ ExcelApi: "1.1" });
    expect(childrenNamed(top("Requirements"), "Methods")).toHaveLength(0);
  });

  test("the custom functions' requirement is in the VersionOverrides that declares them: CustomFunctionsRuntime 1.2", () => {
    const overrides = one("VersionOverrides");
    const requirements = childrenNamed(overrides, "Requirements");
    expect(requirements).toHaveLength(1);
    // Schema order: Description?, Requirements?, Hosts, Resources; the Sets and Set are in the bt: namespace here.
    const order = Array.from(overrides.children).map((e) => e.localName);
    expect(order.indexOf("Requirements")).toBeLessThan(order.indexOf("Hosts"));
    const sets = childrenNamed(requirements[0]!, "Sets");
    expect(sets.map((e) => e.namespaceURI)).toEqual([BT]);
    expect(childrenNamed(sets[0]!, "Set").map((e) => e.namespaceURI)).toEqual([BT]);
    expect(Object.fromEntries(requiredSets(requirements[0]!))).toEqual({
      CustomFunctionsRuntime: "1.2",
    });
    // The functions are declared under this VersionOverrides, so the requirement guards them.
    expect(
      byLocalName("ExtensionPoint", overrides).filter((e) => xsiType(e) === "CustomFunctions")
    ).toHaveLength(1);
    // The pane checks the same set to decide between GHG.* and native formulas.
    expect(CUSTOM_FUNCTIONS_RUNTIME).toEqual({
      set: "CustomFunctionsRuntime",
      version: requiredSets(requirements[0]!).get("CustomFunctionsRuntime"),
    });
  });

  test("the declared custom functions runtime covers what the function code uses", () => {
    const dir = join(ROOT, "src", "functions");
    const code = readdirSync(dir)
      .filter((f) => f.endsWith(".ts"))
      .map((f) => readFileSync(join(dir, f), "utf8"))
      .join("\n");
    // CustomFunctions.Error (an error value with a message) is CustomFunctionsRuntime 1.2; 1.3 added the error codes
    // #DIV/0!, #NULL!, #NAME? and #REF! and XLL streaming, 1.4/1.5 data types — none of which the code uses.
    const declared = Number(CUSTOM_FUNCTIONS_RUNTIME.version);
    if (/CustomFunctions\.Error\b/.test(code)) expect(declared).toBeGreaterThanOrEqual(1.2);
    const newer = [
      /["'`]#(?:DIV\/0!|NULL!|NAME\?|REF!)["'`]/g,
      /ErrorCode\.(?:divisionByZero|nullReference|invalidName|invalidReference)\b/g,
    ];
    expect(newer.flatMap((pattern) => code.match(pattern) ?? [])).toEqual([]);
  });

  test("every English override exists for each English locale, with the same text (one English metadata file)", () => {
    const overridden = all().filter((e) => childrenNamed(e, "Override").length > 0);
    // DisplayName, Description, three short strings, two long strings and the functions' metadata URL.
    expect(overridden.length).toBeGreaterThanOrEqual(8);
    for (const element of overridden) {
      const overrides = childrenNamed(element, "Override");
      const byLocale = new Map(
        overrides.map((o) => [o.getAttribute("Locale")?.toLowerCase(), o.getAttribute("Value")])
      );
      const label = `${element.localName} ${element.getAttribute("id") ?? ""}`;
      expect([label, overrides.length]).toEqual([label, byLocale.size]);
      const english = byLocale.get("en-us");
      expect([label, english]).toEqual([label, expect.any(String)]);
      for (const locale of ENGLISH_LOCALES)
        expect([label, locale, byLocale.get(locale)]).toEqual([label, locale, english]);
      // No other language is overridden: everything else gets the Japanese default.
      expect([...byLocale.keys()].filter((l) => !l?.startsWith("en-"))).toEqual([]);
    }
    const metadata = resourceById().get("Functions.Metadata.Url")!;
    for (const locale of ENGLISH_LOCALES)
      expect(overrideValue("Functions.Metadata.Url", locale)).toBe(
        `${DEV_BASE_URL}functions.en-us.json`
      );
    expect(childrenNamed(metadata, "Override")).toHaveLength(ENGLISH_LOCALES.length);
  });

  test("uses no shared runtime (the custom functions run in the JavaScript-only runtime)", () => {
    expect(byLocalName("Runtimes")).toHaveLength(0);
    expect(byLocalName("Set").map((s) => s.getAttribute("Name"))).not.toContain("SharedRuntime");
  });

  test("the sideload instructions name the ribbon button as the manifest labels it (ja and en)", () => {
    const label = byLocalName("String").find(
      (node) => node.getAttribute("id") === "TaskpaneButton.Label"
    )!;
    const english = childrenNamed(label, "Override")
      .find((o) => o.getAttribute("Locale") === "en-us")
      ?.getAttribute("Value");
    const instructions = readFileSync(join(ROOT, "scripts", "sideload.mjs"), "utf8");
    expect(instructions).toContain(`[${label.getAttribute("DefaultValue")}]`);
    expect(instructions).toContain(`"${english}"`);
  });
});
