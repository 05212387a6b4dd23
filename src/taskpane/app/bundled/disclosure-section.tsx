/** 情報開示 as its tab loads it (chunk pane-disclosure), with the bundled scenario data unless the pane has its own. */
import { DisclosureSection } from "../../components/DisclosureSection";
import { withScenarioData } from "./with-scenario-data";

export default withScenarioData(DisclosureSection);
