/**
 * The custom functions' error messages follow Office's display language: every English locale gets the English text
 * (as the pane and the manifest's English overrides do), any other language the Japanese one.
 */
import {
  FakeCustomFunctionsError,
  globals,
  installCustomFunctions,
} from "../helpers/custom-functions";

installCustomFunctions();

// The global must exist before the module under test runs, hence require after setting it.
const { run } =
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- ordering matters here; see above
  require("../../src/functions/adapter") as typeof import("../../src/functions/adapter");

/** The message of an input error (an unknown fuel) as a cell in Office's `language` shows it. */
function messageIn(language: string | undefined): string {
  globals.Office = language === undefined ? undefined : { context: { displayLanguage: language } };
  try {
    run("CO2_FUEL", ["水素", 1]);
  } catch (error) {
    if (error instanceof FakeCustomFunctionsError) return error.message;
    throw error;
  } finally {
    delete globals.Office;
  }
  throw new Error('CO2_FUEL("水素",1) did not fail');
}

test("every English locale gets the English message; other languages the Japanese one", () => {
  const english = messageIn("en-US");
  const japanese = messageIn("ja-JP");
  expect(english).not.toBe(japanese);
  expect(japanese).toMatch(/[ぁ-んァ-ヶ]/);
  for (const locale of [
    "en-GB",
    "en-AU",
    "en-CA",
    "en-IN",
    "en-NZ",
    "en-IE",
    "en-ZA",
    "en-SG",
    "en-us",
    "en",
  ]) {
    expect([locale, messageIn(locale)]).toEqual([locale, english]);
  }
  for (const locale of ["ja", "fr-FR", "de-DE", "zh-CN", undefined])
    expect([locale, messageIn(locale)]).toEqual([locale, japanese]);
});
