/**
 * Writes the golden fixture workbooks under test/fixtures/ and, beside each good one, the JSON the
 * CLI gives for it (`*.expected.json`). Run `npm run fixtures` after a change that is meant to
 * change results, then read the diff of the expected files before committing them: they are the
 * contract. The bad files are written here too, so nobody has to trust a binary blob.
 */
import CFB from "cfb";
import ExcelJS from "exceljs";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { runCli } from "../src/cli/run-cli";
import { luhnCheckDigit } from "../src/domain/luhn";
import { agreementSheet, type DataSheet, dataSheet } from "../src/workbook/data-sheet";
import { exampleSampleSheet } from "../src/workbook/example-sample";
import { exampleSheets } from "../src/workbook/example-workbook";
import { writeReportSheet } from "../src/xlsx/write-report-sheet";
import type { RawCell } from "../src/workbook/raw-cell";
import { COMPANIES_SHEET, HIRES_SHEET } from "../src/workbook/sheet-contract";
import { presetCell } from "../src/workbook/template";
import { workbookOf, reproducibleXlsxBytes } from "../src/xlsx/xlsx-bytes";

const root = path.join(__dirname, "..", "..");
const golden = path.join(root, "test", "fixtures", "golden");
const bad = path.join(root, "test", "fixtures", "bad");

const orgnr = (nine: string) => `${nine.slice(0, 6)}-${nine.slice(6)}${luhnCheckDigit(nine)}`;
const A = orgnr("556036079");
const B = orgnr("556112233");
const C = orgnr("559001122");

/** The workbook of test/domain/money.test.ts: every figure of year 1 is computed by hand there. */
function handChecked(english: boolean): DataSheet[] {
  const values = new Map<string, RawCell>([
    ["start_date", english ? "2018-01-01" : new Date(Date.UTC(2018, 0, 1))],
    ["report_date", english ? "20180701" : new Date(Date.UTC(2018, 6, 1))],
    ["jobs_target_total", 1000],
    ["annual_grant_sek", english ? "5 000 000 kr" : 5_000_000],
    ["incentive_share", english ? "25 %" : 0.25],
  ]);
  const agreement = agreementSheet((key) => (values.has(key) ? values.get(key)! : presetCell("botkyrka", key)));
  const yes = english ? "Yes" : "Ja";
  const no = english ? "No" : "Nej";
  const date = (iso: string) => (english ? iso : new Date(`${iso}T00:00:00Z`));
  const hires: RawCell[][] = [
    ["J1", "P1", A, date("2018-02-01"), null, english ? "100 %" : 1, english ? "Woman" : "K", english ? "botkyrka kommun" : "Botkyrka", yes, 3, no, "AVT-1", null, null],
    ["J2", "P2", B, date("2018-02-15"), null, english ? "50%" : 0.5, "M", english ? "0127" : "Botkyrka", yes, 12, no, "AVT-2", null, null],
    ["J3", "P3", A, date("2018-03-01"), null, 1, "X", "Huddinge", no, 0, no, "AVT-3", null, null],
    ["J4", "P4", C, date("2018-03-10"), null, english ? "0,75" : "75 %", english ? "F" : "Kvinna", 127, yes, 24, no, "AVT-4", null, null],
  ];
  const companies: RawCell[][] = [
    [A, "Tumba Bygg AB", 12, "Bygg", date("2018-01-15"), null],
    [B, "Alby Bageri AB", 5, "Livsmedel", date("2018-02-01"), null],
    [C, "Storverkstaden AB", 60, "Tillverkning", date("2018-01-20"), null],
  ];
  const sheets = [agreement, dataSheet(HIRES_SHEET, hires), dataSheet(COMPANIES_SHEET, companies)];
  if (!english) return sheets;
  return [
    { ...sheets[0]!, name: "Agreement", headers: ["Parameter", "Value", "Description"] },
    { ...sheets[1]!, name: "Hires", headers: HIRES_SHEET.columns.map((column) => column.en) },
    { ...sheets[2]!, name: "Companies", headers: COMPANIES_SHEET.columns.map((column) => column.en) },
  ];
}

/** The malmo preset: no fees, a start date of its own, years 2017-11-01..2020-10-31. */
function malmo(): DataSheet[] {
  const agreement = agreementSheet((key) => (key === "report_date" ? "2019-06-30" : null));
  const hires: RawCell[][] = [
    ["M1", "P1", A, "2018-01-10", null, 1, "K", "Malmö", "Ja", 2, "Nej", "AVT-1", "Ja", "Ja"],
    ["M2", "P2", A, "2018-12-01", "2019-01-15", 1, "M", "1280", "Nej", 2, "Nej", "AVT-2", null, null],
    ["M3", "P3", B, "2019-05-01", null, 1, "M", "Lund", "Ja", 2, "Ja", null, null, null],
  ];
  const companies: RawCell[][] = [
    [A, "Rosengård Service AB", 20, "Tjänster", "2017-11-15", null],
    [B, "Hyllie Data AB", 8, "IT", "2018-06-01", null],
  ];
  return [agreement, dataSheet(HIRES_SHEET, hires), dataSheet(COMPANIES_SHEET, companies)];
}

const GOLDEN: Record<string, { sheets: () => DataSheet[]; args?: string[]; sample?: boolean }> = {
  "hand-checked": { sheets: () => handChecked(false) },
  "english-forms": { sheets: () => handChecked(true) },
  malmo: { sheets: malmo, args: ["--preset", "malmo"] },
  "example-clean": { sheets: () => exampleSheets({ hires: 250, seed: 11 }) },
  "example-defects": { sheets: () => exampleSheets({ hires: 250, seed: 7, defects: true }), args: ["--lang", "en"], sample: true },
};

async function writeGolden(): Promise<void> {
  await fs.mkdir(golden, { recursive: true });
  for (const [name, { sheets, args = [], sample }] of Object.entries(GOLDEN)) {
    const file = path.join(golden, `${name}.xlsx`);
    const workbook = workbookOf(sheets(), { validations: false });
    // The defects example holds a filled audit sample, as `example --defects` writes it.
    if (sample) writeReportSheet(workbook, exampleSampleSheet(sheets()));
    await fs.writeFile(file, await reproducibleXlsxBytes(workbook));
    if (args.length) await fs.writeFile(path.join(golden, `${name}.args.json`), JSON.stringify(args) + "\n");
    const json = path.join(golden, `${name}.expected.json`);
    const code = await runCli(["audit", file, "--json", json, ...args], { stdout: () => undefined, stderr: (text) => process.stderr.write(text) });
    if (code === 2) throw new Error(`fixture ${name} could not be audited`);
    console.log(`${path.relative(root, file)} (exit ${code})`);
  }
}

async function writeBad(): Promise<void> {
  await fs.mkdir(bad, { recursive: true });
  const write = (name: string, bytes: Uint8Array | string) => fs.writeFile(path.join(bad, name), bytes);
  await write("not-a-zip.xlsx", new Uint8Array(Array.from({ length: 512 }, (_, i) => (i * 37 + 11) % 256)));
  await write("empty-file.xlsx", new Uint8Array());
  await write("csv-renamed.xlsx", "Anställnings-ID;Org.nr;Startdatum\nA-1;556036-0793;2018-03-01\n");

  const xls = CFB.utils.cfb_new();
  CFB.utils.cfb_add(xls, "Workbook", Buffer.from("BIFF8 stand-in: an old .xls keeps its sheets in this stream"));
  await write("old.xls", CFB.write(xls, { type: "buffer" }) as Buffer);
  await write("old-renamed.xlsx", CFB.write(xls, { type: "buffer" }) as Buffer);

  // A password-protected .xlsx is an OLE compound file with EncryptionInfo and EncryptedPackage streams.
  const encrypted = CFB.utils.cfb_new();
  CFB.utils.cfb_add(encrypted, "EncryptionInfo", Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]));
  CFB.utils.cfb_add(encrypted, "EncryptedPackage", Buffer.alloc(4096, 0x5a));
  await write("password.xlsx", CFB.write(encrypted, { type: "buffer" }) as Buffer);

  const empty = new ExcelJS.Workbook();
  await write("empty-workbook.xlsx", new Uint8Array(await empty.xlsx.writeBuffer()));

  const whole = await reproducibleXlsxBytes(workbookOf(handChecked(false), { validations: false }));
  await write("truncated.xlsx", whole.subarray(0, Math.floor(whole.length / 2)));
  console.log(`${path.relative(root, bad)}/ written`);
}

writeGolden()
  .then(writeBad)
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
