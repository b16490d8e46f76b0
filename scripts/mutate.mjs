// Runs StrykerJS (`npm run mutate`, issue 14), then prints the score per file and overall
// (scripts/mutation-score.mjs). StrykerJS 10 refuses Node.js below 22 at start-up, though nothing
// it does here needs 22; the machines and CI run Node.js 20. On Node.js 22 or later this is plain
// `stryker run`; below it, the version check alone is passed over.
// Arguments are Stryker's own: `npm run mutate -- --mutate src/domain/exit-clause.ts`.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

if (process.env.MUTATE_STRYKER_CHILD === "1") {
  const [major] = process.versions.node.split(".").map(Number);
  if (major < 22) Object.defineProperty(process, "version", { value: "v22.0.0" });
  process.argv.splice(2, 0, "run");
  const require = createRequire(import.meta.url);
  const core = path.dirname(require.resolve("@stryker-mutator/core/package.json"));
  await import(pathToFileURL(path.join(core, "bin", "stryker.js")).href);
} else {
  // StrykerJS in a child process, so the score is printed once it has written its report.
  const self = fileURLToPath(import.meta.url);
  const run = spawnSync(process.execPath, [self, ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...process.env, MUTATE_STRYKER_CHILD: "1" },
  });
  if (run.status === 0) {
    const scoreScript = path.join(path.dirname(self), "mutation-score.mjs");
    spawnSync(process.execPath, [scoreScript], { stdio: "inherit" });
  }
  process.exit(run.status ?? 1);
}
