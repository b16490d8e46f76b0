import { exampleWorkbookBytes } from "../xlsx/example-workbook-bytes";
import { wholeOption } from "./cli-options";
import type { CliIo } from "./cli-io";
import { writeNewWorkbook } from "./write-new-workbook";

/**
 * `resultatrevision example OUT.xlsx`: a realistic synthetic workbook, the same for the same seed;
 * `--retroactive` gives the next submission of it, with edits planted in years already paid
 * (spec section 12). An existing file is never replaced without `--force`.
 */
export async function exampleCommand(
  out: string,
  flags: { hires?: string; seed?: string; defects?: boolean; retroactive?: boolean; omitSheet?: string[]; force?: boolean },
  io: CliIo,
): Promise<number> {
  const hires = wholeOption("--hires", flags.hires, 10, 1_048_000);
  const seed = wholeOption("--seed", flags.seed, 0, 2 ** 32 - 1);
  // Drop-down lists on a 100,000-row sheet cost more than they help; the template has them.
  const validations = (hires ?? 1200) <= 5000;
  await writeNewWorkbook(out, flags.force === true, () =>
    exampleWorkbookBytes({ hires, seed, defects: flags.defects, retroactive: flags.retroactive }, { validations, omit: flags.omitSheet }),
  );
  io.stdout(`${out}\n`);
  return 0;
}
