/**
 * Decodes UTF-8 that arrives in pieces, each cut anywhere. The incomplete character at a piece's
 * end is held back for the next one, so each piece is decoded whole: a plain `decode` is several
 * times faster than `decode(…, { stream: true })` in Node.
 */
export class Utf8Pieces {
  private readonly decoder = new TextDecoder("utf-8");
  private held: Uint8Array | undefined;

  decode(piece: Uint8Array): string {
    let bytes = piece;
    if (this.held) {
      bytes = new Uint8Array(this.held.length + piece.length);
      bytes.set(this.held);
      bytes.set(piece, this.held.length);
      this.held = undefined;
    }
    const cut = completeLength(bytes);
    if (cut < bytes.length) this.held = bytes.slice(cut);
    return this.decoder.decode(bytes.subarray(0, cut));
  }

  /** What is left: an incomplete character at the very end is invalid, and decodes as U+FFFD. */
  end(): string {
    const rest = this.held;
    this.held = undefined;
    return rest ? this.decoder.decode(rest) : "";
  }
}

/** The length of the longest prefix that ends on a whole character. */
function completeLength(bytes: Uint8Array): number {
  const end = bytes.length;
  for (let back = 1; back <= 3 && back <= end; back++) {
    const byte = bytes[end - back]!;
    if ((byte & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return needed > back ? end - back : end;
  }
  return end;
}
