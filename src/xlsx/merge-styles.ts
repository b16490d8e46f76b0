import { type CellLook, lookStyles } from "./report-cell-styles";
import { xmlText } from "./xml-text";
import { ZipFormatError } from "./zip-directory";

/** A stylesheet for a package that has none: the two fills and the font every styles part starts with. */
const EMPTY_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

/**
 * Adds the report's cell formats to the input's own styles part, leaving every existing style
 * (and so every input cell's look) as it was: fonts, fills, number formats and `xf`s are
 * appended, counts updated, and an element the part already holds word for word is reused, so
 * auditing a report again adds nothing (idempotent). Returns the styles XML and the `s` index of
 * each look, in order. The part is edited as text, so nothing the audit does not know is lost;
 * the input's namespace prefix (if it uses one) is kept.
 */
export function mergeStyles(stylesXml: string | undefined, looks: readonly CellLook[]): { xml: string; styleIndex: number[] } {
  let xml = stylesXml ?? EMPTY_STYLES;
  const root = /<([A-Za-z_][\w.-]*:)?styleSheet[\s>]/.exec(xml);
  if (!root) throw new ZipFormatError("the styles part has no styleSheet element");
  const p = root[1] ?? "";
  const formats = [...xml.matchAll(new RegExp(`<${p}numFmt\\s[^>]*?numFmtId="(\\d+)"[^>]*?formatCode="([^"]*)"`, "g"))];
  const known = new Map(formats.map((match) => [match[2]!, Number(match[1])]));
  const styles = lookStyles(looks, Math.max(163, ...formats.map((match) => Number(match[1]))) + 1, p);
  // A format code the part already has keeps its id; only new ones are added.
  const fmtId = new Map<number, number>();
  const newFormats = styles.numFmts.filter((fmt) => {
    const existing = known.get(xmlText(fmt.code));
    if (existing !== undefined) fmtId.set(fmt.id, existing);
    return existing === undefined;
  });

  // CT_Stylesheet's order: numFmts, fonts, fills, borders, cellStyleXfs, cellXfs, …
  let merged = mergeList(xml, p, "numFmts", "numFmt", newFormats.map((fmt) => `<${p}numFmt numFmtId="${fmt.id}" formatCode="${xmlText(fmt.code)}"/>`), []);
  merged = mergeList(merged.xml, p, "fonts", "font", styles.fonts, ["numFmts"]);
  const fontAt = merged.indices;
  // A package without fills gets the two reserved ones (none and gray125) first.
  merged = mergeList(merged.xml, p, "fills", "fill", styles.fills, ["fonts", "numFmts"], [`<${p}fill><${p}patternFill patternType="none"/></${p}fill>`, `<${p}fill><${p}patternFill patternType="gray125"/></${p}fill>`]);
  const fillAt = merged.indices;
  const xfs = styles.xfs.map((xf) => xf((font) => fontAt[font]!, (fill) => fillAt[fill]!, (id) => fmtId.get(id) ?? id));
  merged = mergeList(merged.xml, p, "cellXfs", "xf", xfs, ["cellStyleXfs", "borders", "fills", "fonts", "numFmts"]);
  xml = merged.xml;
  return { xml, styleIndex: merged.indices };
}

/**
 * Gives each of `children` an index in a list element (`<fonts count="n">…</fonts>`): the index of
 * the same element when the list already has it, else a new one at the end. Creates the list
 * after the first of `after` that exists when there is none, starting with `firstChildren`.
 * Counts come from the elements themselves (a `count` attribute may be wrong).
 */
function mergeList(xml: string, p: string, list: string, child: string, children: readonly string[], after: readonly string[], firstChildren: readonly string[] = []): { xml: string; indices: number[] } {
  const open = new RegExp(`<${p}${list}(\\s[^>]*)?(/?)>`).exec(xml);
  let existing: string[] = [];
  let attributes = "";
  let start: number;
  let end: number;
  if (!open) {
    existing = [...firstChildren];
    start = end = insertionPoint(xml, p, after);
  } else {
    attributes = (open[1] ?? "").replace(/\s*count="\d*"/, "");
    start = open.index;
    if (open[2] === "/") end = open.index + open[0].length;
    else {
      const close = `</${p}${list}>`;
      const innerStart = open.index + open[0].length;
      end = xml.indexOf(close, innerStart) + close.length;
      const inner = xml.slice(innerStart, end - close.length);
      existing = [...inner.matchAll(new RegExp(`<${p}${child}(?:\\s[^>]*?)?(?:/>|>[\\s\\S]*?</${p}${child}>)`, "g"))].map((match) => match[0]);
    }
  }
  const at = new Map(existing.map((element, index) => [element, index]));
  const all = [...existing];
  const indices = children.map((element) => at.get(element) ?? (at.set(element, all.length), all.push(element), all.length - 1));
  if (all.length === 0) return { xml, indices };
  const element = `<${p}${list}${attributes} count="${all.length}">${all.join("")}</${p}${list}>`;
  return { xml: xml.slice(0, start) + element + xml.slice(end), indices };
}

/** Where a missing list goes: after the first of `after` present, else first in the stylesheet. */
function insertionPoint(xml: string, p: string, after: readonly string[]): number {
  for (const previous of after) {
    const element = new RegExp(`<${p}${previous}(?:\\s[^>]*)?(?:/>|>[\\s\\S]*?</${p}${previous}>)`).exec(xml);
    if (element) return element.index + element[0].length;
  }
  return xml.indexOf(">", xml.search(new RegExp(`<${p}styleSheet[\\s>]`))) + 1;
}
