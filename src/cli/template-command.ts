import type { Day } from "../domain/day";
import { templateSheets } from "../workbook/template";
import { workbookOf, reproducibleXlsxBytes } from "../xlsx/xlsx-bytes";
import { writeFileAtomically } from "../xlsx/write-file-atomically";
import { dayOption, presetOption } from "./cli-options";
import type { CliIo } from "./cli-io";

/** `resultatrevision template OUT.xlsx`: an empty result workbook with `Avtal` filled from the preset. */
export async function templateCommand(out: string, flags: { preset?: string; start?: string }, io: CliIo): Promise<number> {
  const preset = presetOption(flags.preset);
  const start: Day | undefined = dayOption("--start", flags.start);
  await writeFileAtomically(out, await reproducibleXlsxBytes(workbookOf(templateSheets(preset, start), { validations: true })));
  io.stdout(`${out}\n`);
  return 0;
}
