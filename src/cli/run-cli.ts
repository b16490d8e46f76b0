import { Command, CommanderError } from "commander";
import { today } from "../domain/day";
import { PRESET_NAMES } from "../domain/presets";
import { UnreadableWorkbookError } from "../xlsx/unreadable-workbook-error";
import { auditCommand } from "./audit-command";
import { CliUsageError } from "./cli-usage-error";
import type { CliIo } from "./cli-io";
import { exampleCommand } from "./example-command";
import { templateCommand } from "./template-command";
import { toolInfo } from "./tool-info";

/**
 * Runs the headless auditor on the given arguments and returns its exit code (spec section 9):
 * 0 no error findings, 1 error findings, 2 the audit could not run. A failure is one line on
 * stderr, never a stack trace.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode = 0;
  const language = argv.includes("en") && argv[argv.indexOf("en") - 1] === "--lang" ? "en" : "sv";
  const program = new Command("resultatrevision")
    .description("Granskar resultatredovisningen för ett avtal om jobbskapande / Audits the results of a job-creation agreement")
    .version(toolInfo().version)
    .exitOverride()
    .showSuggestionAfterError(false)
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: (text, write) => write(text.trim().split("\n")[0] + "\n") });

  program
    .command("audit")
    .description("audit a results workbook against the agreement")
    .argument("<workbook>", "the results workbook (.xlsx)")
    .option("--preset <name>", `agreement preset: ${PRESET_NAMES.join(", ")}`, "botkyrka")
    .option("--report-date <YYYY-MM-DD>", "the date the audit is as of (wins over Avtal's report_date)")
    .option("--json [file]", "print the JSON document of spec section 9, or write it to a file")
    .option("--out <report.xlsx>", "write the report workbook (input sheets + Granskning, Ersättning, Sammanställning)")
    .option("--html <report.html>", "write the board report: one self-contained HTML file with charts")
    .option("--lang <sv|en>", "language of messages and the summary", "sv")
    .option("--max-per-code <n>", "findings listed per code in the summary (0: all)", "5")
    .option("--models", "add the same results priced under each payment model (botkyrka, helsingborg, malmo, the workbook's own) to the summary", false)
    .action(async (file: string, flags) => {
      exitCode = await auditCommand(file, flags, io, today());
    });

  program
    .command("template")
    .description("write an empty results workbook with Avtal filled from a preset")
    .argument("<out>", "the workbook to write (.xlsx)")
    .option("--preset <name>", `agreement preset: ${PRESET_NAMES.join(", ")}`, "botkyrka")
    .option("--start <YYYY-MM-DD>", "the agreement's start date")
    .action(async (out: string, flags) => {
      exitCode = await templateCommand(out, flags, io);
    });

  program
    .command("example")
    .description("write a realistic synthetic results workbook")
    .argument("<out>", "the workbook to write (.xlsx)")
    .option("--hires <n>", "how many job rows (about 80 % of them count)", "1200")
    .option("--seed <n>", "random seed: the same seed gives the same workbook", "2018")
    .option("--defects", "plant at least one instance of every finding code a workbook can hold", false)
    .option("--omit-sheet <name...>", "leave sheets out (to show SHEET_MISSING)")
    .action(async (out: string, flags) => {
      exitCode = await exampleCommand(out, flags, io);
    });

  try {
    await program.parseAsync([...argv], { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.code === "commander.help" ? 0 : 2;
    }
    if (error instanceof UnreadableWorkbookError) io.stderr(`resultatrevision: ${error.text(language)}\n`);
    else if (error instanceof CliUsageError) io.stderr(`resultatrevision: ${error.message}\n`);
    else {
      const text = error instanceof Error ? error.message.split("\n")[0] : String(error);
      io.stderr(`resultatrevision: ${language === "sv" ? "oväntat fel" : "unexpected error"}: ${text}\n`);
      if (process.env.RESULTATREVISION_DEBUG) io.stderr(`${(error as Error).stack}\n`);
    }
    return 2;
  }
}
