/** Defined-name proxies: the workbook's names collection and one named item. */
import { Context } from "./context";
import { invalid, notLoaded } from "./errors";
import { FakeObject } from "./proxy";
import { FakeRange } from "./range";
import { type NameState } from "./state";

export class FakeNamedItemCollection extends FakeObject {
  private snapshot: FakeNamedItem[] | null = null;

  get items(): FakeNamedItem[] {
    if (!this.snapshot) throw notLoaded("items");
    return this.snapshot;
  }

  load(properties?: unknown): this {
    const props = FakeObject.props(properties);
    this.context.enqueue("names.load", [props], () => {
      this.snapshot = this.context.book.names.map(
        (state) => new FakeNamedItem(this.context, state, props)
      );
      this.loaded.add("items");
    });
    return this;
  }

  add(name: string, reference: string | FakeRange, comment?: string): FakeNamedItem {
    const label = typeof reference === "string" ? reference : reference.address;
    this.context.enqueue(
      "names.add",
      comment === undefined ? [name, label] : [name, label, comment],
      () => {
        const book = this.context.book;
        book.checkIdentifier(name);
        let text: string;
        if (typeof reference === "string") {
          if (!reference.startsWith("=")) throw invalid(`name reference ${reference}`);
          book.checkReferences(reference, null);
          text = reference;
        } else {
          text = `='${reference.resolve().name.replace(/'/g, "''")}'!${reference.address}`;
        }
        if (comment !== undefined && comment.length > 255) throw invalid("comment too long");
        book.names.push(
          comment === undefined ? { name, reference: text } : { name, reference: text, comment }
        );
      }
    );
    return new FakeNamedItem(this.context, null, []);
  }
}

class FakeNamedItem extends FakeObject {
  private readonly loadedName: string = "";

  constructor(context: Context, state: NameState | null, props: readonly string[]) {
    super(context);
    if (state && props.some((p) => p === "$all" || p === "items" || /(^|\/)name$/.test(p))) {
      this.loadedName = state.name;
      this.loaded.add("name");
    }
  }

  get name(): string {
    this.need("name");
    return this.loadedName;
  }
}
