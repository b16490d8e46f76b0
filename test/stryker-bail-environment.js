// Jest's node environment with a bail for StrykerJS's mutant runs (issue 14, stryker.config.mjs).
// A mutant is killed by its first failing test, but jest (run by StrykerJS, which cannot ask it to
// bail) would still run every other test that reaches it: for a mutant in the engine, the whole
// suite. Once a test fails while a mutant is active, the remaining tests of that run are skipped.
// Without an active mutant (the dry run, plain jest) nothing changes. A skipped test can only
// leave a mutant killed that is already killed: the score is what it would be without the bail.
const NodeEnvironment = require("jest-environment-node").TestEnvironment;

const ACTIVE_MUTANT = "__STRYKER_ACTIVE_MUTANT__";
// Shared by every test file of one jest process: StrykerJS runs a mutant's files in band.
let killedMutant;

class BailEnvironment extends NodeEnvironment {
  async handleTestEvent(event) {
    const mutant = process.env[ACTIVE_MUTANT];
    if (mutant === undefined) return;
    if (event.name === "test_start" && killedMutant === mutant) event.test.mode = "skip";
    if (event.name === "test_done" && event.test.errors.length > 0) killedMutant = mutant;
  }
}

module.exports = BailEnvironment;
