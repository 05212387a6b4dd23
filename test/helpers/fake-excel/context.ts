/** The request context: calls queue operations, `sync()` runs them in order and logs each batch. */
import { Book } from "./book";
import { FakeOfficeError } from "./errors";
import { FakeNamedItemCollection } from "./names";
import { FakeTableCollection } from "./tables";
import { FakeWorksheet, FakeWorksheetCollection } from "./worksheets";

interface QueuedOp {
  readonly label: string;
  readonly args: readonly unknown[];
  readonly run: () => void;
}

export interface ContextHooks {
  readonly beforeSync?: (n: number) => void;
  readonly failSync?: (n: number) => FakeOfficeError | undefined;
}

export interface SyncRecord {
  readonly ops: number;
  readonly labels: readonly string[];
  readonly args: readonly (readonly unknown[])[];
}

export class Context {
  readonly workbook: FakeWorkbook;
  syncs = 0;
  readonly log: SyncRecord[] = [];
  private queue: QueuedOp[] = [];

  constructor(
    readonly book: Book,
    private readonly hooks: ContextHooks
  ) {
    this.workbook = new FakeWorkbook(this);
  }

  enqueue(label: string, args: readonly unknown[], run: () => void): void {
    this.queue.push({ label, args, run });
  }

  async sync(): Promise<void> {
    this.syncs += 1;
    const ops = this.queue;
    this.queue = [];
    this.log.push({
      ops: ops.length,
      labels: ops.map((o) => o.label),
      args: ops.map((o) => o.args),
    });
    this.hooks.beforeSync?.(this.syncs);
    const failure = this.hooks.failSync?.(this.syncs);
    if (failure) throw failure;
    for (const op of ops) op.run();
  }
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly names: FakeNamedItemCollection;

  constructor(readonly context: Context) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.tables = new FakeTableCollection(context, null);
    this.names = new FakeNamedItemCollection(context);
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const active = this.context.book.active;
      if (!active) throw new FakeOfficeError("ItemNotFound", "no active sheet");
      return active;
    });
  }
}
