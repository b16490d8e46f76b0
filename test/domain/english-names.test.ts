import { messageOf } from "../../src/domain/messages";
import { auditBuild, sheet } from "../helpers/workbook-builder";

describe("English messages name the English names (issue 10: one language per run)", () => {
  it("a missing column: the English name first, the Swedish one in brackets, and the other way round", () => {
    const result = auditBuild({ extra: [sheet("Pro bono", ["Datum", "Belopp"], [{ Datum: "2018-05-01", Belopp: 1000 }])] });
    const missing = result.findings.find((item) => item.code === "COLUMN_MISSING")!;
    expect(messageOf(missing, "en")).toMatch(/^The column "Value \(SEK\)" is missing \(Swedish name "Värde \(kr\)"\)/);
    expect(messageOf(missing, "sv")).toMatch(/^Kolumnen "Värde \(kr\)" saknas \(engelskt namn "Value \(SEK\)"\)/);
  });

  it("a missing sheet likewise", () => {
    const missing = auditBuild({ without: ["Företag"] }).findings.find((item) => item.code === "SHEET_MISSING")!;
    expect(messageOf(missing, "en")).toMatch(/^The sheet "Companies" is missing \(Swedish name "Företag"\)/);
    expect(messageOf(missing, "sv")).toMatch(/^Bladet "Företag" saknas \(engelskt namn "Companies"\)/);
  });
});
