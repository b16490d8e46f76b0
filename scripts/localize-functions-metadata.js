// Makes the Swedish custom-functions metadata (functions-sv-SE.json) from the generated English
// one: names, descriptions and parameter descriptions from src/functions/swedish-names.json; ids,
// types and everything else unchanged, so one function answers to both names.
"use strict";
const swedish = require("../src/functions/swedish-names.json");

function localizeFunctionsMetadata(metadata) {
  return {
    ...metadata,
    functions: metadata.functions.map((fn) => {
      const sv = swedish[fn.id];
      if (!sv) throw new Error(`No Swedish name for custom function ${fn.id} in src/functions/swedish-names.json`);
      return {
        ...fn,
        name: sv.name,
        description: sv.description,
        parameters: fn.parameters.map((parameter) => {
          const description = sv.parameters[parameter.name];
          if (!description) throw new Error(`No Swedish description for ${fn.id}(${parameter.name})`);
          return { ...parameter, description };
        }),
      };
    }),
  };
}

module.exports = { localizeFunctionsMetadata };
