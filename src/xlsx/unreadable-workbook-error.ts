import type { Language } from "../domain/number-format";

/** Why a file could not be audited at all (spec section 9: exit code 2). */
export type UnreadableReason = "empty-file" | "not-xlsx" | "old-xls" | "encrypted" | "csv" | "corrupt" | "no-sheets" | "xlsb" | "limit" | "ods";

const TEXTS: Record<UnreadableReason, { sv: string; en: string }> = {
  "empty-file": { sv: "filen är tom", en: "the file is empty" },
  "not-xlsx": { sv: "filen är ingen .xlsx-arbetsbok", en: "the file is not an .xlsx workbook" },
  "old-xls": { sv: "filen är i det gamla .xls-formatet; spara den som .xlsx i Excel", en: "the file is in the old .xls format; save it as .xlsx in Excel" },
  encrypted: { sv: "arbetsboken är lösenordsskyddad; spara en kopia utan lösenord", en: "the workbook is password-protected; save a copy without a password" },
  csv: { sv: "filen är en textfil (CSV), inte en .xlsx-arbetsbok; öppna den i Excel och spara som .xlsx", en: "the file is a text (CSV) file, not an .xlsx workbook; open it in Excel and save it as .xlsx" },
  corrupt: { sv: "filen kunde inte läsas som .xlsx (skadad eller ofullständig)", en: "the file could not be read as .xlsx (damaged or incomplete)" },
  "no-sheets": { sv: "arbetsboken har inga blad", en: "the workbook has no sheets" },
  limit: { sv: "arbetsboken är större än granskningen läser", en: "the workbook is larger than the audit reads" },
  ods: { sv: "filen är ett OpenDocument-kalkylark (.ods); öppna det och spara som .xlsx (Excel-arbetsbok)", en: "the file is an OpenDocument spreadsheet (.ods); open it and save it as .xlsx (Excel workbook)" },
  xlsb: { sv: "filen är en binär arbetsbok (.xlsb); spara den som .xlsx i Excel", en: "the file is a binary workbook (.xlsb); save it as .xlsx in Excel" },
};

/**
 * A file the audit cannot read. Expected, not a bug: the CLI prints `message(language)` on one
 * line and exits 2; no stack trace reaches the user.
 */
export class UnreadableWorkbookError extends Error {
  constructor(
    readonly reason: UnreadableReason,
    readonly file: string,
    readonly detail?: string | Readonly<Record<Language, string>>,
  ) {
    super(`${file}: ${TEXTS[reason].en}${detail ? ` (${typeof detail === "string" ? detail : detail.en})` : ""}`);
    this.name = "UnreadableWorkbookError";
  }

  /** One line in the user's language. */
  text(language: Language): string {
    const detail = typeof this.detail === "string" ? this.detail : this.detail?.[language];
    return `${this.file}: ${TEXTS[this.reason][language]}${detail ? ` (${detail})` : ""}`;
  }
}
