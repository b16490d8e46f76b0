/* global CustomFunctions */
import { FunctionInputError } from "./function-input-error";

/**
 * Runs a function body and turns a `FunctionInputError` into the Excel error a user sees, with its
 * message. Any other failure is a bug: it shows as #VALUE! with a generic message, never a stack.
 */
export function excelErrors<T>(body: () => T): T {
  try {
    return body();
  } catch (error) {
    if (error instanceof FunctionInputError) {
      // Only #VALUE! and #N/A carry a message to the cell (CustomFunctions.ErrorCode: "a custom
      // error message can't be used" with #NUM!), so a bad number shows as #VALUE! with its reason.
      const code = error.kind === "notAvailable" ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
      throw new CustomFunctions.Error(code, error.message);
    }
    throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, "Resultatrevision could not compute this; check the tables passed.");
  }
}
