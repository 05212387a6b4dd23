/** The checks of a layout's data validations against what Excel accepts (lists, number limits, prompt and error texts). */
import type { SheetLayout } from "./layout";
import { checkRange, type Collector } from "./validate-collector";

/** Excel's limits for data-validation texts (title / message) and the comma-separated list source. */
const PROMPT_TITLE_MAX = 32;
const PROMPT_MESSAGE_MAX = 255;
const ERROR_MESSAGE_MAX = 225;
const LIST_SOURCE_MAX = 255;

export function checkValidations(c: Collector, layout: SheetLayout): void {
  layout.validations.forEach((v, i) => {
    const where = `validations[${i}] ${v.range}`;
    checkRange(c, where, v.range);
    const rule = v.rule;
    if (rule.kind === "list") {
      if (rule.choices.length === 0) c.error(where, "a list needs at least one choice");
      rule.choices.forEach((choice) => {
        if (choice.includes(","))
          c.error(
            where,
            `choice ${JSON.stringify(choice)} contains a comma, which separates choices in Excel's list source`
          );
      });
      if (rule.choices[0]?.startsWith("="))
        c.error(
          where,
          'the first choice starts with "=": Excel would read the list source as a formula'
        );
      if (rule.choices.join(",").length > LIST_SOURCE_MAX)
        c.error(where, `the choices joined by commas exceed Excel's ${LIST_SOURCE_MAX} characters`);
    } else if (rule.kind === "decimal" || rule.kind === "whole") {
      if (!Number.isFinite(rule.min)) c.error(where, `min ${rule.min} is not a number`);
      if (rule.max !== undefined && !(Number.isFinite(rule.max) && rule.max >= rule.min))
        c.error(where, `max ${rule.max} is not a number ≥ min ${rule.min}`);
      if (
        rule.kind === "whole" &&
        (!Number.isInteger(rule.min) || (rule.max !== undefined && !Number.isInteger(rule.max)))
      ) {
        c.error(where, "whole-number limits must be integers");
      }
    } else {
      c.error(
        where,
        `unknown validation kind ${JSON.stringify((rule as { kind?: unknown }).kind)}`
      );
    }
    if (v.prompt) {
      if (v.prompt.title.length > PROMPT_TITLE_MAX)
        c.error(where, `prompt title exceeds Excel's ${PROMPT_TITLE_MAX} characters`);
      if (v.prompt.message.length > PROMPT_MESSAGE_MAX)
        c.error(where, `prompt message exceeds Excel's ${PROMPT_MESSAGE_MAX} characters`);
    }
    if (v.error) {
      if (v.error.title.length > PROMPT_TITLE_MAX)
        c.error(where, `error title exceeds Excel's ${PROMPT_TITLE_MAX} characters`);
      if (v.error.message.length > ERROR_MESSAGE_MAX)
        c.error(where, `error message exceeds Excel's ${ERROR_MESSAGE_MAX} characters`);
    }
  });
}
