/**
 * Whether the host runs ExcelApi `version`. The manifest declares the least the add-in needs
 * (ExcelApi 1.7, derived from the code by test/addin/requirement-sets.test.ts); anything newer is
 * used only behind this check, so an older host still runs the add-in, without that nicety.
 */
export function supportsExcelApi(version: string): boolean {
  return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", version) === true;
}
