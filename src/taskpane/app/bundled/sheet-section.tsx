/** 算定シート as its tab loads it (chunk pane-sheet), with the bundled scenario data unless the pane has its own. */
import { SheetSection } from "../../components/SheetSection";
import { withScenarioData } from "./with-scenario-data";

export default withScenarioData(SheetSection);
