/** Where a CLI command writes: stdout lines, stderr lines. Tests pass arrays; the real CLI passes the process streams. */
export interface Io {
  out(line: string): void;
  err(line: string): void;
}

/** `--name value` from argv, or undefined. */
export function option(argv: readonly string[], name: string): string | undefined {
  const index = argv.indexOf(name);
  return index >= 0 ? argv[index + 1] : undefined;
}

export type Lang = "ja" | "en";
export const langOf = (argv: readonly string[]): Lang => (argv.includes("--en") ? "en" : "ja");
