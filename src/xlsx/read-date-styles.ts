import type { InflatedBytes } from "./inflate-part";
import { attribute, parseXmlPart } from "./xml-part";
import type { ZipPart } from "./zip-directory";

/** Built-in number formats that show a date or a time (ECMA-376 Part 1, 18.8.30; 27–36 and 50–58 are East Asian dates). */
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/**
 * The cell style indices (`s`) whose number format shows a date. Needed only for a workbook in
 * the 1904 date system, whose date serials must be moved onto the 1900 system the rest of the
 * audit reads (spec section 3); everything else in styles.xml is left unread.
 */
export async function readDateStyles(bytes: Uint8Array, part: ZipPart, counter: InflatedBytes): Promise<Set<number>> {
  const customDates = new Set<number>();
  const dateStyles = new Set<number>();
  let inCellFormats = false;
  let index = 0;
  await parseXmlPart(bytes, part, counter, {
    open(name, attributes) {
      if (name === "numFmt") {
        const id = Number(attribute(attributes, "numFmtId"));
        if (isDateFormatCode(attribute(attributes, "formatCode") ?? "")) customDates.add(id);
      } else if (name === "cellXfs") inCellFormats = true;
      else if (name === "xf" && inCellFormats) {
        const id = Number(attribute(attributes, "numFmtId") ?? 0);
        if (BUILT_IN_DATES.has(id) || customDates.has(id)) dateStyles.add(index);
        index++;
      }
    },
    close(name) {
      if (name === "cellXfs") inCellFormats = false;
    },
    text() {},
  });
  return dateStyles;
}

/** A format code shows a date when, outside quoted text, escapes and `[…]` sections, it uses d, m, y, h or s. */
export function isDateFormatCode(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
  return /[dmyhs]/i.test(bare.split(";")[0] ?? "");
}
