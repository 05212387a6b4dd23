/** クレジット管理 and 証書: the credit ledger and certificate forms. (English) */
import type { CertificateStrings, LedgerStrings } from "../types/forms";

export const ledger: LedgerStrings = {
  help: "Record the credits you hold, what they offset and which serials were retired for what, and create the credit ledger. The entries are checked as you type (double use, shortfalls, late retirement …).",
  exampleMinato: "Example: Eco-Life Fair MINATO",
  exampleJoint: "Example: joint purchase of 100 t",
  exampleHelp:
    "An example replaces what you entered. The names, dates and serials of the joint-purchase example are made up.",
  clear: "Clear all",
  filledMinato:
    "Filled in the guidebook's example (Minato City, Eco-Life Fair MINATO 2010). Dates, provider and retirement are not in the guidebook and are left empty.",
  filledJoint: "Filled in a joint purchase: 100 t shared by events of several municipalities.",
  holdingsHeading: "Credits held",
  holding: (id) => `Holding ${id}`,
  addHolding: "Add a holding",
  targetsHeading: "What is offset",
  target: (id) => `Target ${id}`,
  addTarget: "Add a target",
  allocationsHeading: "Allocations and retirement",
  allocation: (n) => `Allocation ${n}`,
  addAllocation: "Add an allocation",
  allocationNeeds: "An allocation needs at least one holding and one target.",
  remove: (what) => `Remove ${what}`,
  none: "None yet.",
  noName: "(no name)",
  kinds: {
    "j-ver": "J-VER",
    kyoto: "Kyoto Mechanism credits",
    jpa: "JPA (JVETS allowances)",
    "other-ver": "Other VER",
    "green-power": "Green power certificates",
  },
  targetKinds: { event: "Meeting or event", office: "Office operations", ecotour: "Eco-tour" },
  serialPlaceholder: "e.g. JP-200-000-000-011-157",
  serialToHint: "Empty for 1 t; the last block alone (e.g. 158) will do.",
  periodPlaceholder: "e.g. 2008-04 to 2013-03",
  tonnes: (n) => `${n.toLocaleString("en-US")} t-CO2`,
  notRead: "no serials yet",
  allocated: (allocated, needed) =>
    `${allocated.toLocaleString("en-US")} of ${needed.toLocaleString("en-US")} t-CO2 allocated`,
  notRetired: "not retired",
  retiredOn: (date) => `retired ${date}`,
  retiredHint: "Leave empty until retired",
  certificateHint:
    "Number of the certificate issued or received for these credits (the certificate sheet checks it); empty if none.",
  activityEndHint:
    "Retire soon after: events promptly (within 6–12 months at most), office operations within about 6 months.",
  checksHeading: "Ledger checks",
  checksOk: "No problems found.",
  checksEmpty: "Once holdings or allocations are entered, they are checked here.",
  checksFailed: (detail) => `The ledger checks could not run. (${detail})`,
  checksCount: (errors, warnings) =>
    `${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}`,
  withCertificates: "Also create the certificate sheet (numbering on the Certificates tab)",
};

export const certificate: CertificateStrings = {
  help: "Creates a sheet to record or issue carbon-offset certificates. Numbers are never reused; numbering continues from the last one.",
  direction: "Certificates",
  received: "Received",
  issued: "Issued by us",
  receivedHint: "Certificates received from an offset provider or another party.",
  issuedHint: "Certificates the municipality issues to companies or other municipalities (C1, C2).",
  issuerReceived: "Kept by (organization)",
  issuerIssued: "Issued and kept by (organization)",
  issuerPlaceholder: "e.g. Environment Policy Division",
  contactPlaceholder: "e.g. phone, e-mail",
  prefixPlaceholder: "e.g. CITY-CO-",
  firstNumberHint:
    "A certificate number is the prefix and a zero-padded sequence number. To continue a series, enter the number after the last one used.",
  withLedger: "Also create the credit ledger (from the Credits tab)",
};
