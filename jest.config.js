/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }] },
  testMatch: ["**/*.test.ts"],
  // The CLI tests write workbooks; keep runs predictable on CI's two cores.
  maxWorkers: 2,
};
