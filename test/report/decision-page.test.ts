import { promises as fs } from "node:fs";
import * as path from "node:path";
import { audit, type AuditResult } from "../../src/domain/audit";
import { parseIsoDay } from "../../src/domain/day";
import { decisionPage, type DecisionPage } from "../../src/report/decision-page";
import { summarySheet } from "../../src/workbook/report-sheets";
import { readWorkbook } from "../../src/workbook/read-workbook";
import { readWorkbookGrids } from "../../src/xlsx/read-workbook-grids";
import { FIXTURES } from "../helpers/run";
import { auditBuild, claimsSheet } from "../helpers/workbook-builder";

const golden = async (name: string, preset: "botkyrka" | "malmo" = "botkyrka"): Promise<AuditResult> => {
  const grids = await readWorkbookGrids(await fs.readFile(path.join(FIXTURES, "golden", `${name}.xlsx`)), `${name}.xlsx`);
  return audit(readWorkbook(grids), { preset, today: parseIsoDay("2030-01-01")! });
};

/** Page one as the reader sees it, line by line. */
const lines = (page: DecisionPage) => [page.title, page.asOf, ...page.checkpoints.map((line) => line.text), page.noCheckpoints ?? "", page.payment.headline, ...page.payment.why, ...page.matters.map((matter) => matter.text), page.noMatters ?? "", page.decision].filter(Boolean).join("\n");

describe("page one: the decision page (issue 13)", () => {
  let defects: AuditResult;
  let handChecked: AuditResult;
  let clean: AuditResult;
  let malmo: AuditResult;
  beforeAll(async () => {
    [defects, handChecked, clean, malmo] = await Promise.all([golden("example-defects"), golden("hand-checked"), golden("example-clean"), golden("malmo", "malmo")]);
  }, 60_000);

  it("example-defects, in Swedish: exit reasons by kind, amounts, three matters and the decision", () => {
    const page = decisionPage(defects, "example-defects.xlsx", "sv");
    expect(page.checkpoints.map((line) => [line.status, line.tone, line.statusWord])).toEqual([["triggered", "bad", "utlöst"], ["triggered", "bad", "utlöst"], ["at-risk", "warn", "i riskzonen"]]);
    expect(page.checkpoints[0]!.text).toBe("Kontrollpunkt år 1: utlöst — för få jobb, 45 av krävda 100 (mål 200); redovisningen stämmer inte för år 1; andelen boende i kommunen 82,2 % (minst 50,0 %)");
    expect(page.checkpoints[0]!.conditions.map((condition) => [condition.kind, condition.fails])).toEqual([["jobs", true], ["claims", true], ["residents", false]]);
    expect(page.checkpoints[2]!.text).toBe("Kontrollpunkt år 5: i riskzonen — prognosen ger för få jobb, 244,7 av krävda 500 (hittills 220); redovisningen stämmer inte för år 1; andelen boende i kommunen 78,2 % (minst 50,0 %)");
    expect(page.payment).toMatchObject({ baseSek: 22_029_863, incentiveSek: 500_000, totalSek: 22_529_863 });
    expect(page.payment.headline).toBe("Perioden 2018-01-01 – 2022-06-30: 22\u00a0529\u00a0863 kr");
    expect(page.payment.why.join("\n")).toContain("Årstaken: 185 företag och 0 anställningar fick ingen ersättning (1\u00a0850\u00a0000 kr).");
    expect(page.payment.why.join("\n")).toContain("Resultatpotten räckte inte: 1\u00a0675\u00a0000 kr i avgifter betalas inte.");
    // Errors first: the claims that differ put year 1's incentive (100 000 kr) at stake, so they lead.
    expect(page.matters.map((matter) => matter.severity)).toEqual(["error", "error", "error"]);
    expect(page.matters[0]!.code).toBe("CLAIM_MISMATCH");
    expect(page.matters[0]!.text).toMatch(/^Redovisningen stämmer inte: \d+ st\. Upp till 100\u00a0000 kr berörs\. Första: Redovisning!\w+\. Se bilagan Fynd\.$/);
    expect(page.holdBackSek).toBe(100_000);
    expect(page.decision).toBe([
      "Kommunstyrelsen föreslås besluta",
      "att godkänna utbetalning av 22\u00a0429\u00a0863 kr för avtalsperioden till och med 2022-06-30, av 22\u00a0529\u00a0863 kr som granskningen beräknar,",
      "att hålla inne 100\u00a0000 kr i resultatersättning för år 1 tills redovisningen har rättats,",
      "att ta ställning till om avtalet ska sägas upp enligt utträdesklausulen efter år 1 och 3,",
      "att uppdra åt förvaltningen att följa upp kontrollpunkten efter år 5, som enligt prognosen är i riskzonen,",
      `att begära att stiftelsen rättar de ${defects.summary.errors} fel som granskningen fann före nästa utbetalning.`,
    ].join("\n"));
  });

  it("example-defects, in English", () => {
    const page = decisionPage(defects, "example-defects.xlsx", "en");
    expect(page.checkpoints[0]!.text).toBe("Checkpoint year 1: triggered — too few jobs, 45 of the 100 required (target 200); the claims do not match for year 1; residents' share 82.2% (at least 50.0%)");
    expect(page.payment.headline).toBe("The period 2018-01-01 – 2022-06-30: SEK 22,529,863");
    expect(page.matters[0]!.text).toMatch(/^Claims do not match: \d+\. Up to SEK 100,000 at stake\./);
    expect(page.decision.split("\n")).toEqual([
      "The municipal executive board is proposed to decide",
      "to approve a payment of SEK 22,429,863 for the agreement period up to 2022-06-30, of the SEK 22,529,863 the audit computes,",
      "to hold back SEK 100,000 of incentive for year 1 until the claims are corrected,",
      "to consider ending the agreement under the exit clause after years 1 and 3,",
      "to ask the administration to follow up the checkpoint after year 5, at risk on the projection,",
      `to require the foundation to correct the ${defects.summary.errors} errors the audit found before the next payment.`,
    ]);
  });

  it("hand-checked: at risk on the projection, the hand-computed payout, warnings ranked by kronor", () => {
    const sv = lines(decisionPage(handChecked, "hand-checked.xlsx", "sv"));
    expect(sv).toContain("Kontrollpunkt år 1: i riskzonen — prognosen ger för få jobb, 8 av krävda 100 (hittills 4); andelen boende i kommunen 75,0 % (minst 50,0 %); ingen avvikelse i redovisningen");
    expect(sv).toContain("Perioden 2018-01-01 – 2018-07-01: 1\u00a0914\u00a0863 kr");
    expect(sv).toContain("Grundersättning 1\u00a0869\u00a0863 kr: 75,0 % av bidraget 5\u00a0000\u00a0000 kr per år");
    expect(sv).toContain("Resultatersättning 45\u00a0000 kr: 2 företag (20\u00a0000 kr) och 3 anställningar (25\u00a0000 kr), högst 1\u00a0250\u00a0000 kr per år.");
    expect(sv).toContain("Taken kapade ingenting.");
    // No errors: the warnings, the one with most kronor at stake first.
    const page = decisionPage(handChecked, "hand-checked.xlsx", "sv");
    expect(page.matters.map((matter) => matter.code)).toEqual(["INVESTMENT_BELOW_COMMITMENT", "COMPANY_SIZE_OUTSIDE_TARGET"]);
    expect(page.matters[1]!.text).toBe("Företaget utanför storleksgränsen (ingen ersättning): 1 st. Upp till 10\u00a0000 kr berörs. Första: Företag!C4. Se bilagan Fynd.");
    expect(page.decisionPoints).toEqual([
      "att godkänna utbetalning av 1\u00a0914\u00a0863 kr för avtalsperioden till och med 2018-07-01 (grundersättning 1\u00a0869\u00a0863 kr, resultatersättning 45\u00a0000 kr)",
      "att uppdra åt förvaltningen att följa upp kontrollpunkten efter år 1 och 3, som enligt prognosen är i riskzonen",
    ]);
    const en = lines(decisionPage(handChecked, "hand-checked.xlsx", "en"));
    expect(en).toContain("Checkpoint year 3: at risk — the projection gives too few jobs, 24.1 of the 300 required (4 so far); residents' share 75.0% (at least 50.0%); no claim differs from the audit");
    expect(en).toContain("Company outside the size band (no fee): 1. Up to SEK 10,000 at stake. First: Företag!C4. See the Findings appendix.");
  });

  it("example-clean: triggered by jobs alone, the claims match; nothing held back", () => {
    const page = decisionPage(clean, "example-clean.xlsx", "sv");
    expect(page.checkpoints[0]!.text).toBe("Kontrollpunkt år 1: utlöst — för få jobb, 51 av krävda 100 (mål 200); andelen boende i kommunen 70,6 % (minst 50,0 %); ingen avvikelse i redovisningen");
    expect(page.holdBackSek).toBe(0);
    expect(page.matters.map((matter) => matter.code)).toEqual(["CONTRACT_MISSING", "COMPANY_SIZE_OUTSIDE_TARGET", "THRESHOLD_GAMING"]);
    expect(page.decision).toBe("Kommunstyrelsen föreslås besluta\natt godkänna utbetalning av 20\u00a0344\u00a0589 kr för avtalsperioden till och med 2022-06-30 (grundersättning 16\u00a0859\u00a0589 kr, resultatersättning 3\u00a0485\u00a0000 kr),\natt ta ställning till om avtalet ska sägas upp enligt utträdesklausulen efter år 1 och 3.");
  });

  it("malmo: a fixed grant, no exit clause, nothing to act on", () => {
    const sv = decisionPage(malmo, "malmo.xlsx", "sv");
    expect(sv.noCheckpoints).toBe("Avtalet har ingen utträdesklausul.");
    expect(sv.payment.why).toEqual(["Grundersättning 8\u00a0315\u00a0068 kr: 100,0 % av bidraget 5\u00a0000\u00a0000 kr per år, pågående år pro rata till rapportdatum.", "Fast bidrag: ingen resultatersättning."]);
    expect(sv.decisionPoints[1]).toBe("att lägga granskningen till handlingarna");
    expect(decisionPage(malmo, "malmo.xlsx", "en").noMatters).toBe("No errors or warnings.");
  });

  it("names the jobs target as met when the jobs reach it, and a triggered checkpoint by residents' share alone", () => {
    const hires = Array.from({ length: 6 }, (_, i) => ({ "Anställnings-ID": `A-${i}`, "Person-ID": `P-${i}`, Startdatum: "2018-03-01", Hemkommun: i < 4 ? "Huddinge" : "Botkyrka" }));
    const result = auditBuild({ agreement: [["exit_checkpoints", "1"]], hires });
    const line = decisionPage(result, "", "sv").checkpoints[0]!;
    expect(line.text).toBe("Kontrollpunkt år 1: utlöst — för låg andel boende i kommunen, 33,3 % (krävs minst 50,0 %); jobbmålet är nått, 6 av 1; ingen avvikelse i redovisningen");
  });

  it("names each claim year that differs", () => {
    const result = auditBuild({ extra: [claimsSheet([{ Avtalsår: 1, "Antal jobb": 9 }, { Avtalsår: 2, "Antal jobb": 9 }])], agreement: [["exit_checkpoints", "2"]] });
    const page = decisionPage(result, "", "sv");
    expect(page.checkpoints[0]!.text).toContain("redovisningen stämmer inte för år 1 och 2");
    expect(page.asOf).toBe("Granskning per 2019-12-31");
  });

  it("is the first block of the Sammanställning sheet, coloured and in words", () => {
    const sheet = summarySheet(defects, "sv");
    expect(sheet.blocks[0]!.title).toBe("Beslutsunderlag: Botkyrka (0127)");
    expect(sheet.blocks[0]!.rows.map((row) => [row[0]!.value, row[0]!.tone])).toEqual(decisionPage(defects, "", "sv").checkpoints.map((line) => [line.text, line.tone]));
    const texts = sheet.blocks.slice(0, 4).flatMap((block) => block.rows.map((row) => String(row[0]!.value)));
    expect(texts).toContain("Kommunstyrelsen föreslås besluta");
    expect(texts.some((text) => text.startsWith("1. Redovisningen stämmer inte"))).toBe(true);
    // The models follow: a whole-period table and one block (and chart) per model.
    const models = sheet.blocks.find((block) => block.title?.startsWith("Samma resultat"))!;
    expect(models.rows.map((row) => row[0]!.value)).toEqual(["Arbetsbokens avtal", "Botkyrka (förslaget)", "Helsingborg (resultatersättning)", "Malmö (fast bidrag)"]);
    expect(models.rows[0]![3]!.value).toBe(defects.total.payout.total.shownKronor());
    for (const chart of sheet.charts!) expect(sheet.blocks[chart.block]!.rows.length).toBeGreaterThan(0);
    expect(sheet.charts!.filter((chart) => chart.title.includes("Malmö")).map((chart) => sheet.blocks[chart.block]!.title)).toEqual(["Betalningsmodell: Malmö (fast bidrag)"]);
  });
});
