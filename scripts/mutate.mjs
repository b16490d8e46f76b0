// Runs StrykerJS (`npm run mutate`, issue 14). StrykerJS 10 refuses Node.js below 22 at start-up,
// though nothing it does here needs 22; the machines and CI run Node.js 20. On Node.js 22 or later
// this is plain `stryker run`; below it, the version check alone is passed over.
// Arguments are Stryker's own: `npm run mutate -- --mutate src/domain/exit-clause.ts`.
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

const [major] = process.versions.node.split(".").map(Number);
if (major < 22) Object.defineProperty(process, "version", { value: "v22.0.0" });
process.argv.splice(2, 0, "run");
const require = createRequire(import.meta.url);
const core = path.dirname(require.resolve("@stryker-mutator/core/package.json"));
await import(pathToFileURL(path.join(core, "bin", "stryker.js")).href);
