#!/usr/bin/env node
// Validates an add-in manifest offline against the XSDs in schemas/office-manifest-xsd/
// (`npm run validate`; the manifest test runs the same check). Usage: validate-manifest.js [FILE]
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { validateXML } = require("xmllint-wasm");

const root = path.join(__dirname, "..");
const schemas = path.join(root, "schemas", "office-manifest-xsd");

async function validateManifest(file) {
  const load = (name) => ({ fileName: name, contents: fs.readFileSync(path.join(schemas, name), "utf8") });
  const others = fs.readdirSync(schemas).filter((name) => name.endsWith(".xsd") && name !== "OfficeAppManifestV1_1.xsd");
  return validateXML({
    xml: { fileName: path.basename(file), contents: fs.readFileSync(file, "utf8") },
    schema: load("OfficeAppManifestV1_1.xsd"),
    preload: others.map(load),
  });
}

module.exports = { validateManifest };

if (require.main === module) {
  const file = path.resolve(process.argv[2] ?? path.join(root, "manifest.xml"));
  validateManifest(file).then((result) => {
    if (result.valid) console.log(`${path.relative(process.cwd(), file)}: valid against the Office add-in manifest schemas`);
    else for (const error of result.errors) console.error(error.message);
    process.exitCode = result.valid ? 0 : 1;
  });
}
