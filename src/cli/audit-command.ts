import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import type { Day } from "../domain/day";
import { htmlReport } from "../report/html-report";
import { auditDocument } from "../workbook/audit-document";
import { auditLoadedXlsxBytes, auditXlsxBytes } from "../xlsx/audit-workbook-bytes";
import { writeFileAtomically } from "../xlsx/write-file-atomically";
import { reportWorkbookBytes } from "../xlsx/write-report-workbook";
import { dayOption, languageOption, presetOption, wholeOption } from "./cli-options";
import { CliUsageError } from "./cli-usage-error";
import type { CliIo } from "./cli-io";
import { checkOutputs } from "./output-paths";
import { modelsText } from "./models-text";
import { summaryText } from "./summary-text";
import { toolInfo } from "./tool-info";

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
export async function auditCommand(file: string, flags: AuditFlags, io: CliIo, today: Day): Promise<number> {
  const preset = presetOption(flags.preset);
  const reportDate = dayOption("--report-date", flags.reportDate);
  const language = languageOption(flags.lang);
  const maxPerCode = wholeOption("--max-per-code", flags.maxPerCode, 0, 1_000_000) ?? 5;
  const jsonFile = typeof flags.json === "string" ? flags.json : undefined;
  checkOutputs(file, [flags.out, jsonFile, flags.html]);

  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    throw new CliUsageError(`${file}: ${(error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : "cannot be read"}`);
  }
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const options = { preset, reportDate, today };
  // Only a report needs the whole workbook in memory; otherwise rows are streamed.
  const loaded = flags.out ? await auditLoadedXlsxBytes(bytes, path.basename(file), options) : undefined;
  const result = loaded?.result ?? (await auditXlsxBytes(bytes, path.basename(file), options));

  const document = auditDocument(result, { tool: toolInfo(), input: { file: path.basename(file), sha256 } }, language);
  const json = JSON.stringify(document, null, 2) + "\n";
  if (flags.out && loaded) await writeFileAtomically(flags.out, await reportWorkbookBytes(loaded.workbook, result, language));
  if (jsonFile) await writeFileAtomically(jsonFile, json);
  if (flags.html) await writeFileAtomically(flags.html, htmlReport(result, { file: path.basename(file), sha256, tool: toolInfo() }, language));
  if (flags.json === true) io.stdout(json);
  else io.stdout(summaryText(result, path.basename(file), language, maxPerCode) + (flags.models ? modelsText(result, language) : ""));
  return result.summary.errors > 0 ? 1 : 0;
}
