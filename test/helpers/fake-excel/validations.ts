/** Data validation and conditional format proxies, with Excel's checks on rule shape. */
import { parseBox } from "./addresses";
import { Context } from "./context";
import { FakeOfficeError, invalid, notLoaded } from "./errors";
import { colorCheck } from "./formats";
import { FakeObject } from "./proxy";
import { FakeRange, editable } from "./range";
import { type ConditionalFormatState, type ValidationState } from "./state";

const VALIDATION_KINDS = ["list", "decimal", "wholeNumber", "textLength", "date", "time", "custom"];
const OPERATORS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqualTo",
  "LessThanOrEqualTo",
];

function checkRule(rule: Record<string, unknown>): void {
  const kinds = Object.keys(rule).filter((k) => rule[k] !== undefined);
  if (kinds.length !== 1 || !VALIDATION_KINDS.includes(kinds[0] ?? ""))
    throw invalid(`data-validation rule ${JSON.stringify(rule)}`);
  const kind = kinds[0] ?? "";
  const body = rule[kind] as Record<string, unknown>;
  if (kind === "list") {
    if (typeof body.source !== "string" || body.source === "") throw invalid("list source");
  } else if (kind === "decimal" || kind === "wholeNumber" || kind === "textLength") {
    if (!OPERATORS.includes(String(body.operator)))
      throw invalid(`operator ${String(body.operator)}`);
    if (body.formula1 === undefined) throw invalid("formula1");
    if (
      (body.operator === "Between" || body.operator === "NotBetween") &&
      body.formula2 === undefined
    )
      throw invalid("formula2");
  }
}

export class FakeDataValidation extends FakeObject {
  constructor(
    context: Context,
    private readonly target: () => ValidationState
  ) {
    super(context);
  }

  set rule(rule: Record<string, unknown>) {
    this.context.enqueue("dataValidation.rule", [rule], () => {
      checkRule(rule);
      this.target().rule = rule;
    });
  }

  set prompt(prompt: Record<string, unknown>) {
    this.context.enqueue("dataValidation.prompt", [prompt], () => {
      if (String(prompt.title ?? "").length > 32 || String(prompt.message ?? "").length > 255)
        throw invalid("prompt too long");
      this.target().prompt = prompt;
    });
  }

  set errorAlert(alert: Record<string, unknown>) {
    this.context.enqueue("dataValidation.errorAlert", [alert], () => {
      if (String(alert.title ?? "").length > 32 || String(alert.message ?? "").length > 225)
        throw invalid("error alert too long");
      if (
        alert.style !== undefined &&
        !["Stop", "Warning", "Information"].includes(String(alert.style))
      )
        throw invalid(`alert style ${String(alert.style)}`);
      this.target().errorAlert = alert;
    });
  }

  set ignoreBlanks(value: boolean) {
    this.context.enqueue("dataValidation.ignoreBlanks", [value], () => {
      this.target().ignoreBlanks = value;
    });
  }

  get rule(): Record<string, unknown> {
    throw notLoaded("rule");
  }

  clear(): void {
    this.context.enqueue("dataValidation.clear", [], () => {
      const v = this.target();
      delete v.rule;
      delete v.prompt;
      delete v.errorAlert;
    });
  }
}

export class FakeConditionalFormatCollection extends FakeObject {
  constructor(
    context: Context,
    private readonly range: FakeRange
  ) {
    super(context);
  }

  add(type: string): FakeConditionalFormat {
    let state: ConditionalFormatState | null = null;
    const cf = new FakeConditionalFormat(this.context, type, () => {
      if (!state) throw new FakeOfficeError("ItemNotFound", "conditional format not added");
      return state;
    });
    this.context.enqueue("conditionalFormats.add", [type], () => {
      const sheet = editable(this.range.resolve(), "conditionalFormats");
      parseBox(this.range.address);
      if (
        ![
          "Custom",
          "DataBar",
          "ColorScale",
          "IconSet",
          "TopBottom",
          "PresetCriteria",
          "ContainsText",
          "CellValue",
        ].includes(type)
      )
        throw invalid(`conditional format type ${type}`);
      state = { address: this.range.address, type };
      sheet.conditionalFormats.push(state);
    });
    return cf;
  }
}

class FakeConditionalFormat extends FakeObject {
  readonly custom: {
    readonly rule: { formula: string };
    readonly format: { readonly fill: { color: string }; readonly font: { color: string } };
  };

  constructor(context: Context, type: string, target: () => ConditionalFormatState) {
    super(context);
    const ctx = context;
    const needCustom = () => {
      if (type !== "Custom")
        throw new FakeOfficeError(
          "InvalidOperation",
          "custom is only for Custom conditional formats"
        );
    };
    this.custom = {
      rule: {
        set formula(value: string) {
          ctx.enqueue("conditionalFormat.custom.rule.formula", [value], () => {
            needCustom();
            if (!value.startsWith("=")) throw invalid(`conditional-format formula ${value}`);
            if (
              /[\p{L}\p{N}_.\]]\[|^\[|[^\p{L}\p{N}_.]\[/u.test(value.replace(/"(?:[^"]|"")*"/g, ""))
            ) {
              throw invalid("structured references are not allowed in conditional formats");
            }
            ctx.book.checkReferences(value, null);
            target().formula = value;
          });
        },
        get formula(): string {
          throw notLoaded("formula");
        },
      },
      format: {
        fill: {
          set color(value: string) {
            ctx.enqueue("conditionalFormat.custom.format.fill.color", [value], () => {
              needCustom();
              colorCheck(value);
              target().fill = value;
            });
          },
          get color(): string {
            throw notLoaded("color");
          },
        },
        font: {
          set color(value: string) {
            ctx.enqueue("conditionalFormat.custom.format.font.color", [value], () => {
              needCustom();
              colorCheck(value);
              target().fontColor = value;
            });
          },
          get color(): string {
            throw notLoaded("color");
          },
        },
      },
    };
  }
}
