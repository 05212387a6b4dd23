/** Vehicles, trucks, rail, buses and ships (燃料法・燃費法). Per-rider functions divide by the number of riders. */
import { isBlank, param, type Found, type Param } from "../args";
import { dec, type Decimal } from "../decimal";
import type { EmissionFactor } from "../data/emission-factors";
import type { TruckFuelEconomyRow, TruckUse } from "../data/truck-fuel-economy";
import type { VehicleFuelEconomy } from "../data/vehicle-fuel-economy";
import { lookupsOf } from "../factor-sets/lookups";
import { messages } from "../messages";
import { normalizeName } from "../normalize";
import { CalcError } from "../result";
import {
  defaultRow,
  electricityFactorParam,
  electricityFactorValue,
  fuelParam,
  kmPerLitreParam,
  ridersParam,
} from "./common-params";
import { defineFunction } from "./define";

const distanceParam = param.amount(
  "km",
  { ja: "走行距離", en: "distance" },
  { ja: "走行距離（km）", en: "Distance (km)" }
);

/** Maximum load in kg, or 「軽」 for a kei goods vehicle (軽貨物車). */
type MaxLoad = { kei: true } | { kg: Decimal };
const KEI_NAMES = new Set(
  ["軽", "軽貨物", "軽貨物車", "軽トラ", "軽トラック", "kei"].map(normalizeName)
);
const maxLoadLabel = { ja: "最大積載量", en: "maximum load" };
const maxLoadNumber = param.amount("max_load", maxLoadLabel, maxLoadLabel);
const maxLoadParam: Param<MaxLoad> = {
  name: "max_load",
  label: maxLoadLabel,
  description: {
    ja: "最大積載量（kg）。軽貨物車は「軽」",
    en: 'Maximum load (kg); "軽" (kei) for kei goods vehicles',
  },
  optional: false,
  sameForBlankAndZero: true,
  coerce(raw) {
    // No truck carries 0 kg: a 0 is desktop Excel's blank cell, which must not pick the smallest band.
    if (isBlank(raw) || raw === 0) throw new CalcError("#VALUE!", messages.blank(maxLoadLabel));
    if (typeof raw === "string" && KEI_NAMES.has(normalizeName(raw))) return { kei: true };
    return { kg: maxLoadNumber.coerce(raw) };
  },
};

const useParam = param.optional(
  param.choice(
    "use",
    { ja: "営業用/自家用", en: "use" },
    {
      ja: "営業用 または 自家用。省略・空欄時は営業用",
      en: "営業用 (commercial) or 自家用 (private). Omitted or blank: commercial",
    },
    (set) => lookupsOf(set).truckUse
  ),
  "default"
);

/** km/ℓ when known; no vehicle runs 0 km/ℓ, so a 0 (desktop Excel's blank cell) also takes the table value. */
const optionalKmPerLitre = (otherwise: { ja: string; en: string }) =>
  param.optional(
    {
      ...kmPerLitreParam,
      description: {
        ja: `燃費（km/ℓ）。省略・空欄・0 のときは${otherwise.ja}`,
        en: `Fuel economy (km/ℓ). Omitted, blank or 0: ${otherwise.en}`,
      },
    },
    "default"
  );

const truckTable = { ja: "車両の平均燃費表", en: "truck fuel-economy table" };

/** km/ℓ from the J-VER truck table for a fuel (gasoline/diesel), a maximum load band and a use. */
function truckEconomy(
  fuel: Found<EmissionFactor>,
  load: MaxLoad,
  use: TruckUse
): Decimal | CalcError {
  const rows = fuel.set.truckFuelEconomy.filter((row) => row.fuel === fuel.row.key);
  if (rows.length === 0) {
    return new CalcError(
      "#N/A",
      messages.notInTable(truckTable, {
        ja: `「${fuel.row.name.ja}」の燃費はありません（ガソリン・軽油のみ）`,
        en: `no fuel economy for ${fuel.row.name.en} (gasoline and diesel only)`,
      })
    );
  }
  const row = rows.find((r) => bandContains(r, load));
  if (!row) {
    const range = rows.map((r) => r.label.ja).join("、");
    const got = "kei" in load ? "軽" : `${load.kg.toString()} kg`;
    return new CalcError(
      "#VALUE!",
      messages.outOfTable(maxLoadLabel, got, `${fuel.row.name.ja}: ${range}`)
    );
  }
  return dec(row.kmPerLitre[use]);
}

function bandContains(row: TruckFuelEconomyRow, load: MaxLoad): boolean {
  if ("kei" in row.band) return "kei" in load;
  if ("kei" in load) return false;
  // Bands are whole kilograms (～999, 1,000～1,999): a load belongs to the band whose next band it has not reached.
  return load.kg.gte(row.band.minKg) && (row.band.maxKg === null || load.kg.lt(row.band.maxKg + 1));
}

export const FUEL_ECONOMY = defineFunction({
  name: "FUEL_ECONOMY",
  category: "transport",
  unit: "km/ℓ",
  description: {
    ja: "トラック等の平均燃費 (km/ℓ)：燃料・最大積載量・営業用/自家用から J-VER デフォルト値の表を引く",
    en: "Average truck fuel economy (km/ℓ) from the J-VER default table by fuel, maximum load and use",
  },
  params: [fuelParam, maxLoadParam, useParam],
  example: { formula: 'FUEL_ECONOMY("軽油",2000,"営業用")', result: 4.58 },
  evaluate: (fuel, load, use) => truckEconomy(fuel, load, use?.row.key ?? "commercial"),
});

export const CO2_TRUCK = defineFunction({
  name: "CO2_TRUCK",
  category: "transport",
  unit: "kg-CO2",
  description: {
    ja: "トラック等の運行に伴う CO2 排出量 (kg-CO2) = 走行距離 ÷ 燃費 × 燃料種別排出係数（燃費法）。燃費の省略時は平均燃費表の値",
    en: "CO2 from a truck trip (kg-CO2) = km ÷ km/ℓ × fuel factor (fuel-economy method); km/ℓ from the table when omitted",
  },
  params: [
    distanceParam,
    fuelParam,
    maxLoadParam,
    useParam,
    optionalKmPerLitre({ ja: "平均燃費表の値", en: "the average-economy table" }),
  ],
  example: { formula: 'CO2_TRUCK(10,"軽油",2000,"営業用")', result: 5.655021834061135 },
  evaluate: (km, fuel, load, use, kmPerLitre) => {
    const economy = kmPerLitre ?? truckEconomy(fuel, load, use?.row.key ?? "commercial");
    if (economy instanceof CalcError) return economy;
    return km.dividedBy(economy).times(fuel.row.value);
  },
});

const vehicleParam = param.optional(
  param.choice(
    "vehicle",
    { ja: "車種", en: "vehicle class" },
    {
      ja: "車種（乗用車、バス、貨物車、軽乗用車、軽貨物車）。省略・空欄時は乗用車",
      en: "Vehicle class (car, bus, goods vehicle, kei car, kei goods). Omitted or blank: car",
    },
    (set) => lookupsOf(set).vehicle
  ),
  "default"
);
const standardEconomyTable = {
  ja: "自動車（自家用）燃料消費率（標準値）",
  en: "standard fuel economy of private vehicles",
};

/** km/ℓ standard value for a vehicle class and fuel; the guidebook prints dashes for LPG and diesel kei cars. */
function standardEconomy(vehicle: VehicleFuelEconomy, fuel: EmissionFactor): Decimal | CalcError {
  const economy = (vehicle.kmPerLitre as Partial<Record<string, number>>)[fuel.key];
  if (economy === undefined) {
    return new CalcError(
      "#N/A",
      messages.notInTable(standardEconomyTable, {
        ja: `${vehicle.name.ja}・${fuel.name.ja}の標準値はありません。燃費（km/ℓ）を指定してください`,
        en: `no standard value for ${vehicle.name.en} on ${fuel.name.en}; give the fuel economy (km/ℓ)`,
      })
    );
  }
  return dec(economy);
}

export const CO2_VEHICLE = defineFunction({
  name: "CO2_VEHICLE",
  category: "transport",
  unit: "kg-CO2",
  description: {
    ja: "自動車（庁有車・自家用車）の走行に伴う CO2 排出量 (kg-CO2) = 走行距離 ÷ 燃費 × 燃料種別排出係数。燃費の省略時は自家用車の標準値",
    en: "CO2 from driving a car (kg-CO2) = km ÷ km/ℓ × fuel factor; km/ℓ defaults to the private-vehicle standard value",
  },
  params: [
    distanceParam,
    fuelParam,
    vehicleParam,
    optionalKmPerLitre({ ja: "自家用車の標準値", en: "the private-vehicle standard value" }),
  ],
  example: { formula: 'CO2_VEHICLE(100,"ガソリン","乗用車")', result: 25.522552255225524 },
  evaluate: (km, fuel, vehicle, kmPerLitre) => {
    const vehicleRow = vehicle?.row ?? defaultRow((l) => ({ lookup: l.vehicle, key: "car" }));
    const economy = kmPerLitre ?? standardEconomy(vehicleRow, fuel.row);
    if (economy instanceof CalcError) return economy;
    return km.dividedBy(economy).times(fuel.row.value);
  },
});

export const CO2_RAIL = defineFunction({
  name: "CO2_RAIL",
  category: "transport",
  unit: "kg-CO2",
  description: {
    ja: "鉄道の利用に伴う CO2 排出量 (kg-CO2) = 利用者数 × 移動距離 × 燃料消費率 × 排出係数。鉄道会社の省略時は標準値（電力 0.048 kWh/人・km）",
    en: "CO2 from rail travel (kg-CO2) = passengers × km × energy rate × factor; operator omitted: standard electric 0.048 kWh/person-km",
  },
  params: [
    param.amount(
      "passengers",
      { ja: "利用者数", en: "passengers" },
      { ja: "利用者数（人）", en: "Passengers" }
    ),
    param.amount(
      "km",
      { ja: "移動距離", en: "distance" },
      { ja: "旅客移動距離（km）", en: "Distance travelled (km)" }
    ),
    // No train runs on 0 kWh/人・km: a 0 (desktop Excel's blank cell) is the standard value, as a blank is.
    param.optional(
      param.nameOrNumber(
        "operator_or_rate",
        { ja: "鉄道会社・燃料消費率", en: "operator or rate" },
        {
          ja: "鉄道会社（JR東日本（在来線）など）または燃料消費率 kWh/人・km。省略・空欄・0 のときは標準値 0.048",
          en: "Operator (e.g. JR East conventional) or a rate in kWh/person-km. Omitted, blank or 0: standard 0.048",
        },
        (set) => lookupsOf(set).rail,
        "positive"
      ),
      "default"
    ),
    {
      ...electricityFactorParam,
      description: {
        ja: "排出係数: 電力は係数名または kg-CO2/kWh（再エネメニューは 0、省略時 0.384）。軽油の鉄道会社は kg-CO2/MJ の数値（0 より大きい）が必要",
        en: "Factor: for electric rates a name or kg-CO2/kWh (0 for a zero-emission tariff; omitted: 0.384); diesel operators need a number in kg-CO2/MJ (above 0)",
      },
    },
  ],
  example: { formula: 'CO2_RAIL(1000,10,"JR東日本（在来線）")', result: 107.52 },
  evaluate: (passengers, km, rate, factor) => {
    // A number is a rate in kWh/人・km; a name is a table row, which also says whether it is electric or diesel.
    const rail =
      rate === undefined
        ? defaultRow((l, set) => ({ lookup: l.rail, key: set.defaultRailKey }))
        : rate.kind === "row"
          ? rate.found.row
          : undefined;
    const rateValue = rate?.kind === "number" ? rate.value : dec(rail?.value ?? 0);
    if (rail?.energy === "diesel") {
      // The guidebook gives diesel rates in MJ but no kg-CO2/MJ factor, so the user must state one. Diesel is never
      // 0 kg-CO2/MJ: a 0 is desktop Excel's blank cell, not a factor.
      if (factor?.kind !== "number" || factor.value.isZero()) {
        return new CalcError(
          "#VALUE!",
          messages.factorRequired(
            { ja: "軽油の排出係数（kg-CO2/MJ）", en: "a diesel factor in kg-CO2/MJ" },
            {
              ja: `${rail.name.ja}の燃料消費率は MJ/人・km で、ガイドブックの排出係数一覧には MJ 当たりの軽油の係数がありません`,
              en: `${rail.name.en} is given in MJ/person-km and the guidebook lists no diesel factor per MJ`,
            }
          )
        );
      }
      return passengers.times(km).times(rateValue).times(factor.value);
    }
    return passengers.times(km).times(rateValue).times(electricityFactorValue(factor));
  },
});

export const CO2_BUS = defineFunction({
  name: "CO2_BUS",
  category: "transport",
  unit: "kg-CO2/人",
  description: {
    ja: "バス利用の 1人当たり CO2 排出量 (kg-CO2/人) = 走行距離 ÷ 燃費 × 燃料種別排出係数 ÷ 乗車人数。燃費の省略時はバスの標準値（軽油 6.25 km/ℓ）",
    en: "Bus CO2 per rider (kg-CO2/person) = km ÷ km/ℓ × fuel factor ÷ riders; km/ℓ omitted: standard bus value (diesel 6.25)",
  },
  params: [
    distanceParam,
    ridersParam,
    fuelParam,
    optionalKmPerLitre({ ja: "バスの標準値", en: "the standard bus value" }),
  ],
  example: { formula: 'CO2_BUS(60,30,"軽油")', result: 0.8288 },
  evaluate: (km, riders, fuel, kmPerLitre) => {
    const economy =
      kmPerLitre ??
      standardEconomy(
        defaultRow((l) => ({ lookup: l.vehicle, key: "bus" })),
        fuel.row
      );
    if (economy instanceof CalcError) return economy;
    return km.dividedBy(economy).times(fuel.row.value).dividedBy(riders);
  },
});

export const CO2_SHIP = defineFunction({
  name: "CO2_SHIP",
  category: "transport",
  unit: "kg-CO2/人",
  description: {
    ja: "旅客船利用の 1人当たり CO2 排出量 (kg-CO2/人) = 航行距離 ÷ 平均燃費 × 燃料種別排出係数 ÷ 乗船人数",
    en: "Passenger-ship CO2 per rider (kg-CO2/person) = km ÷ km/ℓ × fuel factor ÷ riders",
  },
  params: [
    param.amount(
      "km",
      { ja: "航行距離", en: "distance" },
      { ja: "航行距離（km）", en: "Distance (km)" }
    ),
    ridersParam,
    fuelParam,
    {
      ...kmPerLitreParam,
      description: {
        ja: "船舶の平均燃費（km/ℓ）。旅客船事業者から入手",
        en: "Ship's average fuel economy (km/ℓ), from the operator",
      },
    },
  ],
  example: { formula: 'CO2_SHIP(60,30,"A重油",0.43)', result: 12.604651162790697 },
  evaluate: (km, riders, fuel, kmPerLitre) =>
    km.dividedBy(kmPerLitre).times(fuel.row.value).dividedBy(riders),
});

export const CO2_FUEL_PER_PERSON = defineFunction({
  name: "CO2_FUEL_PER_PERSON",
  category: "transport",
  unit: "kg-CO2/人",
  description: {
    ja: "バス・船などの 1人当たり CO2 排出量 (kg-CO2/人) = 燃料使用量 × 燃料種別排出係数 ÷ 乗車人数（燃料法・レベル3）",
    en: "Per-rider CO2 of a bus or ship trip (kg-CO2/person) = fuel used × fuel factor ÷ riders (fuel method, level 3)",
  },
  params: [
    fuelParam,
    param.amount(
      "amount",
      { ja: "燃料使用量", en: "amount" },
      { ja: "燃料使用量（ℓ）", en: "Fuel used (ℓ)" }
    ),
    ridersParam,
  ],
  example: { formula: 'CO2_FUEL_PER_PERSON("軽油",20,30)', result: 1.7266666666666666 },
  evaluate: (fuel, amount, riders) => amount.times(fuel.row.value).dividedBy(riders),
});
