import { FINDING_CODES } from "../../src/domain/finding-codes";
import { FINDING_TITLES, findingTitle, PENDING_FINDING_TITLES } from "../../src/domain/finding-titles";

describe("words, not codes: every finding code has a plain title in both languages", () => {
  it.each(FINDING_CODES)("%s", (code) => {
    for (const language of ["sv", "en"] as const) {
      const title = findingTitle(code, language);
      expect(title).not.toBe(code);
      expect(title.trim().length).toBeGreaterThan(3);
      expect(title).not.toMatch(/[A-Z]{2,}_[A-Z]/);
    }
    expect(findingTitle(code, "sv")).not.toBe(findingTitle(code, "en"));
  });

  it("has titles for the codes other branches add (spec 10.30), ready when they are merged", () => {
    for (const code of ["NAME_NEAR_MATCH", "SAMPLE_DEVIATION", "SAMPLE_INCOMPLETE", "SAMPLE_CONCLUSION", "SAMPLE_INVALID", "RETROACTIVE_CHANGE", "ROW_REMOVED"]) {
      expect(findingTitle(code, "sv")).toBe(PENDING_FINDING_TITLES[code]!.sv);
      expect(findingTitle(code, "en")).toBe(PENDING_FINDING_TITLES[code]!.en);
    }
  });

  it("names OVER_CAP in words", () => {
    expect(FINDING_TITLES.OVER_CAP.sv).toBe("Över årstaket (ingen ersättning)");
    expect(findingTitle("NO_SUCH_CODE", "sv")).toBe("NO_SUCH_CODE");
  });
});
