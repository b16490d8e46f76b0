// Lets Excel pass error cells to the custom functions (spec 10.24). Excel passes an error value
// only to `any` and `any[][]` parameters, and only when the metadata's top-level
// `allowErrorForDataTypeAny` is true; custom-functions-metadata cannot emit that property (Microsoft:
// "can only be used with manually created JSON metadata"), so the build adds it here. Without it,
// one error cell in a table turns every function over the table into that error.
"use strict";

function allowErrorInputs(metadata) {
  const untyped = metadata.functions.flatMap((fn) =>
    fn.parameters.filter((parameter) => parameter.dimensionality === "matrix" && parameter.type !== "any").map((parameter) => `${fn.id}(${parameter.name})`),
  );
  // Errors reach only `any` parameters: a table parameter of another type would still fail whole.
  if (untyped.length > 0) throw new Error(`Table parameters must be any[][] to receive error cells: ${untyped.join(", ")}`);
  return { allowErrorForDataTypeAny: true, ...metadata };
}

module.exports = { allowErrorInputs };
