/** The 証書 register's table, fills, number formats, validations and conditional formats. */
import { cellAddress, rangeAddress, type SheetGrid } from "../../sheets/grid";
import type { Validation } from "../../sheets/layout";
import { truncateText } from "../../sheets/truncate";
import { COLORS, NUMBER_FORMATS } from "../../sheets/builders/styles";
import { DATE_FORMAT } from "./ledger";
import { CERTIFICATE_KEYS } from "./certificate-columns";
import { columnOf, columnRange, type Register } from "./certificate-register";

function dateValidation(range: string, title: string): Validation {
  return {
    range,
    rule: { kind: "whole", min: 36526, max: 73050 },
    prompt: { title, message: "日付を入力してください（例: 2012/4/1）。" },
    error: {
      title: "日付ではありません",
      message: "2000/1/1 から 2099/12/31 までの日付を入力してください。",
    },
  };
}

/** The register's table, fills, number formats, validations and the conditional formats of 証書番号 and 状況. */
export function registerFormats(grid: SheetGrid, register: Register): void {
  const { direction, columns, header, first, last, lastColumn } = register;
  const column = (key: string) => columnOf(register, key);
  const numbers = columnRange(register, "number");
  grid.tables.push({
    key: `${CERTIFICATE_KEYS[direction]}-register`,
    name: direction === "issued" ? "証書_発行登録簿" : "証書_受領登録簿",
    range: rangeAddress(header, 1, last, lastColumn),
    style: "TableStyleLight9",
  });
  grid.format({ range: rangeAddress(first, 1, last, lastColumn), border: true });
  for (const c of columns) {
    const range = rangeAddress(first, column(c.key), last, column(c.key));
    if (["date", "text", "tonnes", "list"].includes(c.type))
      grid.format({ range, fill: COLORS.input });
    if (c.type === "date") {
      grid.format({ range, numberFormat: DATE_FORMAT });
      grid.validations.push(dateValidation(range, truncateText(c.header, 32)));
    }
    if (c.type === "tonnes" || c.type === "ledger")
      grid.format({ range, numberFormat: NUMBER_FORMATS.t });
    if (c.type === "tonnes") {
      grid.validations.push({
        range,
        rule: { kind: "decimal", min: 0 },
        prompt: {
          title: "オフセット量 (t-CO2)",
          message: "0 以上の数値。台帳の割当量と一致させます。",
        },
      });
    }
    if (c.type === "list" && c.choices) {
      grid.validations.push({
        range,
        rule: { kind: "list", choices: c.choices },
        prompt: {
          title: truncateText(c.header, 32),
          message: truncateText(`${c.choices.join("、")} から選びます。`, 255),
        },
      });
    }
    if (c.type === "helper") grid.format({ range, fill: COLORS.notAsked, fontColor: "#808080" });
  }
  grid.validations.push({
    range: rangeAddress(first, column("seq"), last, column("seq")),
    rule: { kind: "whole", min: 0 },
    prompt: {
      title: "連番",
      message:
        "証書の通し番号。使った番号は再使用しません（行を追加するときは次に使う番号を入力）。",
    },
  });
  const numberRange = rangeAddress(first, column("number"), last, column("number"));
  grid.conditionalFormats.push({
    range: numberRange,
    formula: `=IF(${cellAddress(first, column("number"))}="",FALSE(),COUNTIF(${numbers},${cellAddress(first, column("number"))})>1)`,
    fill: COLORS.must,
    fontColor: "#9C0006",
  });
  const statusRange = rangeAddress(first, column("status"), last, column("status"));
  const statusTop = cellAddress(first, column("status"));
  grid.conditionalFormats.push(
    {
      range: statusRange,
      formula: `=ISNUMBER(FIND("✖",${statusTop}))`,
      fill: COLORS.must,
      fontColor: "#9C0006",
    },
    {
      range: statusRange,
      formula: `=AND(ISERROR(FIND("✖",${statusTop})),ISNUMBER(FIND("△",${statusTop})))`,
      fill: COLORS.should,
      fontColor: "#7F6000",
    },
    { range: statusRange, formula: `=${statusTop}="OK"`, fontColor: COLORS.section }
  );
}
