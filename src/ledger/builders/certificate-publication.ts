/**
 * ■ 公表する一覧 (issued registers): 「ホームページ等で最低限公開すべき事項: 証書を交付した全ての団体名と上記証書に記載した
 * 事項（※発行先の企業名については、公開を希望しない企業の場合はその旨を記載）」, by formula from the register.
 */
import { cellAddress, formula, quote, rangeAddress, type SheetGrid } from "../../sheets/grid";
import { COLORS, NUMBER_FORMATS } from "../../sheets/builders/styles";
import { DATE_FORMAT } from "./ledger";
import { CERTIFICATE_KEYS, CERTIFICATE_SLOTS, PUBLISH_CHOICES } from "./certificate-columns";
import { columnOf, type CertificateCells, type Register } from "./certificate-register";

const UNPUBLISHED_NAME = "（公表を希望しない企業等のため名称は非公表）";

/** A column of the list: its header, its formula from a register row, and its number format. */
type PublicationColumn = [string, (row: number) => string, string | undefined];

function publicationColumns(register: Register): PublicationColumn[] {
  const column = (key: string) => columnOf(register, key);
  return [
    ["証書番号", (r) => cellAddress(r, column("number")), undefined],
    [
      "交付日",
      (r) => `IF(${cellAddress(r, column("date"))}="","",${cellAddress(r, column("date"))})`,
      DATE_FORMAT,
    ],
    [
      "証書の交付先名",
      (r) =>
        `IF(${cellAddress(r, column("publish"))}=${quote(PUBLISH_CHOICES.no)},${quote(UNPUBLISHED_NAME)},${cellAddress(r, column("recipient"))})`,
      undefined,
    ],
    ["交付先の区分", (r) => `${cellAddress(r, column("recipient-kind"))}&""`, undefined],
    ["排出削減・吸収価値 (t-CO2)", (r) => cellAddress(r, column("value")), NUMBER_FORMATS.t],
    [
      "排出削減・吸収プロジェクトの説明",
      (r) => `${cellAddress(r, column("project"))}&""`,
      undefined,
    ],
    [
      "証書の管理者・発行者の連絡先",
      (r) => `${cellAddress(r, column("issuer-contact"))}&""`,
      undefined,
    ],
    [
      "協定・契約の有効期間",
      (r) => {
        const [from, to] = [
          cellAddress(r, column("valid-from")),
          cellAddress(r, column("valid-to")),
        ];
        return `IF(AND(ISNUMBER(${from}),ISNUMBER(${to})),TEXT(${from},"yyyy/mm/dd")&"～"&TEXT(${to},"yyyy/mm/dd"),"")`;
      },
      undefined,
    ],
  ];
}

/** ■ 公表する一覧 (issued): the names and items the guidebook asks to publish, by formula from the register, row for row. */
export function addPublication(
  grid: SheetGrid,
  register: Register
): NonNullable<CertificateCells["publication"]> {
  const { direction, first, last, lastColumn } = register;
  const column = (key: string) => columnOf(register, key);
  const title = last + 2;
  grid.section("■ 公表する一覧（ホームページ等で最低限公開すべき事項）", title);
  grid.set(
    title + 1,
    1,
    "証書を交付した全ての団体名と証書に記載した事項。発行先の企業名については、公開を希望しない企業の場合はその旨を記載します（登録簿から式で作成）。"
  );
  grid.merges.push(rangeAddress(title + 1, 1, title + 1, lastColumn));
  const pHeader = title + 2;
  const listColumns = publicationColumns(register);
  listColumns.forEach(([text], i) => grid.set(pHeader, i + 1, text));
  grid.format({
    range: rangeAddress(pHeader, 1, pHeader, listColumns.length),
    bold: true,
    fill: COLORS.header,
    wrap: true,
    horizontal: "Center",
  });
  for (let i = 0; i < CERTIFICATE_SLOTS; i++) {
    const source = first + i;
    const row = pHeader + 1 + i;
    const shown = `${cellAddress(source, column("recipient"))}<>""`;
    listColumns.forEach(([, expression], c) =>
      grid.set(row, c + 1, formula(`IF(${shown},${expression(source)},"")`))
    );
  }
  const pFirst = pHeader + 1;
  const pLast = pHeader + CERTIFICATE_SLOTS;
  listColumns.forEach(([, , numberFormat], c) => {
    if (numberFormat)
      grid.format({ range: rangeAddress(pFirst, c + 1, pLast, c + 1), numberFormat });
  });
  grid.format({
    range: rangeAddress(pFirst, 1, pLast, listColumns.length),
    border: true,
    wrap: true,
  });
  grid.tables.push({
    key: `${CERTIFICATE_KEYS[direction]}-publication`,
    name: "証書_公表一覧",
    range: rangeAddress(pHeader, 1, pLast, listColumns.length),
    style: "TableStyleLight1",
  });
  return { header: pHeader, first: pFirst, last: pLast };
}
