/**
 * Resolves a relationship's target against the part that holds the relationships (ECMA-376
 * Part 2, 9.3): relative targets from the source part's folder (`worksheets/sheet1.xml`,
 * `../tables/t.xml`), absolute ones from the package root (`/xl/worksheets/sheet1.xml`, as
 * openpyxl writes them). Returns a zip entry name, without a leading slash.
 */
export function resolvePartPath(sourcePart: string, target: string): string {
  const decoded = safeDecode(target.split("#")[0]!);
  const base = decoded.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
  const segments = [...base];
  for (const segment of decoded.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") segments.pop();
    else segments.push(segment);
  }
  return segments.join("/");
}

/** The relationships part of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relationshipsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
