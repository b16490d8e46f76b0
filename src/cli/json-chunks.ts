/**
 * The text of `JSON.stringify(value, null, 2)`, given in pieces of about `size` characters: a
 * large array (a document's findings) is written element by element, so a 100,000-row audit's
 * JSON never stands whole in memory (issue 8: `audit --json` under 300 MB).
 */
export function jsonChunks(value: unknown, size = 1 << 20): Generator<string> {
  return textChunks(pieces(value, ""), size);
}

/**
 * A text given in small pieces (a JSON document's, one finding a piece) gathered into pieces of
 * about `size` characters, the last ending the file with a line feed: few, large writes.
 */
export function* textChunks(text: Iterable<string>, size = 1 << 20): Generator<string> {
  let buffer = "";
  for (const piece of text) {
    buffer += piece;
    if (buffer.length >= size) {
      yield buffer;
      buffer = "";
    }
  }
  yield `${buffer}\n`;
}

function* pieces(value: unknown, pad: string): Generator<string> {
  const inner = `${pad}  `;
  if (Array.isArray(value) && value.length > 100) {
    yield "[";
    for (let i = 0; i < value.length; i++) yield `${i ? "," : ""}\n${inner}${indented(value[i], inner)}`;
    yield `\n${pad}]`;
  } else if (value !== null && typeof value === "object" && !Array.isArray(value) && pad === "") {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined && typeof item !== "function");
    if (entries.length === 0) return yield "{}";
    yield "{";
    for (let i = 0; i < entries.length; i++) {
      const [key, item] = entries[i]!;
      yield `${i ? "," : ""}\n${inner}${JSON.stringify(key)}: `;
      yield* pieces(item, inner);
    }
    yield `\n${pad}}`;
  } else yield indented(value, pad);
}

function indented(value: unknown, pad: string): string {
  const text = JSON.stringify(value, null, 2) ?? "null";
  return pad ? text.replace(/\n/g, `\n${pad}`) : text;
}
