/**
 * Generated files are written as Prettier (with the project's config) would format them, so `prettier --check`
 * and the "is up to date" tests agree. Prettier runs in a child process: its API is asynchronous and loads
 * modules dynamically, which jest's module system cannot host.
 */
import { spawnSync } from "node:child_process";

export function formatLikeRepo(path: string, text: string): string {
  const cli = require.resolve("prettier/bin/prettier.cjs");
  const run = spawnSync(process.execPath, [cli, "--stdin-filepath", path], {
    input: text,
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`prettier failed on ${path}: ${run.stderr}`);
  return run.stdout;
}
