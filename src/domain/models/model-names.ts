import type { Language } from "../number-format";
import type { ModelName } from "./model-pricing";

const NAMES: Record<ModelName, { sv: string; en: string }> = {
  own: { sv: "Arbetsbokens avtal", en: "The workbook's agreement" },
  botkyrka: { sv: "Botkyrka (förslaget)", en: "Botkyrka (the proposal)" },
  helsingborg: { sv: "Helsingborg (resultatersättning)", en: "Helsingborg (incentives)" },
  malmo: { sv: "Malmö (fast bidrag)", en: "Malmö (fixed grant)" },
};

/** A payment model's name as a board reads it. */
export function modelName(model: ModelName, language: Language): string {
  return NAMES[model][language];
}
