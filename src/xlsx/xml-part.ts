import { SaxesParser } from "saxes";
import { inflatePart, type InflatedBytes } from "./inflate-part";
import { Utf8Pieces } from "./utf8-pieces";
import type { ZipPart } from "./zip-directory";

/** What a part's XML says, element by element, with namespace prefixes dropped (`x:c` is `c`). */
export interface XmlHandlers {
  open(name: string, attributes: Readonly<Record<string, string>>): void;
  close(name: string): void;
  text(text: string): void;
}

/** The part's XML is not well-formed, or declares a DTD; `why` is saxes's own one-line reason. */
export class XmlPartError extends Error {
  constructor(
    readonly part: string,
    readonly why: string,
  ) {
    super(`${part}: ${why}`);
    this.name = "XmlPartError";
  }
}

const NO_DOCTYPE = "a DOCTYPE is not allowed in a workbook part";

/**
 * Parses one zip part as it inflates, with saxes: strict (not well-formed XML is refused, never
 * guessed at), non-validating, and with no DTD at all, so no entity is ever expanded and no
 * external one ever fetched (XXE and "billion laughs" are refused at the DOCTYPE). SpreadsheetML
 * has no DOCTYPE; Excel does not write one.
 */
export async function parseXmlPart(bytes: Uint8Array, part: ZipPart, counter: InflatedBytes, handlers: XmlHandlers): Promise<void> {
  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.on("doctype", () => {
    throw new XmlPartError(part.name, NO_DOCTYPE);
  });
  parser.on("opentag", (node) => handlers.open(localName(node.name), node.attributes as Record<string, string>));
  parser.on("closetag", (node) => handlers.close(localName(node.name)));
  parser.on("text", handlers.text);
  parser.on("cdata", handlers.text);
  let decode: ((chunk?: Uint8Array) => string) | undefined;
  try {
    await inflatePart(
      bytes,
      part,
      counter,
      (chunk) => {
        decode ??= decoderFor(chunk);
        parser.write(decode(chunk));
      },
    );
    if (decode) parser.write(decode());
    parser.close();
  } catch (error) {
    if (error instanceof XmlPartError) throw error;
    // saxes reports malformed XML as a plain Error whose message is its reason.
    if (error instanceof Error && error.constructor === Error) throw new XmlPartError(part.name, error.message.split("\n")[0]!.slice(0, 160));
    throw error;
  }
}

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/** XML is UTF-8 unless a byte-order mark says UTF-16 (XML 1.0, 4.3.3); a UTF-8 mark is dropped. */
function decoderFor(first: Uint8Array): (piece?: Uint8Array) => string {
  const utf16 = first[0] === 0xff && first[1] === 0xfe ? "utf-16le" : first[0] === 0xfe && first[1] === 0xff ? "utf-16be" : undefined;
  if (utf16) {
    const decoder = new TextDecoder(utf16);
    return (piece) => (piece ? decoder.decode(piece, { stream: true }) : decoder.decode());
  }
  const pieces = new Utf8Pieces();
  let first_ = true;
  return (piece) => {
    if (!piece) return pieces.end();
    let text = pieces.decode(piece);
    if (first_ && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    first_ = false;
    return text;
  };
}

/** An attribute by local name, whatever prefix it carries (`r:id`, `id`). */
export function attribute(attributes: Readonly<Record<string, string>>, local: string): string | undefined {
  if (local in attributes) return attributes[local];
  for (const key in attributes) if (key.endsWith(`:${local}`)) return attributes[key];
  return undefined;
}
