import type { InflatedBytes } from "./inflate-part";
import { attribute, parseXmlPart } from "./xml-part";
import type { ZipPart } from "./zip-directory";

/** A sheet as `workbook.xml` lists it, in tab order. */
export interface ListedSheet {
  readonly name: string;
  readonly relationshipId: string;
  readonly state: "visible" | "hidden" | "veryHidden";
}

export interface WorkbookPart {
  readonly sheets: readonly ListedSheet[];
  /** `workbookPr date1904`: serials count days from 1904-01-01 (ECMA-376 Part 1, 18.17.4.1). */
  readonly date1904: boolean;
}

/** Reads the sheet list (names and tab order come from here, never from part names) and the date system. */
export async function readWorkbookPart(bytes: Uint8Array, part: ZipPart, counter: InflatedBytes): Promise<WorkbookPart> {
  const sheets: ListedSheet[] = [];
  let date1904 = false;
  await parseXmlPart(bytes, part, counter, {
    open(name, attributes) {
      if (name === "workbookPr") date1904 = isTrue(attribute(attributes, "date1904"));
      else if (name === "sheet") {
        const sheetName = attribute(attributes, "name");
        const relationshipId = attribute(attributes, "id");
        if (sheetName === undefined || relationshipId === undefined) return;
        const state = attribute(attributes, "state");
        sheets.push({ name: sheetName, relationshipId, state: state === "hidden" || state === "veryHidden" ? state : "visible" });
      }
    },
    close() {},
    text() {},
  });
  return { sheets, date1904 };
}

/** xsd:boolean. */
export function isTrue(value: string | undefined): boolean {
  return value === "1" || value === "true";
}
