import type { Language } from "../domain/number-format";
import { fillIn } from "../workbook/fill-in";

/**
 * Every sentence the CLI itself says, in both languages, so one run speaks one language (issue 10):
 * its own errors, commander's usage errors (translated from their codes) and the help text.
 * Findings' messages live in `src/domain/messages.ts`.
 */
export const CLI_TEXTS = {
  noSuchFile: { sv: "{file}: filen finns inte", en: "{file}: no such file" },
  unreadable: { sv: "{file}: filen kan inte läsas ({reason})", en: "{file}: the file cannot be read ({reason})" },
  notRegular: { sv: "{file}: är ingen vanlig fil (en mapp, en pipe eller en enhet); ange en .xlsx-fil", en: "{file}: is not a regular file (a folder, a pipe or a device); give an .xlsx file" },
  exists: { sv: "{file} finns redan; välj ett annat namn, eller lägg till --force för att skriva över den", en: "{file} already exists; choose another name, or add --force to overwrite it" },
  overInput: { sv: "skriver inte över indatafilen: {file}", en: "refusing to write over the input file: {file}" },
  sameOutput: { sv: "två utdata skulle skriva samma fil: {file}", en: "two outputs would write the same file: {file}" },
  noFolder: { sv: "{file}: mappen {folder} finns inte", en: "{file}: the folder {folder} does not exist" },
  notFolder: { sv: "{file}: {folder} är ingen mapp", en: "{file}: {folder} is not a folder" },
  notWritable: { sv: "{file}: mappen {folder} går inte att skriva i", en: "{file}: the folder {folder} is not writable" },
  isFolder: { sv: "{file}: är en mapp, ingen fil", en: "{file}: is a folder, not a file" },
  writeFailed: { sv: "{file}: kunde inte skrivas ({reason}); ingenting skrevs", en: "{file}: could not be written ({reason}); nothing was written" },
  badPreset: { sv: "--preset: \"{value}\" är inte en av {choices}", en: "--preset: \"{value}\" is not one of {choices}" },
  badDate: { sv: "{flag}: \"{value}\" är inget datum ÅÅÅÅ-MM-DD", en: "{flag}: \"{value}\" is not a date YYYY-MM-DD" },
  badLanguage: { sv: "--lang: \"{value}\" är varken sv eller en", en: "--lang: \"{value}\" is not sv or en" },
  badWhole: { sv: "{flag}: \"{value}\" är inget heltal från {min} till {max}", en: "{flag}: \"{value}\" is not a whole number from {min} to {max}" },
  missingArgument: { sv: "argument saknas: {name}", en: "missing required argument: {name}" },
  optionMissingArgument: { sv: "flaggan {flag} saknar sitt värde", en: "option {flag} needs a value" },
  unknownOption: { sv: "okänd flagga: {flag}", en: "unknown option: {flag}" },
  unknownCommand: { sv: "okänt kommando: {name} (välj audit, compare, sample, template eller example)", en: "unknown command: {name} (choose audit, compare, sample, template or example)" },
  excessArguments: { sv: "för många argument: {name}", en: "too many arguments: {name}" },
  badArguments: { sv: "felaktiga argument", en: "bad arguments" },
  unexpected: { sv: "oväntat fel: {detail}", en: "unexpected error: {detail}" },
  sampleNeedsOut: { sv: "--out STICKPROV.xlsx krävs: stickprovet skrivs i en kopia, aldrig i indatafilen", en: "--out SAMPLED.xlsx is required: the sample is written to a copy, never into the input" },
  sampleExists: { sv: "{file} har redan ett stickprov (bladet \"{sheet}\"); ange --replace för att dra ett nytt i kopian", en: "{file} already holds a sample (sheet \"{sheet}\"); give --replace to draw a new one in the copy" },
  sampleYearOutside: { sv: "--years: {year} är inget avtalsår (1–{last})", en: "--years: {year} is not an agreement year (1–{last})" },
  sampleNothingPaid: { sv: "{file}: inga utbetalda poster att dra ur per {date}", en: "{file}: no paid items to sample as of {date}" },
  badShare: { sv: "{flag}: \"{value}\" är ingen andel över 0 och under 1 (t.ex. 0,95 eller 95 %)", en: "{flag}: \"{value}\" is not a share above 0 and below 1 (e.g. 0.95 or 95%)" },
  badMethod: { sv: "--method: \"{value}\" är inte en av {choices}", en: "--method: \"{value}\" is not one of {choices}" },
  compareNoReportDate: { sv: "{file}: inget report_date i bladet Avtal; compare granskar varje inlämning per dess eget rapportdatum", en: "{file}: no report_date in its Avtal sheet; compare audits each submission as of its own report date" },
  compareNotLater: { sv: "{file}: dess rapportdatum {current} är inte senare än {previousFile}s {previous}", en: "{file}: its report date {current} is not later than {previousFile}'s {previous}" },
  badYears: { sv: "--years: \"{value}\" är ingen lista av avtalsår som 1,2", en: "--years: \"{value}\" is not a list of agreement years such as 1,2" },
} as const satisfies Record<string, Record<Language, string>>;

export type CliTextKey = keyof typeof CLI_TEXTS;

/** One of the CLI's sentences in the run's language. */
export function cliText(key: CliTextKey, language: Language, values: Readonly<Record<string, string | number>> = {}): string {
  return fillIn(CLI_TEXTS[key][language], values);
}

/** The help text's words; commander's own headings are translated by `HELP_TITLES`. */
export const HELP_TEXTS = {
  program: { sv: "Granskar resultatredovisningen för ett avtal om jobbskapande", en: "Audits the results of a job-creation agreement" },
  help: { sv: "visa hjälpen", en: "display help" },
  helpCommand: { sv: "visa hjälpen för ett kommando", en: "display help for a command" },
  version: { sv: "visa versionen", en: "output the version number" },
  audit: { sv: "granska en resultatarbetsbok mot avtalet", en: "audit a results workbook against the agreement" },
  workbook: { sv: "resultatarbetsboken (.xlsx)", en: "the results workbook (.xlsx)" },
  preset: { sv: "avtalsmall", en: "agreement preset" },
  reportDate: { sv: "dagen granskningen avser (går före Avtals report_date)", en: "the date the audit is as of (wins over Avtal's report_date)" },
  json: { sv: "skriv JSON-dokumentet (avsnitt 9) på stdout, eller till en fil", en: "print the JSON document of spec section 9, or write it to a file" },
  out: { sv: "skriv rapportarbetsboken (indatabladen + Granskning, Ersättning, Sammanställning)", en: "write the report workbook (input sheets + Granskning, Ersättning, Sammanställning)" },
  html: { sv: "skriv styrelserapporten: en fristående HTML-fil med diagram", en: "write the board report: one self-contained HTML file with charts" },
  lang: { sv: "språk för meddelanden, sammanfattning och rapport", en: "language of messages, the summary and the report" },
  maxPerCode: { sv: "fynd som visas per kod i sammanfattningen (0: alla)", en: "findings listed per code in the summary (0: all)" },
  template: { sv: "skriv en tom resultatarbetsbok med Avtal ifyllt från en avtalsmall", en: "write an empty results workbook with Avtal filled from a preset" },
  out_xlsx: { sv: "arbetsboken som skrivs (.xlsx)", en: "the workbook to write (.xlsx)" },
  start: { sv: "avtalets startdag", en: "the agreement's start date" },
  force: { sv: "skriv över en befintlig fil", en: "overwrite an existing file" },
  example: { sv: "skriv en realistisk syntetisk resultatarbetsbok", en: "write a realistic synthetic results workbook" },
  hires: { sv: "antal anställningsrader (ungefär 80 % räknas)", en: "how many job rows (about 80 % of them count)" },
  seed: { sv: "slumpfrö: samma frö ger samma arbetsbok", en: "random seed: the same seed gives the same workbook" },
  defects: { sv: "plantera minst ett fall av varje fyndkod en arbetsbok kan ha", en: "plant at least one instance of every finding code a workbook can hold" },
  omitSheet: { sv: "utelämna blad (för att visa SHEET_MISSING)", en: "leave sheets out (to show SHEET_MISSING)" },
  default: { sv: "standard", en: "default" },
  models: { sv: "lägg till samma resultat prissatta i varje betalningsmodell (botkyrka, helsingborg, malmo, arbetsbokens egen) i sammanfattningen", en: "add the same results priced under each payment model (botkyrka, helsingborg, malmo, the workbook's own) to the summary" },
  compare: { sv: "jämför två inlämningar: vad som ändrats i redan betalda år, per år, och uppföljningen av fynd (slutkod 1 vid retroaktiv ändring)", en: "compare two submissions: what changed in years already paid, per year, and the follow-up of findings (exit 1 on a retroactive change)" },
  previous: { sv: "förra inlämningen (.xlsx), med sitt report_date i Avtal", en: "the previous submission (.xlsx), with its report_date in Avtal" },
  current: { sv: "den aktuella inlämningen (.xlsx), med ett senare report_date", en: "the current submission (.xlsx), with a later report_date" },
  compareJson: { sv: "skriv jämförelsens JSON-dokument på stdout, eller till en fil", en: "print the comparison's JSON document, or write it to a file" },
  compareOut: { sv: "skriv den aktuella arbetsboken med ett blad Jämförelse", en: "write the current workbook with a Jämförelse sheet" },
  compareHtml: { sv: "skriv styrelserapporten med avsnittet \"Sedan förra rapporten\"", en: "write the board report with its \"Sedan förra rapporten\" section" },
  retroactive: { sv: "nästa inlämning av samma frö: ett halvår senare, med ändringar i betalda år (för compare)", en: "the next submission of the same seed: half a year later, with changes planted in paid years (for compare)" },
  sample: { sv: "dra ett stickprov av de betalda posterna till en kopia av arbetsboken (bladet Stickprov)", en: "draw an audit sample of the paid items into a copy of the workbook (sheet Stickprov)" },
  sampleOut: { sv: "kopian som skrivs, med bladet Stickprov", en: "the copy to write, with the Stickprov sheet" },
  sampleSeed: { sv: "slumpfrö 0–4294967295 (standard: dras och skrivs ut)", en: "random seed 0–4294967295 (default: drawn and printed)" },
  confidence: { sv: "konfidensnivå (standard 0,95)", en: "confidence level (default 0.95)" },
  tolerable: { sv: "tolerabel avvikelsefrekvens (standard 0,05)", en: "tolerable deviation rate (default 0.05)" },
  size: { sv: "en fast stickprovsstorlek i stället för den planerade", en: "a fixed sample size instead of the planned one" },
  years: { sv: "avtalsår att dra ur, t.ex. 1,2 (standard: alla)", en: "agreement years to sample, e.g. 1,2 (default: all)" },
  method: { sv: "enkelt slumpmässigt urval, eller monetära enheter (efter belopp)", en: "simple random, or monetary units (by amount)" },
  sampleReportDate: { sv: "dagen populationen avser (går före Avtals report_date)", en: "the date the population is as of (wins over Avtal's report_date)" },
  replace: { sv: "dra på nytt även om arbetsboken redan har ett stickprov (indata ändras ändå aldrig)", en: "draw anew even if the workbook already holds a sample (the input is still never changed)" },
} as const satisfies Record<string, Record<Language, string>>;

/** Commander's help headings in Swedish. */
export const HELP_TITLES: Readonly<Record<string, string>> = {
  "Usage:": "Användning:",
  "Options:": "Flaggor:",
  "Commands:": "Kommandon:",
  "Arguments:": "Argument:",
  "Global Options:": "Globala flaggor:",
};
