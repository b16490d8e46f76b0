#!/usr/bin/env node
// The README's main job: writes the example workbook with planted defects, audits it with the
// CLI, and writes the report workbook, the board report (HTML) and the JSON under out/. A second, small workbook without
// its `Företag` and `Pro bono` sheets shows SHEET_MISSING and PROBONO_BELOW_COMMITMENT, the codes the first cannot hold.
// Runs the built CLI (npm run demo builds it first), exactly as a user would.
"use strict";
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const root = path.join(__dirname, "..");
const out = path.join(root, "out");
const cli = path.join(root, "build", "cli", "main.js");
fs.mkdirSync(out, { recursive: true });

function run(args, { quiet = false } = {}) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: "utf8" });
  if (!quiet) process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  if (result.status === 2 || result.status === null) {
    console.error(`demo: resultatrevision ${args.join(" ")} failed`);
    process.exit(2);
  }
  return result;
}

const rel = (file) => path.relative(root, path.join(out, file));
run(["example", rel("exempel.xlsx"), "--defects", "--force"], { quiet: true });
run(["audit", rel("exempel.xlsx"), "--out", rel("exempel-granskning.xlsx"), "--json", rel("exempel-granskning.json"), "--html", rel("exempel-rapport.html"), "--max-per-code", "2", "--models"]);

console.log("\n--- Ett blad saknas / a required sheet is missing ---\n");
// Without Pro bono too: an absent sheet counts as 0 (spec 10.6), so PROBONO_BELOW_COMMITMENT shows,
// which the first workbook cannot (its unusable Pro bono sheet gives unknown, spec 10.29).
run(["example", rel("saknat-blad.xlsx"), "--hires", "20", "--force", "--omit-sheet", "Företag", "Pro bono"], { quiet: true });
run(["audit", rel("saknat-blad.xlsx"), "--json", rel("saknat-blad.json"), "--max-per-code", "1"], { quiet: true });

const codes = new Set();
for (const file of ["exempel-granskning.json", "saknat-blad.json"]) {
  for (const finding of JSON.parse(fs.readFileSync(path.join(out, file), "utf8")).findings) codes.add(finding.code);
}
const missing = JSON.parse(fs.readFileSync(path.join(out, "saknat-blad.json"), "utf8")).findings.filter((f) => f.code === "SHEET_MISSING");
for (const finding of missing) console.log(`${finding.code}: ${finding.message}`);
console.log(`\nFyndkoder som visas / finding codes shown: ${codes.size}`);
console.log(`Skrivet / written: ${["exempel.xlsx", "exempel-granskning.xlsx", "exempel-granskning.json", "exempel-rapport.html", "saknat-blad.xlsx", "saknat-blad.json"].map(rel).join(", ")}`);
