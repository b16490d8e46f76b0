// Mutation testing of the engine and the cell readers (issue 14): `npm run mutate`.
// Not part of `npm test`: a full run takes long on two cores. While working on one file:
//   nice -n 19 npm run mutate -- --mutate src/domain/exit-clause.ts
// Incremental: the results of the last run are kept in reports/ (git-ignored, like the HTML
// report), so a rerun only tests the mutants whose code or covering tests changed.
// In chunks (the same tests, a part of the files each, each chunk with its own incremental file
// and JSON report, merged by `npm run mutate:score`):
//   MUTATE_CHUNK=models nice -n 19 npm run mutate -- --mutate 'src/domain/models/**/*.ts'
const chunk = process.env.MUTATE_CHUNK;
const base = chunk ? `reports/mutation/chunks/${chunk}` : "reports/mutation/mutation";

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: "npm",
  testRunner: "jest",
  // The tests of the engine and the cell readers (jest.unit.config.js needs no webpack build or
  // browser). Left out: the tests through the CLI and the .xlsx reader, the fast-check laws
  // (hundreds of random workbooks per law) and the 1,200-row example workbook. Each mutant would
  // rerun them at a cost of tens of seconds on two cores; the engine's own small, named cases
  // have to bite without them.
  jest: {
    projectType: "custom",
    configFile: "jest.unit.config.js",
    config: {
      roots: ["<rootDir>/test/domain", "<rootDir>/test/workbook"],
      testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/domain/properties.test.ts", "<rootDir>/test/workbook/example-workbook.test.ts"],
      // A mutant runs only the test files that hold the tests reaching it (not all of them, each
      // loaded to skip its tests): see test/stryker-sequencer.js.
      testSequencer: "<rootDir>/test/stryker-sequencer.js",
      // A mutant's run stops at its first failing test (jest cannot bail when StrykerJS runs it):
      // see test/stryker-bail-environment.js. Resolved from the sandbox, hence no <rootDir>.
      testEnvironment: "./test/stryker-bail-environment.js",
      // ts-jest transpiles each file alone (tsconfig.stryker-jest.json: isolatedModules), without
      // building a TypeScript program: the typescript checker below already refuses the mutants
      // that do not compile. A jest run of one test file took 6.7 s with a program, 1.6 s without.
      transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.stryker-jest.json" }] },
    },
    enableFindRelatedTests: false,
  },
  // Each mutant runs only the tests that reach it; mutants that do not compile are skipped.
  coverageAnalysis: "perTest",
  checkers: ["typescript"],
  // The engine and the readers, not the whole project nor the tests (tsconfig.stryker.json).
  tsconfigFile: "tsconfig.stryker.json",
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  // The engine and the readers of single cells (tsconfig.stryker.json includes the same files). Not
  // the sheet readers (read-table.ts,
  // read-workbook.ts), the report layouts or the adapters: their tests are end to end.
  mutate: [
    "src/domain/**/*.ts",
    "src/workbook/read-date.ts",
    "src/workbook/read-number.ts",
    "src/workbook/read-rate.ts",
    "src/workbook/read-choice.ts",
    "src/workbook/read-municipality.ts",
    "src/workbook/read-agreement-value.ts",
    "src/workbook/cell-read.ts",
    "src/workbook/raw-cell.ts",
    "src/workbook/header-key.ts",
    "src/workbook/column-kinds.ts",
  ],
  concurrency: 2,
  // A mutant that loops forever is mostly caught by StrykerJS's hit limit (the mutant's code runs
  // far more often than in the first run). Not all: a mutant that breaks the counting sort's
  // arithmetic (capped-fees.ts) sends unmutated code into a loop of billions, and each such
  // mutant held a test runner for the whole limit (ten minutes, when it was 600 s). StrykerJS
  // allows a mutant its tests' time in the first run × 1.5, plus this: the whole unit suite takes
  // about 30 s, so 120 s spares the shared two-core machine's slowness (a 60 s margin at nice 19
  // once turned ordinary mutants into false timeouts, which count as killed).
  timeoutMS: 120_000,
  incremental: true,
  incrementalFile: chunk ? `reports/stryker-incremental-${chunk}.json` : "reports/stryker-incremental.json",
  // "live": each result as it comes, in reports/mutation/live-<chunk>.jsonl.
  appendPlugins: ["./scripts/stryker-live-reporter.mjs"],
  reporters: ["clear-text", "progress", "html", "json", "live"],
  htmlReporter: { fileName: `${base}.html` },
  jsonReporter: { fileName: `${base}.json` },
  thresholds: { high: 95, low: 90, break: null },
  tempDirName: ".stryker-tmp",
  cleanTempDir: true,
};
