/**
 * `npm run corpus`: writes the OOXML test corpus of issue 8 under test/fixtures/ooxml/, one file
 * per case an audited party could hand in. Most files are zips built here from raw XML parts, so
 * every byte is controlled and the file documents itself; the others are written by openpyxl (the
 * .py beside it), by LibreOffice and by the project's own generator. The same run writes the same
 * bytes for the hand-built files (fixed zip times, seeded data).
 *
 * Then `scripts/libreoffice-csv.sh` converts every sheet of every file with LibreOffice into the
 * CSV fixtures the differential test compares with (test/fixtures/ooxml/README.md).
 *
 *   npm run corpus            hand-built files and the generator's file
 *   npm run corpus -- --all   also rerun openpyxl and LibreOffice (their bytes carry timestamps)
 *   npm run corpus -- cell-types.xlsx …   only the named hand-built files (the bomb takes a minute)
 */
import { spawnSync } from "node:child_process";
import { existsSync, promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { zipSync, strToU8 } from "fflate";
import { exampleSheets } from "../src/workbook/example-workbook";
import type { DataSheet } from "../src/workbook/data-sheet";
import { bombEntry, honestEntry, zipOf } from "./ooxml/lying-zip";
import { type CorpusCell, columnName, MAIN_NS, packageParts, REL_NS, SharedStrings, type SheetOptions, type WorkbookSheet, worksheetXml } from "./ooxml/ooxml-parts";

const ROOT = path.join(__dirname, "..", "..");
const OUT = path.join(ROOT, "test", "fixtures", "ooxml");
const ZIP_TIME = new Date(2024, 0, 1, 0, 0, 0);

/** The realistic data every auditable case starts from: 50 jobs whose `Redovisning` claims match the audit. */
function baseSheets(): DataSheet[] {
  return exampleSheets({ hires: 50, seed: 8 });
}

function grid(sheet: DataSheet): CorpusCell[][] {
  return [[...sheet.headers], ...sheet.rows.map((row) => [...row])];
}

interface SheetPlan {
  readonly name: string;
  readonly rows: CorpusCell[][];
  readonly part?: string;
  readonly state?: "hidden" | "veryHidden";
  readonly options?: SheetOptions;
  /** The whole part, for hostile cases. */
  readonly xml?: string;
  readonly rels?: string;
  readonly extraParts?: Readonly<Record<string, string>>;
}

interface BookPlan {
  readonly sheets: readonly SheetPlan[];
  readonly date1904?: boolean;
  readonly absoluteTargets?: boolean;
  readonly zipOrder?: readonly number[];
  readonly sharedStringsXml?: (strings: SharedStrings) => string;
  readonly overrides?: Readonly<Record<string, string>>;
}

function bookParts(plan: BookPlan): Record<string, string> {
  const strings = new SharedStrings();
  const sheets: WorkbookSheet[] = plan.sheets.map((sheet, i) => ({
    name: sheet.name,
    part: sheet.part ?? `xl/worksheets/sheet${i + 1}.xml`,
    state: sheet.state,
    rels: sheet.rels,
    extraParts: sheet.extraParts,
    xml: sheet.xml ?? worksheetXml(sheet.rows, strings, { date1904: plan.date1904, ...sheet.options }),
  }));
  return packageParts(sheets, strings, {
    date1904: plan.date1904,
    absoluteTargets: plan.absoluteTargets,
    zipOrder: plan.zipOrder,
    overrides: plan.overrides,
    sharedStringsXml: plan.sharedStringsXml?.(strings),
  });
}

function zipParts(parts: Record<string, string>): Uint8Array {
  const files: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const [name, text] of Object.entries(parts)) files[name] = [strToU8(text), { mtime: ZIP_TIME }];
  return zipSync(files, { level: 6 });
}

function plans(sheets: readonly DataSheet[], edit: (name: string, rows: CorpusCell[][]) => void = () => undefined): SheetPlan[] {
  return sheets.map((sheet) => {
    const rows = grid(sheet);
    edit(sheet.name, rows);
    return { name: sheet.name, rows };
  });
}

/** The four sheets a small auditable workbook needs, in the template's order. */
function coreSheets(): DataSheet[] {
  return baseSheets().filter((sheet) => ["Avtal", "Anställningar", "Företag", "Redovisning"].includes(sheet.name));
}

// ---------------------------------------------------------------------------------------------
// The cases under "Why" in issue 8, and a few that the reading rules of ECMA-376 imply.

const CASES: Record<string, () => Uint8Array> = {
  /** The baseline: every sheet of the example, as Excel would store it. Audits clean (exit 0). */
  "plain.xlsx": () => zipParts(bookParts({ sheets: plans(baseSheets()) })),

  /**
   * Sheets stored under other part names, found only through workbook.xml.rels (valid: ECMA-376
   * Part 2 finds parts by relationship), with an inflated `Redovisning` claim: year 1 claims 40
   * jobs more than the rows give. A reader that skips the part never compares the claim.
   */
  "renamed-parts-claim.xlsx": () =>
    zipParts(
      bookParts({
        sheets: plans(coreSheets(), (name, rows) => {
          if (name === "Redovisning") rows[1]![1] = (rows[1]![1] as number) + 40;
        }).map((sheet, i) => ({ ...sheet, part: ["xl/avtal.xml", "xl/data/jobb.xml", "xl/data/foretag.xml", "xl/blad/redovisning-2022.xml"][i] })),
      }),
    ),

  /**
   * Shared strings with rich text runs and phonetic runs (`<rPh>`, `<phoneticPr>`, ECMA-376
   * 18.4.6/18.4.3) on every header of `Anställningar` and on the first job's contract reference,
   * then all 50 job rows. The phonetic text must never be appended to the cell's text.
   */
  "phonetic-shared-strings.xlsx": () => {
    const strings = new SharedStrings();
    const sheets = coreSheets();
    const phonetic = (text: string) =>
      `<si><r><t xml:space="preserve">${text.slice(0, 3)}</t></r><r><rPr><b/><sz val="11"/></rPr><t xml:space="preserve">${text.slice(3)}</t></r>` +
      `<rPh sb="0" eb="${Math.min(3, text.length)}"><t>フリガナ</t></rPh><phoneticPr fontId="0" type="noConversion"/></si>`;
    const xmlSheets: WorkbookSheet[] = sheets.map((sheet, i) => {
      const rows = grid(sheet);
      if (sheet.name === "Anställningar") {
        rows[0] = rows[0]!.map((header) => ({ xml: `<c r="{{ref}}" t="s"><v>${strings.raw(phonetic(String(header)))}</v></c>` }));
        rows[1]![11] = { xml: `<c r="{{ref}}" t="s"><v>${strings.raw(phonetic(String(rows[1]![11])))}</v></c>` };
      }
      return { name: sheet.name, part: `xl/worksheets/sheet${i + 1}.xml`, xml: worksheetXml(rows, strings) };
    });
    return zipParts(packageParts(xmlSheets, strings));
  },

  /** The same with inline strings (`<is>` may hold `<rPh>` too, ECMA-376 18.3.1.53). */
  "phonetic-inline-strings.xlsx": () => {
    const phonetic = (text: string) =>
      `<c r="{{ref}}" t="inlineStr"><is><r><t xml:space="preserve">${text.slice(0, 3)}</t></r><r><rPr><i/></rPr><t xml:space="preserve">${text.slice(3)}</t></r>` +
      `<rPh sb="0" eb="1"><t>ヨミ</t></rPh><phoneticPr fontId="0"/></is></c>`;
    return zipParts(
      bookParts({
        sheets: plans(coreSheets(), (name, rows) => {
          if (name !== "Anställningar") return;
          rows[0] = rows[0]!.map((header) => ({ xml: phonetic(String(header)) }));
          rows[1]![11] = { xml: phonetic(String(rows[1]![11])) };
        }).map((sheet) => ({ ...sheet, options: { inline: true } })),
      }),
    );
  },

  /**
   * `Anställningar` with row numbers out of order (rows 5 and 4 swapped in the XML) and row 7
   * written twice: the second `<row r="7">` holds another job (A000099). Both must be kept, with a
   * notice. `Företag` repeats row 3 with identical cells (nothing differs: no notice).
   */
  "repeated-rows.xlsx": () => {
    const sheets = coreSheets();
    return zipParts(
      bookParts({
        sheets: sheets.map((sheet) => {
          const rows = grid(sheet);
          if (sheet.name === "Anställningar") {
            const numbers = rows.map((_, i) => i + 1);
            [rows[3], rows[4]] = [rows[4]!, rows[3]!];
            [numbers[3], numbers[4]] = [numbers[4]!, numbers[3]!];
            const extra = [...rows[6]!];
            extra[0] = "A000099";
            extra[1] = "P000099";
            rows.splice(7, 0, extra);
            numbers.splice(7, 0, 7);
            for (let i = 8; i < numbers.length; i++) numbers[i] = i;
            return { name: sheet.name, rows, options: { rowNumbers: numbers } };
          }
          if (sheet.name === "Företag") {
            rows.splice(3, 0, [...rows[2]!]);
            const numbers = rows.map((_, i) => (i <= 2 ? i + 1 : i));
            return { name: sheet.name, rows, options: { rowNumbers: numbers } };
          }
          return { name: sheet.name, rows };
        }),
      }),
    );
  },

  /**
   * No `r` on any row or cell: positions are implicit (a row follows the previous row, a cell the
   * previous cell). Empty cells are written as `<c/>` so the columns stay in place; on `Företag`
   * some cells carry `r` and the next ones leave it out (they continue after it).
   */
  "no-r-attributes.xlsx": () =>
    zipParts(
      bookParts({
        sheets: coreSheets().map((sheet) => {
          const rows = grid(sheet).map((row) => row.map((cell) => (cell === null || cell === undefined ? { xml: "<c/>" } : cell)));
          return { name: sheet.name, rows, options: sheet.name === "Företag" ? { refsOnFirstCell: true } : { withoutRefs: true } };
        }),
      }),
    ),

  /**
   * Part names as openpyxl writes them: every relationship target absolute (`/xl/worksheets/…`,
   * `/xl/sharedStrings.xml`, `/xl/tables/table1.xml`), and `Anställningar` an Excel table.
   */
  "absolute-part-paths.xlsx": () => {
    const sheets = coreSheets();
    const hires = sheets.find((sheet) => sheet.name === "Anställningar")!;
    const ref = `A1:${columnName(hires.headers.length - 1)}${hires.rows.length + 1}`;
    const table =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="${MAIN_NS}" id="1" name="Anstallningar" displayName="Anstallningar" ref="${ref}">` +
      `<autoFilter ref="${ref}"/><tableColumns count="${hires.headers.length}">` +
      hires.headers.map((header, i) => `<tableColumn id="${i + 1}" name="${header}"/>`).join("") +
      `</tableColumns><tableStyleInfo name="TableStyleMedium9" showRowStripes="1"/></table>`;
    const rels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/table" Target="/xl/tables/table1.xml"/></Relationships>`;
    return zipParts(
      bookParts({
        absoluteTargets: true,
        overrides: { "xl/tables/table1.xml": "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml" },
        sheets: plans(sheets).map((sheet) =>
          sheet.name === "Anställningar"
            ? { ...sheet, rels, extraParts: { "xl/tables/table1.xml": table }, options: { afterSheetData: '<tableParts count="1"><tablePart r:id="rId1"/></tableParts>' } }
            : sheet,
        ),
      }),
    );
  },

  /** The 1904 date system (`<workbookPr date1904="1"/>`): every date is stored 1,462 days lower. */
  "date1904.xlsx": () => zipParts(bookParts({ date1904: true, sheets: plans(coreSheets()) })),

  /**
   * `_xHHHH_` escapes (ECMA-376 22.4.2.4) in shared and inline strings: a tab, `å`, and an
   * escaped escape (`_x005F_x0041_` is the literal text `_x0041_`).
   */
  "xhhhh-escapes.xlsx": () =>
    zipParts(
      bookParts({
        sheets: plans(coreSheets(), (name, rows) => {
          if (name !== "Företag") return;
          rows[1]![3] = "Bygg_x0009_Anläggning";
          rows[2]![3] = "V_x00E5_rd och omsorg";
          rows[3]![3] = { xml: '<c r="{{ref}}" t="inlineStr"><is><t>Kod _x005F_x0041_ gäller</t></is></c>' };
          rows[4]![3] = { xml: '<c r="{{ref}}" t="inlineStr"><is><t>Handel_x000D__x000A_Service</t></is></c>' };
        }),
      }),
    ),

  /**
   * Every cell type (ECMA-376 18.18.11: n, s, str, inlineStr, b, e, d) and formulas with and
   * without cached values (spec 10.22: a formula is read as its cached value; none is empty), on a
   * sheet `Typer` beside the four core sheets. Column A names the case, column B holds it.
   */
  "cell-types.xlsx": () => {
    const strings = new SharedStrings();
    const t = (label: string, xml: string): CorpusCell[] => [label, { xml }];
    const typeRows: CorpusCell[][] = [
      ["Fall", "Värde"],
      t("n", '<c r="{{ref}}"><v>1234.5</v></c>'),
      t("n exponent", '<c r="{{ref}}" t="n"><v>1.5E-3</v></c>'),
      t("s", `<c r="{{ref}}" t="s"><v>${strings.plain("Tumba Bygg AB")}</v></c>`),
      t("s rich", `<c r="{{ref}}" t="s"><v>${strings.raw('<si><r><rPr><b/></rPr><t>Alby</t></r><r><t xml:space="preserve"> Bageri AB</t></r></si>')}</v></c>`),
      t("str", '<c r="{{ref}}" t="str"><f>"Fitt"&amp;"ja"</f><v>Fittja</v></c>'),
      t("inlineStr", '<c r="{{ref}}" t="inlineStr"><is><t>Hallunda Städ AB</t></is></c>'),
      t("b true", '<c r="{{ref}}" t="b"><v>1</v></c>'),
      t("b false", '<c r="{{ref}}" t="b"><v>0</v></c>'),
      t("e #N/A", '<c r="{{ref}}" t="e"><v>#N/A</v></c>'),
      t("e #DIV/0!", '<c r="{{ref}}" t="e"><f>1/0</f><v>#DIV/0!</v></c>'),
      t("d date", '<c r="{{ref}}" t="d"><v>2019-03-01T00:00:00</v></c>'),
      t("d date and time", '<c r="{{ref}}" t="d"><v>2019-03-01T12:00:00</v></c>'),
      t("date style", '<c r="{{ref}}" s="1"><v>43525</v></c>'),
      t("formula cached", '<c r="{{ref}}"><f>B2*2</f><v>2469</v></c>'),
      t("formula cached bool", '<c r="{{ref}}" t="b"><f>B2&gt;0</f><v>1</v></c>'),
      t("shared formula", '<c r="{{ref}}"><f t="shared" ref="B17:B18" si="0">B2+1</f><v>1235.5</v></c>'),
      t("shared formula 2", '<c r="{{ref}}"><f t="shared" si="0"/><v>1.0015</v></c>'),
      t("n negative", '<c r="{{ref}}"><v>-0.25</v></c>'),
      t("n large", '<c r="{{ref}}"><v>5000000</v></c>'),
    ];
    // Formulas without a cached value live on their own sheet: LibreOffice recalculates them
    // on load, the reader must not (spec 10.22), so that sheet is compared in reader-cases only.
    // (An empty `<v></v>`, as openpyxl writes every formula, is in openpyxl-written.xlsx.)
    const uncached: CorpusCell[][] = [
      ["Fall", "Värde"],
      ["formula no value", { xml: '<c r="{{ref}}"><f>1+1</f></c>' }],
      ["str no value", { xml: '<c r="{{ref}}" t="str"><f>"a"&amp;"b"</f></c>' }],
    ];
    const sheets: WorkbookSheet[] = [
      ...coreSheets().map((sheet) => ({ name: sheet.name, rows: grid(sheet) })),
      { name: "Typer", rows: typeRows },
      { name: "Formler utan värde", rows: uncached },
    ].map((sheet, i) => ({ name: sheet.name, part: `xl/worksheets/sheet${i + 1}.xml`, xml: worksheetXml(sheet.rows, strings) }));
    return zipParts(packageParts(sheets, strings));
  },

  /** One merged range from A10 to the last cell of the sheet (XFD1048576) on `Anställningar`. */
  "merge-whole-sheet.xlsx": () =>
    zipParts(
      bookParts({
        sheets: plans(coreSheets()).map((sheet) =>
          sheet.name === "Anställningar" ? { ...sheet, options: { afterSheetData: '<mergeCells count="1"><mergeCell ref="A60:XFD1048576"/></mergeCells>' } } : sheet,
        ),
      }),
    ),

  /** A drop-down list on whole columns A:N, as Excel writes it when a user selects the columns. */
  "validation-whole-columns.xlsx": () =>
    zipParts(
      bookParts({
        sheets: plans(coreSheets()).map((sheet) =>
          sheet.name === "Anställningar"
            ? {
                ...sheet,
                options: {
                  afterSheetData:
                    '<dataValidations count="2"><dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="A:N"><formula1>"Ja,Nej"</formula1></dataValidation>' +
                    '<dataValidation type="whole" allowBlank="1" sqref="A1:N1048576"><formula1>0</formula1><formula2>100</formula2></dataValidation></dataValidations>',
                },
              }
            : sheet,
        ),
      }),
    ),

  /** 40,000 merged ranges (two cells each) below the data of `Företag`. */
  "merges-40000.xlsx": () => {
    const merges: string[] = [];
    for (let i = 0; i < 40_000; i++) merges.push(`<mergeCell ref="H${i + 30}:I${i + 30}"/>`);
    return zipParts(
      bookParts({
        sheets: plans(coreSheets()).map((sheet) =>
          sheet.name === "Företag" ? { ...sheet, options: { afterSheetData: `<mergeCells count="40000">${merges.join("")}</mergeCells>` } } : sheet,
        ),
      }),
    );
  },

  /** Sheet order in workbook.xml (Avtal, Anställningar, Företag, Redovisning) unlike the part numbers and the zip order. */
  "sheet-order.xlsx": () =>
    zipParts(
      bookParts({
        sheets: plans(coreSheets()).map((sheet, i) => ({ ...sheet, part: `xl/worksheets/sheet${4 - i}.xml` })),
        zipOrder: [3, 1, 2, 0],
      }),
    ),

  /** A hidden `Redovisning` and a very hidden `Listor`: still sheets of the workbook, still read. */
  "hidden-sheets.xlsx": () =>
    zipParts(
      bookParts({
        sheets: [
          ...plans(coreSheets()).map((sheet) => (sheet.name === "Redovisning" ? { ...sheet, state: "hidden" as const } : sheet)),
          { name: "Listor", state: "veryHidden" as const, rows: [["Kön"], ["K"], ["M"], ["X"]] },
        ],
      }),
    ),

  // --- hostile: each must be refused with one line (exit 2), quickly and in little memory ---

  /** Entity expansion ("billion laughs") in a sheet's DOCTYPE. */
  "billion-laughs-sheet.xlsx": () => hostileSheet(billionLaughs(), "&lol9;"),
  /** The same in the shared strings part. */
  "billion-laughs-shared-strings.xlsx": () => hostileStrings(billionLaughs(), "&lol9;"),
  /** An external entity (XXE) that would read /etc/passwd, in a sheet. */
  "xxe-sheet.xlsx": () => hostileSheet('<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>', "&xxe;"),
  /** The same in the shared strings part. */
  "xxe-shared-strings.xlsx": () => hostileStrings('<!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>', "&xxe;"),

  /**
   * A `Redovisning` part that declares 1,024 bytes unpacked (in its local header and in the central
   * directory) and inflates to 2 GiB + 16 MiB: a valid sheet start, then spaces inside `<sheetData>`.
   * Spaces rather than zeros, so that an XML parser sees well-formed text and only a limit on
   * the bytes actually inflated stops it.
   */
  "inflate-bomb.xlsx": () => inflateBomb(),
};

function billionLaughs(): string {
  const lines = ['<!ENTITY lol "lol">'];
  for (let i = 1; i <= 9; i++) lines.push(`<!ENTITY lol${i} "${`&lol${i === 1 ? "" : i - 1};`.repeat(10)}">`);
  return `<!DOCTYPE lolz [${lines.join("")}]>`;
}

const PROLOG = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** The core workbook with `Anställningar`'s first contract reference an entity reference under a DOCTYPE. */
function hostileSheet(doctype: string, reference: string): Uint8Array {
  return zipParts(
    bookParts({
      sheets: plans(coreSheets(), (name, rows) => {
        if (name === "Anställningar") rows[1]![11] = { xml: `<c r="{{ref}}" t="inlineStr"><is><t>${reference}</t></is></c>` };
      }).map((sheet) => (sheet.name === "Anställningar" ? { ...sheet, options: { prolog: `${PROLOG}${doctype}` } } : sheet)),
    }),
  );
}

/** The core workbook whose shared strings start with a DOCTYPE and hold an entity reference. */
function hostileStrings(doctype: string, reference: string): Uint8Array {
  return zipParts(
    bookParts({
      sheets: plans(coreSheets()),
      sharedStringsXml: (strings) => strings.xml().replace(PROLOG, `${PROLOG}${doctype}`).replace(/<si>/, `<si><t>${reference}</t></si><si>`).replace(/uniqueCount="(\d+)"/, (_, n) => `uniqueCount="${Number(n) + 1}"`),
    }),
  );
}

function inflateBomb(): Uint8Array {
  const parts = bookParts({ sheets: plans(coreSheets()) });
  const target = "xl/worksheets/sheet4.xml"; // Redovisning
  // 2 GiB and 16 MiB: past a limit of "2 GiB" however it is counted, and still below 4 GiB.
  const inflated = 2 ** 31 + 2 ** 24;
  const head = `${PROLOG}<worksheet xmlns="${MAIN_NS}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Avtalsår</t></is></c></row>`;
  const tail = "</sheetData></worksheet>";
  const chunk = new Uint8Array(1 << 20).fill(0x20);
  const repeats = Math.floor((inflated - head.length - tail.length) / chunk.length);
  const entries = Object.entries(parts).map(([name, text]) => (name === target ? bombEntry(name, head, chunk, repeats, tail, 1024) : honestEntry(name, text)));
  return zipOf(entries);
}

// ---------------------------------------------------------------------------------------------
// Files written by other programs.

function run(command: string, args: string[], cwd = ROOT): void {
  const result = spawnSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: 300_000 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed: ${result.stderr || result.error}`);
}

/** The project's own generator, through its CLI: `example --hires 200 --seed 3`. */
function generatorFile(): void {
  const cli = path.join(ROOT, "build-tools", "src", "cli", "main.js");
  run(process.execPath, [cli, "example", path.join(OUT, "generator-example.xlsx"), "--hires", "200", "--seed", "3"]);
}

/** openpyxl's file, from the .py beside it (Debian: python3-openpyxl). */
function openpyxlFile(): void {
  const script = path.join(OUT, "openpyxl-written.py");
  if (spawnSync("/usr/bin/python3", ["-c", "import openpyxl"]).status !== 0) {
    console.log("  openpyxl not installed: keeping openpyxl-written.xlsx as committed");
    return;
  }
  run("/usr/bin/python3", [script, path.join(OUT, "openpyxl-written.xlsx")]);
}

/** LibreOffice's own save of `cell-types.xlsx` (headless convert-to xlsx). */
async function libreOfficeFile(): Promise<void> {
  if (!existsSync("/usr/bin/soffice")) {
    console.log("  soffice not installed: keeping libreoffice-saved.xlsx as committed");
    return;
  }
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "corpus-lo-"));
  await fs.copyFile(path.join(OUT, "cell-types.xlsx"), path.join(dir, "libreoffice-saved.xlsx"));
  const out = path.join(dir, "out");
  run("/usr/bin/soffice", [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out, path.join(dir, "libreoffice-saved.xlsx")]);
  await fs.copyFile(path.join(out, "libreoffice-saved.xlsx"), path.join(OUT, "libreoffice-saved.xlsx"));
  await fs.rm(dir, { recursive: true, force: true });
}

async function main(): Promise<void> {
  const all = process.argv.includes("--all");
  const only = process.argv.slice(2).filter((arg) => !arg.startsWith("--"));
  await fs.mkdir(OUT, { recursive: true });
  for (const [name, make] of Object.entries(CASES)) {
    if (only.length > 0 && !only.includes(name)) continue;
    const bytes = make();
    await fs.writeFile(path.join(OUT, name), bytes);
    console.log(`  ${name.padEnd(38)} ${String(bytes.length).padStart(9)} bytes`);
  }
  generatorFile();
  console.log("  generator-example.xlsx");
  if (all || !existsSync(path.join(OUT, "openpyxl-written.xlsx"))) openpyxlFile();
  if (all || !existsSync(path.join(OUT, "libreoffice-saved.xlsx"))) await libreOfficeFile();
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
