/** The 係数表 sheet's transport blocks: the private vehicles' standard fuel economy, the truck table, uses and 軽. */
import { SOURCES, lookupsOf } from "../core";
import { TRUCK_USES } from "../core/data/truck-fuel-economy";
import type { FactorSet } from "../core/factor-sets/factor-set";
import { COLORS } from "../sheets/builders/styles";
import { rangeAddress } from "../sheets/grid";
import { type Block, variantsOf } from "./factor-blocks";
import { FactorRef, KEI_LOAD, KEI_NAMES, OPEN_BAND_LIMIT, matchText } from "./factor-names";

export function addVehicles(b: Block, sets: readonly FactorSet[]): void {
  // The fuel keys of the economy columns (the core looks a vehicle's km/ℓ up by the fuel's key).
  const fuels = [
    ...new Set(
      sets.flatMap((set) => set.vehicleFuelEconomy.flatMap((v) => Object.keys(v.kmPerLitre)))
    ),
  ];
  const fuelName = (key: string) =>
    sets[0]?.emissionFactors.find((f) => f.key === key)?.name.ja ?? key;
  const headers = [
    "係数セット",
    "キー",
    "名称",
    "名称（英語）",
    ...fuels.map((f) => `${fuelName(f)} (km/ℓ)`),
    "出典",
    "公表日",
    "ガイドブックの表",
    "検索名（式が照合する文字列）",
    "名前の種類",
  ];
  b.grid.addRow();
  b.grid.section(
    "■ 自動車（自家用）燃料消費率（標準値）— CO2_VEHICLE・CO2_BUS が燃費を省略したときの値（「—」は標準値なし）"
  );
  const keyRow = b.grid.addRow(["（式用の燃料キー）", null, null, null, ...fuels]);
  b.grid.format({
    range: rangeAddress(keyRow, 1, keyRow, 4 + fuels.length),
    italic: true,
    fontColor: "#666666",
  });
  b.name("vehicleFuels", keyRow, keyRow, 5, 4 + Math.max(1, fuels.length));
  const header = b.grid.addRow(headers);
  b.grid.format({
    range: rangeAddress(header, 1, header, headers.length),
    bold: true,
    fill: COLORS.header,
    border: true,
    wrap: true,
  });
  for (const set of sets) {
    for (const vehicle of lookupsOf(set).vehicle.rows) {
      const source = SOURCES[vehicle.citation.source];
      const economy = vehicle.kmPerLitre as Partial<Record<string, number>>;
      for (const variant of variantsOf(vehicle)) {
        b.grid.addRow([
          set.id,
          vehicle.key,
          vehicle.name.ja,
          vehicle.name.en,
          ...fuels.map((f) => economy[f] ?? "—"),
          source.title.ja,
          source.date,
          vehicle.citation.table,
          `${set.id}:${matchText(variant.text)}`,
          variant.what,
        ]);
      }
    }
  }
  const first = header + 1;
  const last = b.grid.nextRow - 1;
  b.name("vehicleEconomy", first, last, 5, 4 + Math.max(1, fuels.length));
  b.name("vehicleLookup", first, last, 8 + fuels.length);
  b.grid.format({ range: rangeAddress(first, 1, last, headers.length), border: true });
}

export function addTrucks(b: Block, sets: readonly FactorSet[]): void {
  const header = b.header(
    "■ 車両の平均燃費（燃費法：燃料・最大積載量・営業用／自家用）— CO2_TRUCK が燃費を省略したときの値",
    [
      "係数セット",
      "燃料",
      "最大積載量 (kg)",
      "営業用／自家用",
      "燃費 (km/ℓ)",
      "出典",
      "公表日",
      "ガイドブックの表",
      "燃料キー（セット:キー）",
      "用途キー",
      "判定用下限（kg 以上。軽は -1）",
      "判定用上限（kg 未満。上限なしは 1E+300）",
    ]
  );
  for (const set of sets) {
    for (const row of set.truckFuelEconomy) {
      const fuel = set.emissionFactors.find((f) => f.key === row.fuel);
      const source = SOURCES[row.citation.source];
      const [min, limit] =
        "kei" in row.band
          ? [KEI_LOAD, 0]
          : [row.band.minKg, row.band.maxKg === null ? OPEN_BAND_LIMIT : row.band.maxKg + 1];
      for (const use of TRUCK_USES) {
        b.grid.addRow([
          set.id,
          fuel?.name.ja ?? row.fuel,
          row.label.ja,
          use.name.ja,
          row.kmPerLitre[use.key],
          source.title.ja,
          source.date,
          row.citation.table,
          `${set.id}:${row.fuel}`,
          use.key,
          min,
          limit,
        ]);
      }
    }
  }
  const first = header + 1;
  const last = b.grid.nextRow - 1;
  const columns: [FactorRef, number][] = [
    ["truckEconomy", 5],
    ["truckFuel", 9],
    ["truckUse", 10],
    ["truckMin", 11],
    ["truckLimit", 12],
  ];
  for (const [ref, column] of columns) b.name(ref, first, last, column);
  b.grid.format({ range: rangeAddress(first, 1, last, 12), border: true });
}

export function addUses(b: Block, sets: readonly FactorSet[]): void {
  const header = b.header("■ 営業用・自家用の別（CO2_TRUCK の用途。省略・空欄は営業用）", [
    "検索名（式が照合する文字列）",
    "用途キー",
    "名称",
  ]);
  const seen = new Set<string>();
  for (const use of TRUCK_USES) {
    const names = variantsOf(use).map((v) => v.text);
    // A name may also come with a set ("jver-2011:営業用"), which the core accepts too.
    for (const text of [...names, ...sets.flatMap((set) => names.map((n) => `${set.id}:${n}`))]) {
      const lookup = matchText(text);
      if (seen.has(lookup.toUpperCase())) continue;
      seen.add(lookup.toUpperCase());
      b.grid.addRow([lookup, use.key, use.name.ja]);
    }
  }
  const first = header + 1;
  const last = b.grid.nextRow - 1;
  b.name("useNames", first, last, 1);
  b.name("useKeys", first, last, 2);
  b.grid.format({ range: rangeAddress(first, 1, last, 3), border: true });
}

export function addKei(b: Block): void {
  const header = b.header(
    "■ 軽貨物車の表記（CO2_TRUCK の最大積載量にこの名前を書くと軽貨物車の燃費）",
    ["検索名（式が照合する文字列）"]
  );
  for (const name of KEI_NAMES) b.grid.addRow([matchText(name)]);
  const first = header + 1;
  const last = b.grid.nextRow - 1;
  b.name("keiNames", first, last, 1);
  b.grid.format({ range: rangeAddress(first, 1, last, 1), border: true });
}
