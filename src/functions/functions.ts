/* Placeholder: the lead replaces this file with the real adapters. */

/**
 * 燃料の使用に伴う CO2 排出量 (kg-CO2)
 * @customfunction CO2_FUEL
 * @param fuel 燃料の種類
 * @param amount 使用量
 * @returns kg-CO2
 */
export function co2Fuel(fuel: any, amount: any): number {
  return Number(amount) * (fuel === "軽油" ? 2.59 : 0);
}
