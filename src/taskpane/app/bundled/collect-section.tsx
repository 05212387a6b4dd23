/** 回収 as its tab loads it (chunk pane-collect), with the bundled scenario data unless the pane has its own. */
import { CollectSection } from "../../components/CollectSection";
import { withScenarioData } from "./with-scenario-data";

export default withScenarioData(CollectSection);
