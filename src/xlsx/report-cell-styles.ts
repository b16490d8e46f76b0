import type { CellFormat, CellTone } from "../workbook/report-sheet";
import { HEADER_COLOURS, LINK_COLOUR, NUMBER_FORMATS, TONE_COLOURS } from "../workbook/report-styles";

/** How one report cell looks: the few looks a report sheet uses, each becomes one cell format (`xf`). */
export interface CellLook {
  readonly format?: CellFormat;
  readonly bold?: boolean;
  readonly tone?: CellTone;
  readonly link?: boolean;
  readonly kind?: "title" | "blockTitle" | "header";
}

export const lookKey = (look: CellLook): string => `${look.kind ?? ""}|${look.format ?? ""}|${look.bold ? 1 : 0}|${look.tone ?? ""}|${look.link ? 1 : 0}`;

/** The styles.xml pieces for a list of looks: fonts, fills, number formats and one `xf` per look, in order. */
export interface LookStyles {
  readonly numFmts: readonly { readonly id: number; readonly code: string }[];
  readonly fonts: readonly string[];
  readonly fills: readonly string[];
  /** One `xf` element per look, given where its font, fill and number format landed in the styles part. */
  readonly xfs: readonly ((fontAt: (font: number) => number, fillAt: (fill: number) => number, fmtAt: (id: number) => number) => string)[];
}

/** Turns looks into style elements; custom number formats get ids from `firstNumFmtId` on. */
export function lookStyles(looks: readonly CellLook[], firstNumFmtId: number, prefix: string): LookStyles {
  const numFmts: { id: number; code: string }[] = [];
  const fonts: string[] = [];
  const fills: string[] = [];
  const fontIndex = new Map<string, number>();
  const fillIndex = new Map<string, number>();
  const fmtIndex = new Map<string, number>();
  const font = (xml: string) => fontIndex.get(xml) ?? (fontIndex.set(xml, fonts.length), fonts.push(xml), fonts.length - 1);
  const fill = (rgb: string) => {
    const xml = `<${prefix}fill><${prefix}patternFill patternType="solid"><${prefix}fgColor rgb="FF${rgb}"/><${prefix}bgColor indexed="64"/></${prefix}patternFill></${prefix}fill>`;
    return fillIndex.get(xml) ?? (fillIndex.set(xml, fills.length), fills.push(xml), fills.length - 1);
  };
  const numFmt = (code: string) => {
    const known = fmtIndex.get(code);
    if (known !== undefined) return known;
    const id = firstNumFmtId + numFmts.length;
    numFmts.push({ id, code });
    fmtIndex.set(code, id);
    return id;
  };
  const xfs = looks.map((look) => {
    const size = look.kind === "title" ? 14 : look.kind === "blockTitle" ? 12 : 11;
    const bold = look.bold || look.kind !== undefined;
    const colour = look.kind === "header" ? HEADER_COLOURS.font : look.link ? LINK_COLOUR : look.tone ? TONE_COLOURS[look.tone].font : undefined;
    const fontXml =
      `<${prefix}font>${bold ? `<${prefix}b/>` : ""}${look.link ? `<${prefix}u/>` : ""}<${prefix}sz val="${size}"/>` +
      `${colour ? `<${prefix}color rgb="FF${colour}"/>` : `<${prefix}color theme="1"/>`}<${prefix}name val="Calibri"/><${prefix}family val="2"/></${prefix}font>`;
    const fontAt = font(fontXml);
    const fillRgb = look.kind === "header" ? HEADER_COLOURS.fill : look.tone ? TONE_COLOURS[look.tone].fill : undefined;
    const fillAt = fillRgb ? fill(fillRgb) : undefined;
    const code = look.format ? NUMBER_FORMATS[look.format] : undefined;
    const fmtId = code === undefined ? 0 : numFmt(code);
    const wrap = look.kind === "header";
    return (fontOf: (font: number) => number, fillOf: (fill: number) => number, fmtOf: (id: number) => number) =>
      `<${prefix}xf numFmtId="${fmtId ? fmtOf(fmtId) : 0}" fontId="${fontOf(fontAt)}" fillId="${fillAt === undefined ? 0 : fillOf(fillAt)}" borderId="0" applyFont="1"` +
      `${fillAt === undefined ? "" : ' applyFill="1"'}${fmtId ? ' applyNumberFormat="1"' : ""}` +
      (wrap ? ` applyAlignment="1"><${prefix}alignment vertical="center" wrapText="1"/></${prefix}xf>` : "/>");
  });
  return { numFmts, fonts, fills, xfs };
}
