// Builds the add-in and the browser auditor once for the whole test run (webpack takes about a
// minute on two cores); the build and browser tests read RESULTATREVISION_DIST.
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

module.exports = async function globalSetup() {
  const root = path.join(__dirname, "..");
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), "resultatrevision-dist-"));
  const build = spawnSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, ADDIN_DIST_DIR: dist, ADDIN_PRODUCTION_URL: "https://intranet.kommun.test/resultatrevision/" },
  });
  if (build.status !== 0) throw new Error(`webpack failed:\n${build.stdout}\n${build.stderr}`);
  process.env.RESULTATREVISION_DIST = dist;
};
