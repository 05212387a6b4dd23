import { FAKE_REFUSAL } from "./texts";

/**
 * A stand-in for office.js that reports host Excel, routed in place of /office-js/office.js by the in-Excel spec.
 * Excel.run writes into the active cell when asked (inserting a function) and refuses anything else, after a pause,
 * with FAKE_REFUSAL: enough to see the pane's in-Excel paths — enabled buttons, the lazily loaded sheet writer, the
 * progress bar and how a failure is reported. The writer's own behaviour is tested under jest
 * (test/taskpane/sheet-writer.test.ts). What was written is kept in window.__fakeExcel.
 */
export const FAKE_OFFICE_JS = `
window.__fakeExcel = { formulas: [], runs: 0 };
window.Office = {
  HostType: { Excel: "Excel" },
  onReady: function () { return Promise.resolve({ host: "Excel", platform: "PC" }); },
  context: { displayLanguage: "ja-JP", requirements: { isSetSupported: function () { return true; } } },
};
window.OfficeExtension = { Error: function OfficeExtensionError() {} };
window.Excel = {
  run: function (batch) {
    window.__fakeExcel.runs += 1;
    var cell = {};
    var context = {
      workbook: {
        getActiveCell: function () { return cell; },
        get worksheets() { throw new Error(${JSON.stringify(FAKE_REFUSAL)}); },
      },
      sync: function () {
        if (cell.formulas) window.__fakeExcel.formulas.push(cell.formulas[0][0]);
        return Promise.resolve();
      },
    };
    return new Promise(function (resolve) { setTimeout(resolve, 400); }).then(function () { return batch(context); });
  },
};
`;

/** The formulas the stand-in wrote into the active cell so far. */
export const writtenFormulas = () =>
  (window as unknown as { __fakeExcel: { formulas: string[] } }).__fakeExcel.formulas;
