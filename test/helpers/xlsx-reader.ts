// The reader of issue 8, as the corpus tests use it.
export { readXlsx, type XlsxNotice, type XlsxRead } from "../../src/xlsx/read-xlsx";
