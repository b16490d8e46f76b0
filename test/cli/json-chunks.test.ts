import fc from "fast-check";
import { jsonChunks } from "../../src/cli/json-chunks";

describe("JSON in pieces", () => {
  it("joins to exactly JSON.stringify(value, null, 2) + newline, large arrays included", () => {
    const document = { schemaVersion: 1, empty: [], none: {}, skip: undefined, findings: Array.from({ length: 250 }, (_, i) => ({ code: "X", cell: `A${i}`, messages: { sv: "å\n", en: "a" } })), years: [{ year: 1, shares: { women: null } }] };
    expect([...jsonChunks(document, 64)].join("")).toBe(`${JSON.stringify(document, null, 2)}\n`);
  });

  it("agrees with JSON.stringify on any JSON value (fast-check)", () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => [...jsonChunks(value, 16)].join("") === `${JSON.stringify(value, null, 2)}\n`));
  });
});
