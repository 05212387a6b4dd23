/**
 * An event section with the bundled scenario data unless the pane was given its own: the data (scenarios, activity
 * types, disclosure tables) then loads with the first event section opened, not with the pane.
 */
import type { ComponentType } from "react";
import type { SectionProps } from "../../components/SheetSection";
import { bundledScenarioData, type ScenarioData } from "../../state/scenario-data";

export type EventSectionProps = Omit<SectionProps, "data"> & {
  readonly data: ScenarioData | undefined;
};

let bundled: ScenarioData | undefined;

/** The same object on every render, so sections that memoise on `data` keep their memo. */
function bundledData(): ScenarioData {
  bundled ??= bundledScenarioData();
  return bundled;
}

export function withScenarioData(
  Section: ComponentType<SectionProps>
): ComponentType<EventSectionProps> {
  return function WithScenarioData({ data, ...props }: EventSectionProps) {
    return <Section data={data ?? bundledData()} {...props} />;
  };
}
