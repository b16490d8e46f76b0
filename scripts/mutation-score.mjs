// The mutation score per file, per folder and overall (issue 14): `npm run mutate:score`.
// Reads every StrykerJS JSON report in reports/mutation/ (the whole run's mutation.json and the
// chunks' chunks/*.json, see stryker.config.mjs); where two reports hold the same file, the newer
// one counts. Score = (killed + timeout) / (killed + timeout + survived + no coverage), as
// StrykerJS counts it: ignored mutants (marked equivalent with a reason beside the code) and those
// the TypeScript checker refuses (compile errors) or that crash (runtime errors) are left out.
// Files in the configured scope with no report are listed as not measured, apart from those of
// types alone, which hold nothing to mutate.
//   npm run mutate:score                  the table
//   npm run mutate:score -- --survivors   and every surviving or uncovered mutant with its line
//   npm run mutate:score -- --markdown    the table as Markdown (for the README)
//   npm run mutate:score -- --live        and the survivors of runs still going (live reporter)
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import config from "../stryker.config.mjs";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const reportsDir = path.join(root, "reports", "mutation");
const showSurvivors = process.argv.includes("--survivors");
const markdown = process.argv.includes("--markdown");

/**
 * Report files, oldest first, so a newer report's file replaces an older one's: the JSON reports
 * of whole runs and chunks, and the incremental files, which a run that was stopped (SIGTERM)
 * leaves with the results it had so far (the same schema).
 */
function reportFiles() {
  const candidates = [path.join(reportsDir, "mutation.json")];
  const chunkDir = path.join(reportsDir, "chunks");
  if (fs.existsSync(chunkDir)) {
    for (const name of fs.readdirSync(chunkDir)) if (name.endsWith(".json")) candidates.push(path.join(chunkDir, name));
  }
  // An incremental file counts only when its run ended without a JSON report (it was stopped):
  // a finished run writes both at its end.
  const incrementalDir = path.join(root, "reports");
  if (fs.existsSync(incrementalDir)) {
    for (const name of fs.readdirSync(incrementalDir)) {
      const chunk = /^stryker-incremental(?:-(.+))?\.json$/.exec(name);
      if (!chunk) continue;
      const file = path.join(incrementalDir, name);
      const report = chunk[1] ? path.join(chunkDir, `${chunk[1]}.json`) : path.join(reportsDir, "mutation.json");
      if (fs.existsSync(report) && fs.statSync(report).mtimeMs >= fs.statSync(file).mtimeMs - 120_000) continue;
      candidates.push(file);
      partial.add(file);
    }
  }
  return candidates.filter((file) => fs.existsSync(file)).sort((a, b) => fs.statSync(a).mtimeMs - fs.statSync(b).mtimeMs);
}

/** Incremental files of runs that were stopped: their files lack the mutants not yet tested. */
const partial = new Set();

/** The files the configuration mutates: plain paths and `dir/**\/*.ts` patterns. */
function scope() {
  const files = new Set();
  const walk = (dir) => {
    for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(rel);
      else if (entry.name.endsWith(".ts")) files.add(rel);
    }
  };
  for (const pattern of config.mutate) {
    const glob = /^(.*)\/\*\*\/\*\.ts$/.exec(pattern);
    if (glob) walk(glob[1]);
    else if (!pattern.startsWith("!")) files.add(pattern);
  }
  return [...files].sort();
}

const byFile = new Map();
for (const file of reportFiles()) {
  const report = JSON.parse(fs.readFileSync(file, "utf8"));
  for (const [name, result] of Object.entries(report.files)) {
    const rel = path.isAbsolute(name) ? path.relative(root, name) : name;
    byFile.set(rel.split(path.sep).join("/"), { report: path.relative(root, file), partial: partial.has(file), mutants: result.mutants });
  }
}

const columns = ["Killed", "Timeout", "Survived", "NoCoverage", "Ignored", "CompileError", "RuntimeError"];
const empty = () => Object.fromEntries(columns.map((c) => [c, 0]));
const add = (into, counts) => columns.forEach((c) => (into[c] += counts[c]));
const score = (c) => {
  const valid = c.Killed + c.Timeout + c.Survived + c.NoCoverage;
  return valid === 0 ? null : (100 * (c.Killed + c.Timeout)) / valid;
};
const percent = (c) => (score(c) === null ? "n/a" : `${score(c).toFixed(1)} %`);

const rows = [];
const folders = new Map();
const total = empty();
const survivors = [];
const unmeasured = [];
const partialFiles = [];
for (const file of scope()) {
  const entry = byFile.get(file);
  if (!entry) {
    unmeasured.push(file);
    continue;
  }
  const counts = empty();
  for (const mutant of entry.mutants) {
    if (counts[mutant.status] === undefined) counts[mutant.status] = 0;
    counts[mutant.status] += 1;
    if (mutant.status === "Survived" || mutant.status === "NoCoverage") {
      survivors.push(`${file}:${mutant.location.start.line}:${mutant.location.start.column} ${mutant.status} ${mutant.mutatorName} → ${JSON.stringify(mutant.replacement ?? "")}`);
    }
  }
  rows.push([entry.partial ? `${file} (partial)` : file, counts]);
  if (entry.partial) partialFiles.push(file);
  const folder = path.dirname(file);
  if (!folders.has(folder)) folders.set(folder, empty());
  add(folders.get(folder), counts);
  add(total, counts);
}

const header = ["file", "killed", "timeout", "survived", "no cov.", "ignored", "compile err.", "score"];
const line = (name, c) => [name, c.Killed, c.Timeout, c.Survived, c.NoCoverage, c.Ignored, c.CompileError + c.RuntimeError, percent(c)];
const table = [
  ...rows.map(([file, c]) => line(file, c)),
  ...[...folders].map(([folder, c]) => line(`${folder}/ (all)`, c)),
  line("overall", total),
];
if (markdown) {
  console.log(`| ${header.join(" | ")} |`);
  console.log(`|${header.map((_, i) => (i === 0 ? "---" : "---:")).join("|")}|`);
  for (const row of table) console.log(`| ${row.join(" | ")} |`);
} else {
  const widths = header.map((h, i) => Math.max(String(h).length, ...table.map((r) => String(r[i]).length)));
  const format = (row) => row.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join("  ");
  console.log(format(header));
  for (const row of table) console.log(format(row));
}
// A file of types alone has nothing to mutate, so no report holds it: told apart from a file no run reached.
const typesOnly = unmeasured.filter(holdsTypesOnly);
const notReached = unmeasured.filter((file) => !typesOnly.includes(file));
const valid = total.Killed + total.Timeout + total.Survived + total.NoCoverage;
console.log(
  `\nOverall: ${total.Killed + total.Timeout} of ${valid} non-equivalent mutants killed (${percent(total)}); ` +
    `${total.Ignored} marked equivalent, ${total.CompileError + total.RuntimeError} refused by the checker; ` +
    `${rows.length - partialFiles.length} of ${rows.length + notReached.length} files with code in scope measured in full, ${partialFiles.length} in part.`,
);
if (partialFiles.length > 0) console.log(`Partly measured (a run stopped before its end): ${partialFiles.join(", ")}`);
if (typesOnly.length > 0) console.log(`Nothing to mutate (types only): ${typesOnly.join(", ")}`);
if (notReached.length > 0) console.log(`Not measured: ${notReached.join(", ")}`);
if (showSurvivors && survivors.length > 0) console.log(`\nSurvivors:\n${survivors.join("\n")}`);

// `--live`: the survivors of runs still going, from the live reporter's logs.
if (process.argv.includes("--live") && fs.existsSync(reportsDir)) {
  for (const name of fs.readdirSync(reportsDir).filter((file) => file.startsWith("live-"))) {
    const lines = fs.readFileSync(path.join(reportsDir, name), "utf8").split("\n").filter(Boolean).map((line) => JSON.parse(line));
    const counts = {};
    for (const item of lines) counts[item.status] = (counts[item.status] ?? 0) + 1;
    console.log(`\n${name}: ${JSON.stringify(counts)}`);
    for (const item of lines.filter((entry) => entry.status === "Survived" || entry.status === "NoCoverage")) {
      console.log(`  ${item.file}:${item.line}:${item.column} ${item.status} ${item.mutatorName} → ${JSON.stringify(item.replacement ?? "")}`);
    }
  }
}

/** Whether a TypeScript file compiles to no statement at all: types, interfaces and type imports alone. */
function holdsTypesOnly(file) {
  const { outputText } = ts.transpileModule(fs.readFileSync(path.join(root, file), "utf8"), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, removeComments: true },
  });
  return outputText.replace(/^export \{\};$/m, "").trim() === "";
}
