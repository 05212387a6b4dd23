/** 調査票 as its tab loads it (chunk pane-questionnaire), with the bundled scenario data unless the pane has its own. */
import { QuestionnaireSection } from "../../components/QuestionnaireSection";
import { withScenarioData } from "./with-scenario-data";

export default withScenarioData(QuestionnaireSection);
