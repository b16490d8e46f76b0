import fc from "fast-check";
import { utf8Chunks } from "../../src/cli/json-chunks";

const decoder = new TextDecoder("utf-8", { fatal: true });

describe("a text written in UTF-8 chunks", () => {
  it("joins to exactly the pieces' text and a final line feed, each chunk whole UTF-8 and within the size unless it is one long piece", () => {
    fc.assert(fc.property(fc.array(fc.string({ unit: "binary", maxLength: 20 }), { maxLength: 60 }), fc.integer({ min: 3, max: 90 }), (pieces, size) => {
      const chunks = [...utf8Chunks(pieces, size)];
      expect(Buffer.concat(chunks).toString("utf8")).toBe(`${pieces.join("")}\n`);
      // Decoding a chunk alone throws if a character is split across two chunks.
      expect(chunks.map((chunk) => decoder.decode(chunk)).join("")).toBe(`${pieces.join("")}\n`);
      for (const chunk of chunks) {
        const alone = pieces.some((piece) => piece.length * 3 > size && Buffer.from(piece).equals(chunk));
        expect(chunk.length <= size || alone).toBe(true);
      }
      expect(chunks.every((chunk) => chunk.length > 0)).toBe(true);
    }));
  });

  it("fills a chunk before it starts the next: a large text is written in chunks of nearly 64 KB", () => {
    const chunks = [...utf8Chunks(Array.from({ length: 1000 }, () => "ö".repeat(500)))];
    // 1,000,000 bytes of "ö" (2 bytes each): a piece of 1,000 bytes starts a chunk only when 1,500 may not fit.
    expect(chunks.slice(0, -1).every((chunk) => chunk.length > (1 << 16) - 1500 && chunk.length <= 1 << 16)).toBe(true);
    expect(chunks.length).toBe(16);
  });

  it("ends with the line feed in a chunk of its own when the last chunk is full", () => {
    expect([...utf8Chunks(["abc"], 3)].map((chunk) => Buffer.from(chunk).toString())).toEqual(["abc", "\n"]);
    expect([...utf8Chunks([], 3)].map((chunk) => Buffer.from(chunk).toString())).toEqual(["\n"]);
  });
});
