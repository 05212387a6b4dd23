/** PLACEHOLDER — `cli collect`. */
import type { Io } from "../io";

export async function run(argv: readonly string[], io: Io): Promise<number> {
  void argv;
  io.err("collect: not implemented yet");
  return 2;
}
