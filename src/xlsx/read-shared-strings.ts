import type { InflatedBytes } from "./inflate-part";
import { unescapeOoxmlText } from "./ooxml-text";
import { ReadLimitError, type ReadLimits } from "./read-limits";
import { parseXmlPart } from "./xml-part";
import type { ZipPart } from "./zip-directory";

/**
 * The shared strings (ECMA-376 Part 1, 18.4.8 `sst`): each `si` is its plain `t`, or the `t` of
 * its rich-text runs `r` joined. Phonetic runs (`rPh`, the reading of East Asian text) and their
 * properties are not part of the cell's value: their text is never appended (ExcelJS appended it,
 * then lost every later row).
 */
export async function readSharedStrings(bytes: Uint8Array, part: ZipPart, counter: InflatedBytes, limits: ReadLimits): Promise<string[]> {
  const strings: string[] = [];
  let inItem = false;
  let inText = false;
  let phonetic = 0;
  let text = "";
  await parseXmlPart(bytes, part, counter, {
    open(name) {
      if (name === "si") {
        inItem = true;
        text = "";
      } else if (name === "t" && inItem && phonetic === 0) inText = true;
      else if (name === "rPh") phonetic++;
    },
    close(name) {
      if (name === "t") inText = false;
      else if (name === "rPh") phonetic--;
      else if (name === "si") {
        inItem = false;
        if (text.length > limits.stringLength) throw new ReadLimitError("stringLength", part.name, limits.stringLength);
        strings.push(unescapeOoxmlText(text));
      }
    },
    text(chunk) {
      if (inText) text += chunk;
    },
  });
  return strings;
}
