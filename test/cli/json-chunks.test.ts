import fc from "fast-check";
import { textChunks } from "../../src/cli/json-chunks";

describe("a text written in chunks", () => {
  it("joins to exactly the pieces' text and a final newline; every chunk but the last holds at least the chunk size", () => {
    fc.assert(fc.property(fc.array(fc.string({ unit: "binary", maxLength: 20 }), { maxLength: 60 }), fc.integer({ min: 1, max: 50 }), (pieces, size) => {
      const chunks = [...textChunks(pieces, size)];
      expect(chunks.join("")).toBe(`${pieces.join("")}\n`);
      expect(chunks.slice(0, -1).every((chunk) => chunk.length >= size)).toBe(true);
      expect(chunks.at(-1)!.endsWith("\n")).toBe(true);
    }));
  });

  it("keeps a large text in chunks of about 64 K characters", () => {
    const chunks = [...textChunks(Array.from({ length: 1000 }, () => "x".repeat(1000)))];
    expect(chunks.length).toBeGreaterThan(10);
    expect(chunks.slice(0, -1).every((chunk) => chunk.length >= 1 << 16 && chunk.length < (1 << 16) + 1000)).toBe(true);
  });
});
