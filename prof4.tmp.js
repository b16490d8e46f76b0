const { exampleSheets } = require("./build-tools/src/workbook/example-workbook");
const { readWorkbook } = require("./build-tools/src/workbook/read-workbook");
const { audit } = require("./build-tools/src/domain/audit");
const sheets = exampleSheets({ hires: 1000000, seed: 1 }).map((s) => ({ name: s.name, rows: [s.headers, ...s.rows] }));
let t = Date.now();
const content = readWorkbook(sheets); console.log("read", Date.now() - t); t = Date.now();
const result = audit(content, { preset: "botkyrka", today: 19173 }); console.log("audit", Date.now() - t, result.findings.length);
