// The formula examples on the help page, built from the table names the template gives its
// tables (src/workbook/table-names.json), so the page never shows a name the template does not make.
"use strict";
const TABLE_NAMES = require("../src/workbook/table-names.json");

function helpExamples() {
  const tables = (all, separator) => [TABLE_NAMES["Anställningar"], TABLE_NAMES["Företag"], TABLE_NAMES["Avtal"]].map((name) => `${name}[${all}]`).join(separator);
  return {
    sv: `=JOBB.UTBETALNING(${tables("#Alla", ";")};1)`,
    en: `=JOBB.PAYOUT(${tables("#All", ",")},1)`,
    svToday: `=JOBB.UTBETALNING(${tables("#Alla", ";")};0;IDAG())`,
    enToday: `=JOBB.PAYOUT(${tables("#All", ",")},0,TODAY())`,
  };
}

module.exports = { helpExamples };
