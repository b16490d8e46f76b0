/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }] },
  testMatch: ["**/*.test.ts"],
  setupFiles: ["<rootDir>/test/setup-custom-functions.js"],
  globalSetup: "<rootDir>/test/global-setup.js",
  moduleNameMapper: { "^office-addin-manifest$": "<rootDir>/test/stubs/office-addin-manifest.js" },
  // The CLI tests write workbooks; keep runs predictable on CI's two cores.
  maxWorkers: 2,
  // The build test runs webpack once (about a minute on two cores).
  testTimeout: 30_000,
};
