/**
 * 64 K characters: a chunk stays a small string (under 128 KB), which the young generation frees
 * at once. Chunks of a megabyte each went to the large-object space, where 74 of them (a
 * 100,000-job audit's JSON) waited for a full collection: 70 MB more at the peak (issue 8:
 * `audit --json` under 300 MB).
 */
const CHUNK = 1 << 16;

/**
 * A text given in small pieces (a JSON document's, one finding a piece) gathered into chunks of
 * about `size` characters, the last ending the file with a line feed: a large audit's JSON never
 * stands whole in memory, and is written in few writes.
 */
export function* textChunks(text: Iterable<string>, size = CHUNK): Generator<string> {
  // Gathered in a list and joined once: one flat string per chunk, ready to encode.
  let buffer: string[] = [];
  let length = 0;
  for (const piece of text) {
    buffer.push(piece);
    length += piece.length;
    if (length >= size) {
      yield buffer.join("");
      buffer = [];
      length = 0;
    }
  }
  buffer.push("\n");
  yield buffer.join("");
}
