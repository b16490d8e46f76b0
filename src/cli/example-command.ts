import { headerKey } from "../workbook/header-key";
import { exampleSheets } from "../workbook/example-workbook";
import { workbookOf, reproducibleXlsxBytes } from "../xlsx/xlsx-bytes";
import { writeFileAtomically } from "../xlsx/write-file-atomically";
import { wholeOption } from "./cli-options";
import type { CliIo } from "./cli-io";

/** `resultatrevision example OUT.xlsx`: a realistic synthetic workbook, the same for the same seed. */
export async function exampleCommand(out: string, flags: { hires?: string; seed?: string; defects?: boolean; retroactive?: boolean; omitSheet?: string[] }, io: CliIo): Promise<number> {
  const hires = wholeOption("--hires", flags.hires, 10, 1_048_000);
  const seed = wholeOption("--seed", flags.seed, 0, 2 ** 32 - 1);
  const omitted = new Set((flags.omitSheet ?? []).map(headerKey));
  const sheets = exampleSheets({ hires, seed, defects: flags.defects, retroactive: flags.retroactive }).filter((sheet) => !omitted.has(headerKey(sheet.name)));
  // Drop-down lists on a 100,000-row sheet cost more than they help; the template has them.
  const validations = (hires ?? 1200) <= 5000;
  await writeFileAtomically(out, await reproducibleXlsxBytes(workbookOf(sheets, { validations })));
  io.stdout(`${out}\n`);
  return 0;
}
