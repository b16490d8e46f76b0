#!/usr/bin/env node
// `npm start`: builds for development and sideloads the add-in into Excel desktop with
// office-addin-debugging (which also starts the dev server on https://localhost:3000).
// office-addin-debugging is an optional dependency: it needs the system's keyring library
// (libsecret) to build, so on machines without it `npm ci` skips it and this says what to do.
"use strict";
const { spawnSync } = require("node:child_process");

let debugging;
try {
  debugging = require.resolve("office-addin-debugging/cli");
} catch {
  console.error("npm start needs office-addin-debugging, which did not install here (it needs libsecret).");
  console.error("Install it with: npm install --no-save office-addin-debugging, or sideload by hand: see the README.");
  process.exit(1);
}
const result = spawnSync(process.execPath, [debugging, "start", "manifest.xml", "desktop", "--app", "excel", "--dev-server", "npm run dev-server"], { stdio: "inherit" });
process.exit(result.status ?? 1);
