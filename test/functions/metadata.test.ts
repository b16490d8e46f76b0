import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as path from "node:path";
import * as functions from "../../src/functions/functions";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { localizeFunctionsMetadata } = require("../../scripts/localize-functions-metadata.js");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { allowErrorInputs } = require("../../scripts/allow-error-inputs.js");

const SOURCE = path.join(__dirname, "..", "..", "src", "functions", "functions.ts");
const IDS = ["QUALIFIES", "AGREEMENTYEAR", "ORGNRVALID", "PAYOUT", "INCENTIVE", "COSTPERRESIDENT", "COSTPERJOB", "SHARE", "RETENTION", "EXITSTATUS", "PAYOUTUNDER"];

describe("custom-functions metadata", () => {
  let metadata: { functions: { id: string; name: string; description: string; parameters: { name: string; description: string; optional?: boolean }[] }[] };

  beforeAll(async () => {
    const result = await generateCustomFunctionsMetadata([SOURCE], true);
    expect(result.errors).toEqual([]);
    metadata = JSON.parse(result.metadataJson);
  }, 60_000);

  it("declares every function from the JSDoc, each bound to an exported function", () => {
    expect(metadata.functions.map((fn) => fn.id)).toEqual(IDS);
    for (const fn of metadata.functions) {
      expect(fn.description.length).toBeGreaterThan(10);
      expect(fn.parameters.every((parameter) => parameter.description)).toBe(true);
    }
    expect(Object.keys(functions).sort()).toEqual(["agreementYear", "costPerJob", "costPerResident", "exitStatus", "incentive", "orgnrValid", "payout", "payoutUnder", "qualifies", "retention", "share"]);
  });

  it("has a Swedish file with Swedish names and the same ids", () => {
    const swedish = localizeFunctionsMetadata(metadata);
    expect(swedish.functions.map((fn: { id: string }) => fn.id)).toEqual(IDS);
    const names = swedish.functions.map((fn: { name: string }) => fn.name);
    expect(names).toEqual(["KVALIFICERAR", "AVTALSAR", "ORGNRGILTIGT", "UTBETALNING", "RESULTATERSATTNING", "KOSTNADPERBOENDE", "KOSTNADPERJOBB", "ANDEL", "KVARSTAR", "UTTRADESSTATUS", "UTBETALNINGENLIGT"]);
    expect(swedish.functions[0].parameters.map((parameter: { type: string }) => parameter.type)).toEqual(metadata.functions[0]!.parameters.map((parameter: any) => parameter.type));
    expect(JSON.stringify(swedish)).toMatch(/Tabellen Anställningar/);
  });

  it("lets error cells reach every table parameter: allowErrorForDataTypeAny, and each table parameter any[][]", () => {
    const completed = allowErrorInputs(metadata);
    expect(completed.allowErrorForDataTypeAny).toBe(true);
    const tables = completed.functions.flatMap((fn: any) => fn.parameters.filter((parameter: any) => ["hires", "companies", "agreement"].includes(parameter.name)));
    expect(tables.length).toBe(23);
    for (const parameter of tables) expect(parameter).toMatchObject({ type: "any", dimensionality: "matrix" });
    // A table parameter of another type would never see its error cells: the build refuses it.
    const typed = { ...metadata, functions: [{ ...metadata.functions[3], parameters: [{ name: "hires", type: "number", dimensionality: "matrix" }] }] };
    expect(() => allowErrorInputs(typed)).toThrow(/PAYOUT\(hires\)/);
  });

  it("gives every date-dependent function an optional report date, last", () => {
    for (const fn of metadata.functions.filter((candidate) => candidate.id !== "ORGNRVALID")) {
      const last = fn.parameters[fn.parameters.length - 1]!;
      expect([fn.id, last.name, last.optional]).toEqual([fn.id, "reportDate", true]);
    }
  });
});
