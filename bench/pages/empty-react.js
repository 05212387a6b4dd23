// The baseline for the pane's start-up time: React renders a tab list, nothing else (bench/startup.ts).
/* global document -- runs in the browser */
import { createElement } from "react";
import { createRoot } from "react-dom/client";

const tabs = ["はじめに", "算定シート", "調査票"].map((name) =>
  createElement("button", { key: name, role: "tab" }, name)
);
createRoot(document.getElementById("root")).render(createElement("div", { role: "tablist" }, tabs));
