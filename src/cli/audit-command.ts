import { createHash } from "node:crypto";
import * as path from "node:path";
import type { Day } from "../domain/day";
import { auditDocumentPieces } from "../workbook/audit-document";
import { auditXlsxBytes } from "../xlsx/audit-workbook-bytes";
import { dayOption, languageOption, presetOption, wholeOption } from "./cli-options";
import type { CommandIo } from "./cli-io";
import { utf8Chunks } from "./json-chunks";
import { checkOutputs, readInputFile } from "./output-paths";
import { modelsText } from "./models-text";
import { summaryText } from "./summary-text";
import { toolInfo } from "./tool-info";
import { type OutputFile, writeAll } from "./write-all";

export interface AuditFlags {
  readonly preset?: string;
  readonly reportDate?: string;
  readonly json?: string | boolean;
  readonly out?: string;
  readonly html?: string;
  readonly lang?: string;
  readonly maxPerCode?: string;
  readonly models?: boolean;
}

/**
 * `resultatrevision audit WORKBOOK.xlsx`: audits the workbook, prints the summary (or the JSON),
 * writes the JSON and the report workbook if asked. Returns the exit code of spec section 9:
 * 0 without error findings, 1 with. Every check of the arguments happens before anything is
 * written, and every file is written whole or not at all.
 */
export async function auditCommand(file: string, flags: AuditFlags, io: CommandIo, today: Day): Promise<number> {
  const preset = presetOption(flags.preset);
  const reportDate = dayOption("--report-date", flags.reportDate);
  const language = languageOption(flags.lang);
  const maxPerCode = wholeOption("--max-per-code", flags.maxPerCode, 0, 1_000_000) ?? 5;
  const jsonFile = typeof flags.json === "string" ? flags.json : undefined;
  const input = await readInputFile(file);
  await checkOutputs(input, [flags.out, jsonFile, flags.html]);
  const bytes = input.bytes;
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const options = { preset, reportDate, today };
  // One reader for every output (issue 8): --json, --out and --html see the same rows.
  const result = await auditXlsxBytes(bytes, path.basename(file), options);

  const source = { tool: toolInfo(), input: { file: path.basename(file), sha256 } };
  // The JSON is made from the result piece by piece as it is written: it never stands whole in memory.
  const json = () => utf8Chunks(auditDocumentPieces(result, source, language));
  // A sheet of the user's own is never replaced (issue 8): the report sheet gets a free name, and the user is told.
  const renamed = (wanted: string, used: string) =>
    io.stderr(language === "sv" ? `Bladet "${wanted}" finns redan och är inte granskningens; rapporten skrevs som "${used}".\n` : `The sheet "${wanted}" exists and is not the audit's; the report was written as "${used}".\n`);
  const outputs: OutputFile[] = [];
  // The report workbook's and the board report's modules load only for a run that writes them.
  if (flags.out) {
    outputs.push([flags.out, async () => {
      const [{ workbookWithSheets }, { reportSheets }] = await Promise.all([import("../xlsx/workbook-with-sheets"), import("../workbook/report-sheets")]);
      return workbookWithSheets(bytes, path.basename(file), reportSheets(result, language), { renamed });
    }]);
  }
  if (jsonFile) outputs.push([jsonFile, async () => json()]);
  if (flags.html) outputs.push([flags.html, async () => (await import("../report/html-report")).htmlReport(result, { file: path.basename(file), sha256, tool: toolInfo() }, language)]);
  await writeAll(outputs);
  // The JSON is already shown value by value; its numbers must stay numbers, so it skips the text gate.
  if (flags.json === true) for (const chunk of json()) io.data(chunk.toString("utf8"));
  else io.stdout(summaryText(result, path.basename(file), language, maxPerCode) + (flags.models ? modelsText(result, language) : ""));
  return result.summary.errors > 0 ? 1 : 0;
}
