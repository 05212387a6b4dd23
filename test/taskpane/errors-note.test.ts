/** Excel shows no message with #NUM!: the function card says why one happens, in the clerk's language. */
import { messages } from "../../src/core/messages";
import { paneStrings } from "../../src/taskpane/i18n";

test.each(["ja", "en"] as const)(
  "%s: the card's note names #VALUE!/#N/A as carrying the message and explains #NUM!",
  (language) => {
    const note = paneStrings(language).errorsNote;
    expect(note).toContain("#VALUE!");
    expect(note).toContain("#N/A");
    expect(note).toContain("#NUM!");
    expect(note).toContain(messages.resultOverflow()[language]);
  }
);
