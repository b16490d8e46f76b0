/** Which Excel error a formula shows for bad input. */
export type ExcelErrorKind = "value" | "notAvailable" | "number";

/**
 * Bad input to a custom function: shown in the cell as `#VALUE!`, `#N/A` or `#NUM!` with this
 * message (never a silent 0). Thrown by the function bodies, turned into `CustomFunctions.Error`
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
