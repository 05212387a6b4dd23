/** Range formatting proxies: format, font, fill, borders and cell protection. */
import { Context } from "./context";
import { invalid, notLoaded } from "./errors";
import { FakeObject } from "./proxy";
import { type BorderState, type FormatState } from "./state";

export class FakeRangeFormat extends FakeObject {
  readonly font: FakeFont;
  readonly fill: FakeFill;
  readonly borders: FakeBorders;
  readonly protection: FakeFormatProtection;

  constructor(
    context: Context,
    private readonly target: (what: string) => FormatState
  ) {
    super(context);
    this.font = new FakeFont(context, target);
    this.fill = new FakeFill(context, target);
    this.borders = new FakeBorders(context, target);
    this.protection = new FakeFormatProtection(context, target);
  }

  private set(what: keyof FormatState, value: unknown, check?: () => void): void {
    this.context.enqueue(`format.${what}`, [value], () => {
      check?.();
      (this.target(what) as Record<string, unknown>)[what] = value;
    });
  }

  set wrapText(value: boolean) {
    this.set("wrapText", value);
  }

  set horizontalAlignment(value: string) {
    this.set("horizontalAlignment", value, () => {
      if (
        ![
          "General",
          "Left",
          "Center",
          "Right",
          "Fill",
          "Justify",
          "CenterAcrossSelection",
          "Distributed",
        ].includes(value)
      )
        throw invalid(`alignment ${value}`);
    });
  }

  set verticalAlignment(value: string) {
    this.set("verticalAlignment", value);
  }

  set columnWidth(value: number) {
    this.set("columnWidth", value, () => {
      if (!Number.isFinite(value) || value < 0) throw invalid(`column width ${value}`);
    });
  }

  set rowHeight(value: number) {
    this.set("rowHeight", value);
  }

  get columnWidth(): number {
    throw notLoaded("columnWidth");
  }
}

export const colorCheck = (color: string) => {
  if (typeof color !== "string" || color === "") throw invalid(`colour ${String(color)}`);
};

class FakeFont extends FakeObject {
  constructor(
    context: Context,
    private readonly target: (what: string) => FormatState
  ) {
    super(context);
  }

  private set(
    key: "bold" | "italic" | "fontSize" | "fontColor" | "fontName",
    value: unknown,
    check?: () => void
  ): void {
    this.context.enqueue(`font.${key}`, [value], () => {
      check?.();
      (this.target(`font.${key}`) as Record<string, unknown>)[key] = value;
    });
  }

  set bold(value: boolean) {
    this.set("bold", value);
  }

  set italic(value: boolean) {
    this.set("italic", value);
  }

  set size(value: number) {
    this.set("fontSize", value, () => {
      if (!(value >= 1 && value <= 409)) throw invalid(`font size ${value}`);
    });
  }

  set color(value: string) {
    this.set("fontColor", value, () => colorCheck(value));
  }

  set name(value: string) {
    this.set("fontName", value);
  }
}

class FakeFill extends FakeObject {
  constructor(
    context: Context,
    private readonly target: (what: string) => FormatState
  ) {
    super(context);
  }

  set color(value: string) {
    this.context.enqueue("fill.color", [value], () => {
      colorCheck(value);
      this.target("fill").fill = value;
    });
  }
}

const BORDER_INDEXES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
  "DiagonalDown",
  "DiagonalUp",
];

class FakeBorders extends FakeObject {
  constructor(
    context: Context,
    private readonly target: (what: string) => FormatState
  ) {
    super(context);
  }

  getItem(index: string): FakeBorder {
    if (!BORDER_INDEXES.includes(index)) throw invalid(`border index ${index}`);
    return new FakeBorder(this.context, () => {
      const f = this.target("borders");
      f.borders ??= {};
      f.borders[index] ??= {};
      return f.borders[index];
    });
  }
}

class FakeBorder extends FakeObject {
  constructor(
    context: Context,
    private readonly target: () => BorderState
  ) {
    super(context);
  }

  set style(value: string) {
    this.context.enqueue("border.style", [value], () => {
      if (
        ![
          "None",
          "Continuous",
          "Dash",
          "DashDot",
          "DashDotDot",
          "Dot",
          "Double",
          "SlantDashDot",
        ].includes(value)
      )
        throw invalid(`border style ${value}`);
      this.target().style = value;
    });
  }

  set weight(value: string) {
    this.context.enqueue("border.weight", [value], () => {
      if (!["Hairline", "Thin", "Medium", "Thick"].includes(value))
        throw invalid(`border weight ${value}`);
      this.target().weight = value;
    });
  }

  set color(value: string) {
    this.context.enqueue("border.color", [value], () => {
      this.target().color = value;
    });
  }
}

class FakeFormatProtection extends FakeObject {
  constructor(
    context: Context,
    private readonly target: (what: string) => FormatState
  ) {
    super(context);
  }

  set locked(value: boolean) {
    this.context.enqueue("protection.locked", [value], () => {
      this.target("locked").locked = value;
    });
  }

  get locked(): boolean {
    throw notLoaded("locked");
  }
}
