import { Command, CommanderError, type Help, type Option } from "commander";
import { today } from "../domain/day";
import type { Language } from "../domain/number-format";
import { PRESET_NAMES } from "../domain/presets";
import { shownText } from "../domain/shown-text";
import { UnreadableWorkbookError } from "../xlsx/unreadable-workbook-error";
import { auditCommand } from "./audit-command";
import { CLI_TEXTS, cliText, HELP_TEXTS, HELP_TITLES } from "./cli-messages";
import { runLanguage } from "./cli-options";
import { CliUsageError } from "./cli-usage-error";
import type { CliIo, CommandIo } from "./cli-io";
import { toolInfo } from "./tool-info";

/**
 * Runs the headless auditor on the given arguments and returns its exit code (spec section 9):
 * 0 no error findings, 1 error findings, 2 the audit could not run. A failure is one line on
 * stderr, never a stack trace, in the run's language (`--lang`, Swedish by default). Every text
 * written passes through `shownText` (issue 10), and what libraries print to the console is kept
 * from the user (shown on stderr, masked, only with RESULTATREVISION_DEBUG).
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const language = runLanguage(argv);
  const shown: CommandIo = { stdout: (text) => io.stdout(shownText(text)), stderr: (text) => io.stderr(shownText(text)), data: io.stdout };
  const restoreConsole = quietConsole(shown);
  let exitCode = 0;
  try {
    await program(language, shown, (code) => (exitCode = code)).parseAsync([...argv], { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.code === "commander.help") return 0;
      shown.stderr(`resultatrevision: ${commanderText(error, language)}\n`);
    } else if (error instanceof UnreadableWorkbookError || error instanceof CliUsageError) {
      shown.stderr(`resultatrevision: ${error.text(language)}\n`);
    } else {
      const detail = error instanceof Error ? error.message.split("\n")[0]! : String(error);
      shown.stderr(`resultatrevision: ${cliText("unexpected", language, { detail })}\n`);
      if (process.env.RESULTATREVISION_DEBUG) shown.stderr(`${(error as Error).stack}\n`);
    }
    return 2;
  } finally {
    restoreConsole();
  }
}

function program(language: Language, io: CommandIo, exit: (code: number) => void): Command {
  const h = (key: keyof typeof HELP_TEXTS) => HELP_TEXTS[key][language];
  const presetHelp = `${h("preset")}: ${PRESET_NAMES.join(", ")}`;
  const root = new Command("resultatrevision")
    .description(h("program"))
    .version(toolInfo().version, "-V, --version", h("version"))
    .helpOption("-h, --help", h("help"))
    .helpCommand("help [command]", h("helpCommand"))
    .exitOverride()
    .showSuggestionAfterError(false)
    .configureHelp(helpIn(language))
    // Commander's own error text is English; `runCli` writes it in the run's language instead.
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => undefined });
  const command = (name: string, description: string) =>
    root.command(name).description(description).helpOption("-h, --help", h("help")).exitOverride().showSuggestionAfterError(false).configureHelp(helpIn(language));

  command("audit", h("audit"))
    .argument("<workbook>", h("workbook"))
    .option("--preset <name>", presetHelp, "botkyrka")
    .option("--report-date <YYYY-MM-DD>", h("reportDate"))
    .option("--json [file]", h("json"))
    .option("--out <report.xlsx>", h("out"))
    .option("--html <report.html>", h("html"))
    .option("--lang <sv|en>", h("lang"), "sv")
    .option("--max-per-code <n>", h("maxPerCode"), "5")
    .option("--models", h("models"), false)
    .action(async (file: string, flags) => exit(await auditCommand(file, flags, io, today())));

  command("compare", h("compare"))
    .argument("<previous>", h("previous"))
    .argument("<current>", h("current"))
    .option("--json [file]", h("compareJson"))
    .option("--out <report.xlsx>", h("compareOut"))
    .option("--html <report.html>", h("compareHtml"))
    .option("--preset <name>", presetHelp, "botkyrka")
    .option("--lang <sv|en>", h("lang"), "sv")
    // Each command's modules load when it runs: an audit does not load compare's or sample's.
    .action(async (previous: string, current: string, flags) => exit(await (await import("./compare-command")).compareCommand(previous, current, flags, io, today())));

  command("sample", h("sample"))
    .argument("<workbook>", h("workbook"))
    .option("--out <sampled.xlsx>", h("sampleOut"))
    .option("--seed <n>", h("sampleSeed"))
    .option("--confidence <share>", h("confidence"))
    .option("--tolerable <share>", h("tolerable"))
    .option("--size <n>", h("size"))
    .option("--years <list>", h("years"))
    .option("--method <random|mus>", h("method"), "random")
    .option("--preset <name>", presetHelp, "botkyrka")
    .option("--report-date <YYYY-MM-DD>", h("sampleReportDate"))
    .option("--lang <sv|en>", h("lang"), "sv")
    .option("--replace", h("replace"), false)
    .action(async (file: string, flags) => exit(await (await import("./sample-command")).sampleCommand(file, flags, io, today())));

  command("template", h("template"))
    .argument("<out>", h("out_xlsx"))
    .option("--preset <name>", presetHelp, "botkyrka")
    .option("--start <YYYY-MM-DD>", h("start"))
    .option("--force", h("force"), false)
    .option("--lang <sv|en>", h("lang"), "sv")
    // ExcelJS (which writes the template and the example) loads only for these commands: audit starts without it.
    .action(async (out: string, flags) => exit(await (await import("./template-command")).templateCommand(out, flags, io)));

  command("example", h("example"))
    .argument("<out>", h("out_xlsx"))
    .option("--hires <n>", h("hires"), "1200")
    .option("--seed <n>", h("seed"), "2018")
    .option("--defects", h("defects"), false)
    .option("--retroactive", h("retroactive"), false)
    .option("--omit-sheet <name...>", h("omitSheet"))
    .option("--force", h("force"), false)
    .option("--lang <sv|en>", h("lang"), "sv")
    .action(async (out: string, flags) => exit(await (await import("./example-command")).exampleCommand(out, flags, io)));
  return root;
}

/** Commander's help in the run's language: its headings and the word "default". */
function helpIn(language: Language): Partial<Help> {
  if (language === "en") return {};
  return {
    styleTitle: (title: string) => HELP_TITLES[title] ?? title,
    optionDescription(this: Help, option: Option) {
      const shownDefault = option.defaultValue === undefined || option.defaultValue === false ? "" : ` (${HELP_TEXTS.default.sv}: ${JSON.stringify(option.defaultValue)})`;
      return `${option.description}${shownDefault}`;
    },
  };
}

/** A usage error commander found, in the run's language: its code says which, its text what. */
function commanderText(error: CommanderError, language: Language): string {
  const quoted = /'([^']*)'/.exec(error.message)?.[1] ?? "";
  const key = ({
    "commander.missingArgument": "missingArgument",
    "commander.optionMissingArgument": "optionMissingArgument",
    "commander.unknownOption": "unknownOption",
    "commander.unknownCommand": "unknownCommand",
    "commander.excessArguments": "excessArguments",
  } as const)[error.code] as keyof typeof CLI_TEXTS | undefined;
  return cliText(key ?? "badArguments", language, { name: quoted, flag: quoted });
}

/**
 * Keeps what libraries print (ExcelJS warns on the console) from reaching the user raw: while the
 * CLI runs, the console is silent, or with RESULTATREVISION_DEBUG goes to stderr through the gate.
 */
function quietConsole(io: CliIo): () => void {
  const methods = ["log", "info", "warn", "error", "debug"] as const;
  const saved = methods.map((method) => console[method]);
  const debug = Boolean(process.env.RESULTATREVISION_DEBUG);
  for (const method of methods) console[method] = (...args: unknown[]) => (debug ? io.stderr(`${args.map(String).join(" ")}\n`) : undefined);
  return () => methods.forEach((method, index) => (console[method] = saved[index]!));
}
