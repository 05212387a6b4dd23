/**
 * 証書: a numbered register of offset certificates, issued or received.
 *
 * - Issued (C1 企業等 / C2 自治体, 特定者間完結型): the columns are the guidebook's 「証書に最低限明記すべき事項」
 *   (C1 3(3)④ 証書の発行 and C2 3(6)② 証書の発行【提供側】; MINIMUM_CERTIFICATE_ITEMS, seed 002 lines 2502-2509 and
 *   2928-2935), required: a row missing one is ✖. Below the
 *   register, 公表する一覧 — 「ホームページ等で最低限公開すべき事項: 証書を交付した全ての団体名と上記証書に記載した事項
 *   （※発行先の企業名については、公開を希望しない企業の場合はその旨を記載）」 (lines 2511-2514, 2937-2940) — built by
 *   formula from the register, row for row.
 * - Received (from a provider, A1): the columns are 「望ましい証書への記載事項」 (A1 3(4) 開催前の周知・情報提供;
 *   CERTIFICATE_ITEMS, lines 564-573);
 *   a missing one is △.
 *
 * Numbers: the guidebook's first double-counting measure is 「発行する証書に番号を付与して識別し、どのカーボン・オフセット
 * の取り組みで、どれだけの排出量の埋め合わせに用いたかを管理」 (「●ダブルカウント防止のための措置の例」 in C1 3(1)⑤ and
 * C2 3(3)② 排出削減・吸収価値を確認するための仕組みの構築; lines 2364, 2836). Every slot of the register carries its
 * sequence number as a value (request.firstNumber onwards), so deleting or sorting rows never renumbers a certificate
 * already given out; 証書番号 = prefix & the number zero-padded. 番号重複 flags a number used twice (COUNTIF), and
 * 次に使う番号 continues after the highest number in use. A withdrawn certificate keeps its row and number.
 *
 * With a ledger built alongside (`ledger.key`), each certificate's tonnes are compared with the allocations recorded
 * under its number in the ledger's 証書番号 column (SUMIFS over the ledger's defined names): issuing a certificate must
 * be recorded in the ledger.
 */
import type { SheetLayout } from "../../sheets/layout";
import { SheetGrid, absolute } from "../../sheets/grid";
import { COLORS } from "../../sheets/builders/styles";
import type { CertificateRequest } from "../types";
import { CERTIFICATE_KEYS, CERTIFICATE_SHEET_NAMES } from "./certificate-columns";
import {
  addHead,
  addNextNumber,
  addRegisterHeader,
  HEAD,
  PREFIX_CELL,
  registerOf,
  registerRow,
  VALUE,
  type CertificateCells,
} from "./certificate-register";
import { registerFormats } from "./certificate-formats";
import { addPublication } from "./certificate-publication";

export {
  CERTIFICATE_KEYS,
  CERTIFICATE_SLOTS,
  PUBLISH_CHOICES,
  registerColumns,
} from "./certificate-columns";
export type { CertificateCells } from "./certificate-register";

export function layoutCertificates(
  request: CertificateRequest,
  ledger?: { key: string }
): { layout: SheetLayout; cells: CertificateCells } {
  const register = registerOf(request, ledger);
  const { direction, columns, header, first, last } = register;
  const grid = new SheetGrid(
    CERTIFICATE_KEYS[direction],
    CERTIFICATE_SHEET_NAMES[direction],
    columns.map((c) => c.width)
  );
  addHead(grid, register);
  addRegisterHeader(grid, register);
  for (let row = first; row <= last; row++) registerRow(grid, register, row);
  registerFormats(grid, register);
  addNextNumber(grid, register);
  const publication = direction === "issued" ? addPublication(grid, register) : undefined;
  const cells: CertificateCells = {
    prefix: PREFIX_CELL,
    firstNumber: absolute(HEAD.first, VALUE),
    nextNumber: absolute(HEAD.next, VALUE),
    register: { header, first, last },
    ...(publication ? { publication } : {}),
    columns: register.at,
  };
  return { layout: grid.toLayout({ tabColor: COLORS.section }), cells };
}

/** 証書 register (issued: with the publication list). `ledger.key`: the ledger layout built alongside, to check tonnes. */
export function buildCertificateSheet(
  request: CertificateRequest,
  ledger?: { key: string }
): SheetLayout {
  return layoutCertificates(request, ledger).layout;
}
