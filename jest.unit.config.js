// The tests that need neither the webpack build nor a browser: quick runs while working, and the
// configuration StrykerJS uses (issue 14). `npm test` runs everything (jest.config.js).
const base = require("./jest.config.js");

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  globalSetup: undefined,
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/addin/", "<rootDir>/test/browser/"],
};
