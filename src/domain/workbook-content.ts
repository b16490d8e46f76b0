import type { Finding } from "./finding";
import type { Claim, Company, Cost, Hire, Investment, ProBono, SourceTable } from "./records";
import type { AgreementEntry } from "./resolve-agreement";
import type { SampleSheetContent } from "./sample/sample-sheet";

/**
 * What `workbook/` hands the engine: the `Avtal` entries, each result sheet as typed rows, and
 * the findings made while reading cells. A sheet that is absent or lacks a required column is
 * `undefined` (spec 10.6).
 */
export interface WorkbookContent {
  readonly agreementEntries: readonly AgreementEntry[];
  readonly agreementSheet?: string;
  readonly hires?: SourceTable<Hire>;
  readonly companies?: SourceTable<Company>;
  readonly investments?: SourceTable<Investment>;
  readonly proBono?: SourceTable<ProBono>;
  readonly costs?: SourceTable<Cost>;
  readonly claims?: SourceTable<Claim>;
  /** The auditor's evidence sample (`Stickprov`), when the workbook holds one (spec section 11). */
  readonly sample?: SampleSheetContent;
  /**
   * Optional sheets that are present but cannot be used (a required column is missing): their
   * figures are unknown, not zero (spec 10.29). An absent sheet is not listed: it counts as 0.
   */
  readonly unusableSheets: readonly ("investments" | "proBono")[];
  /** The workbook's sheet names in order, so findings can be listed sheet by sheet. */
  readonly sheetOrder: readonly string[];
  readonly findings: readonly Finding[];
}
