import { argumentsHash } from "../../src/functions/arguments-hash";

describe("the custom functions' cache key", () => {
  it("is the same for the same arguments and differs for any changed cell, type or shape", () => {
    const table = [["Anställnings-ID", "Startdatum"], ["A-1", 43101], ["A-2", null]];
    const key = argumentsHash([table, "-", [["Parameter", "Värde"]]]);
    expect(argumentsHash([structuredClone(table), "-", [["Parameter", "Värde"]]])).toBe(key);
    const variants: unknown[][] = [
      [[["Anställnings-ID", "Startdatum"], ["A-1", 43102], ["A-2", null]], "-", [["Parameter", "Värde"]]],
      [[["Anställnings-ID", "Startdatum"], ["A-1", "43101"], ["A-2", null]], "-", [["Parameter", "Värde"]]],
      [[["Anställnings-ID", "Startdatum"], ["A-1", 43101], ["A-2", ""]], "-", [["Parameter", "Värde"]]],
      [[["Anställnings-ID", "Startdatum"], ["A-1", 43101], ["A-2", 0]], "-", [["Parameter", "Värde"]]],
      [[["Anställnings-ID", "Startdatum"], ["A-1", 43101], ["A-2", { code: "#N/A" }]], "-", [["Parameter", "Värde"]]],
      [[["Anställnings-ID", "Startdatum"], ["A-1", 43101], ["A-2", { code: "#REF!" }]], "-", [["Parameter", "Värde"]]],
      [[["Anställnings-ID", "Startdatum"], ["A-1", 43101, "A-2", null]], "-", [["Parameter", "Värde"]]],
      [table, [["Parameter", "Värde"]], "-"],
      [[["Anställnings-ID", "Startdatum"], ["A-1", 43101], ["A-3", null]], "-", [["Parameter", "Värde"]]],
    ];
    const keys = variants.map((variant) => argumentsHash(variant));
    expect(new Set([key, ...keys]).size).toBe(variants.length + 1);
  });
});
