import type { InflatedBytes } from "./inflate-part";
import { relationshipsPartOf, resolvePartPath } from "./part-path";
import { attribute, parseXmlPart } from "./xml-part";
import type { ZipPart } from "./zip-directory";

/** One internal relationship of a part: its id, the last segment of its type, and the target part. */
export interface Relationship {
  readonly id: string;
  /** `worksheet`, `sharedStrings`, `styles`, `officeDocument`, … */
  readonly type: string;
  readonly target: string;
}

/** The relationships of `sourcePart` (`""` for the package's own), targets resolved to zip entry names; none when the part has none. */
export async function readRelationships(bytes: Uint8Array, parts: ReadonlyMap<string, ZipPart>, sourcePart: string, counter: InflatedBytes): Promise<Relationship[]> {
  const relsName = sourcePart === "" ? "_rels/.rels" : relationshipsPartOf(sourcePart);
  const part = parts.get(relsName.toLowerCase());
  if (!part) return [];
  const relationships: Relationship[] = [];
  await parseXmlPart(bytes, part, counter, {
    open(name, attributes) {
      if (name !== "Relationship" || attribute(attributes, "TargetMode") === "External") return;
      const id = attribute(attributes, "Id");
      const type = attribute(attributes, "Type");
      const target = attribute(attributes, "Target");
      if (id === undefined || type === undefined || target === undefined) return;
      relationships.push({ id, type: type.slice(type.lastIndexOf("/") + 1), target: resolvePartPath(sourcePart, target) });
    },
    close() {},
    text() {},
  });
  return relationships;
}
