import { codesOfFollowUp, compared, CURRENT_DATE, PREVIOUS_DATE, submission } from "../../helpers/compare-pair";

// Following an earlier finding up across two submissions (spec 12): an Avtal finding by its
// parameter's name, wherever its row moved; a finding on a sheet the comparison does not relate
// by its row and column.
const previous = (build = {}) => submission(build, PREVIOUS_DATE);
const current = (build = {}) => submission(build, CURRENT_DATE);

describe("following Avtal findings up (spec 12)", () => {
  it("the same bad parameter on another row is still open; a parameter put right is resolved", () => {
    const before = compared(previous({ agreement: [["incentive_share", "mycket"], ["hire_cap_per_year", "många"]] }), current({ agreement: [["hire_cap_per_year", 5], ["incentive_share", "mycket"]] }));
    expect(codesOfFollowUp(before.followUp.open)).toEqual(["AGREEMENT_INVALID"]);
    expect(before.followUp.open[0]!.params.key).toBe("incentive_share");
    expect(codesOfFollowUp(before.followUp.resolved)).toEqual(["AGREEMENT_INVALID"]);
    expect(before.followUp.resolved[0]!.params.key).toBe("hire_cap_per_year");
    expect(codesOfFollowUp(before.followUp.new)).toEqual([]);
  });

  it("a bad parameter that is new is new, though another parameter stood on its row before", () => {
    const result = compared(previous({ agreement: [["hire_cap_per_year", 5]] }), current({ agreement: [["incentive_share", "mycket"]] }));
    expect(codesOfFollowUp(result.followUp.new)).toEqual(["AGREEMENT_INVALID"]);
    expect(codesOfFollowUp(result.followUp.resolved)).toEqual([]);
  });
});
