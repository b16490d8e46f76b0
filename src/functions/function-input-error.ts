/** Which Excel error a formula shows for bad input. */
export type ExcelErrorKind = "value" | "notAvailable" | "number";

/**
 * Bad input to a custom function: shown in the cell as `#VALUE!` or `#N/A` with this message
 * (never a silent 0). A bad number ("number") also shows as `#VALUE!`: Excel drops the message of
 * a `#NUM!`, and the message is what tells the user which year exists. Thrown by the function bodies, turned into `CustomFunctions.Error`
 * only at the edge (`to-excel-error.ts`).
 */
export class FunctionInputError extends Error {
  constructor(
    readonly kind: ExcelErrorKind,
    message: string,
  ) {
    super(message);
    this.name = "FunctionInputError";
  }
}
