import type { Day } from "../domain/day";
import { templateSheets } from "../workbook/template";
import { workbookOf, reproducibleXlsxBytes } from "../xlsx/xlsx-bytes";
import { dayOption, presetOption } from "./cli-options";
import type { CliIo } from "./cli-io";
import { writeNewWorkbook } from "./write-new-workbook";

/**
 * `resultatrevision template OUT.xlsx`: an empty result workbook with `Avtal` filled from the
 * preset. An existing file is never replaced without `--force` (issue 10: it may be a filled one).
 */
export async function templateCommand(out: string, flags: { preset?: string; start?: string; force?: boolean }, io: CliIo): Promise<number> {
  const preset = presetOption(flags.preset);
  const start: Day | undefined = dayOption("--start", flags.start);
  await writeNewWorkbook(out, flags.force === true, () => reproducibleXlsxBytes(workbookOf(templateSheets(preset, start), { validations: true })));
  io.stdout(`${out}\n`);
  return 0;
}
