/**
 * The credit and project sections (クレジット管理, 証書, プロジェクト, 企画書) with their checks and builders: loaded
 * together, as chunk pane-projects, the first time one of them is opened (App.tsx), so the pane starts without them.
 */
export { CertificateSection } from "./CertificateSection";
export { LedgerSection } from "./LedgerSection";
export { PlanSection } from "./PlanSection";
export { ProjectSection } from "./ProjectSection";
