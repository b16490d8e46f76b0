import { FINDING_CODES } from "../../src/domain/finding-codes";
import { FINDING_TITLES, findingTitle } from "../../src/domain/finding-titles";

describe("words, not codes: every finding code has a plain title in both languages", () => {
  it.each(FINDING_CODES)("%s", (code) => {
    for (const language of ["sv", "en"] as const) {
      const title = findingTitle(code, language);
      expect(title).not.toBe(code);
      expect(title.trim().length).toBeGreaterThan(3);
      expect(title).not.toMatch(/[A-Z]{2,}_[A-Z]/);
    }
    expect(findingTitle(code, "sv")).not.toBe(findingTitle(code, "en"));
    // Titles are distinct: a reader tells the codes apart by them alone.
    expect(FINDING_CODES.filter((other) => findingTitle(other, "sv") === findingTitle(code, "sv"))).toEqual([code]);
  });

  it("names OVER_CAP in words", () => {
    expect(FINDING_TITLES.OVER_CAP.sv).toBe("Över årstaket (ingen ersättning)");
  });
});
