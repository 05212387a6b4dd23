/** The base of every proxy: properties must be loaded and synced before they are read, as in Office. */
import { Context } from "./context";
import { notLoaded } from "./errors";

export abstract class FakeObject {
  protected readonly loaded = new Set<string>();

  constructor(readonly context: Context) {}

  protected need(property: string): void {
    if (!this.loaded.has(property)) throw notLoaded(property);
  }

  protected static props(arg: unknown): string[] {
    if (typeof arg === "string") return arg.split(",").map((s) => s.trim());
    if (Array.isArray(arg)) return arg.map(String);
    if (arg && typeof arg === "object" && "select" in arg)
      return String((arg as { select: unknown }).select).split(",");
    return ["$all"];
  }
}
