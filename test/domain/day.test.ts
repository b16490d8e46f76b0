import fc from "fast-check";
import { addMonths, dayFromYmd, isoDay, parseIsoDay, ymdOf, type Day } from "../../src/domain/day";

describe("days by integer arithmetic", () => {
  it("agree with the JavaScript Date in UTC over the years 1..9999", () => {
    fc.assert(
      fc.property(fc.integer({ min: -719162, max: 2932896 }), (n) => {
        const date = new Date(n * 864e5);
        const expected = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
        expect(ymdOf(n as Day)).toEqual(expected);
        expect(dayFromYmd(expected.year, expected.month, expected.day)).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

  it("has no day outside the years 1..9999, the months 1..12 or a month's days (spec section 3)", () => {
    expect([dayFromYmd(1, 1, 1), dayFromYmd(9999, 12, 31)].map((day) => isoDay(day!))).toEqual(["0001-01-01", "9999-12-31"]);
    for (const [year, month, day] of [[0, 1, 1], [10_000, 1, 1], [2019, 0, 1], [2019, 13, 1], [2019, 1, 0], [2019, 2, 29], [2019, 1, 1.5]]) {
      expect(dayFromYmd(year!, month!, day!)).toBeUndefined();
    }
  });

  it("round-trips ISO text and keeps the epoch at 0", () => {
    expect(parseIsoDay("1970-01-01")).toBe(0);
    expect(isoDay(parseIsoDay("2000-02-29")!)).toBe("2000-02-29");
    expect(parseIsoDay("1900-02-29")).toBeUndefined();
    for (const text of ["2019-01-01x", "x2019-01-01", "2019-1-01", "2019-01-01 "]) expect(parseIsoDay(text)).toBeUndefined();
    expect(isoDay(addMonths(parseIsoDay("2019-12-31")!, 2))).toBe("2020-02-29");
  });
});
