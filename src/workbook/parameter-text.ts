import { AGREEMENT_PARAMETERS } from "../domain/agreement-parameters";
import { type Day, isoDay } from "../domain/day";
import { formatKronor, formatNumber, formatShare, type Language } from "../domain/number-format";
import type { ParameterUse } from "../domain/parameters-used";
import { maskPersonnummer } from "../domain/personnummer";
import type { PresetName } from "../domain/presets";
import { sheetCell } from "./a1";

const WORDS = {
  sv: { yes: "Ja", no: "Nej", evenSplit: "jämnt fördelat", none: "inga", preset: "förinställning", option: "vald för granskningen", today: "dagens datum" },
  en: { yes: "Yes", no: "No", evenSplit: "even split", none: "none", preset: "preset", option: "chosen for the audit", today: "today's date" },
} as const;

/** A parameter's value as a reader writes it: `2,0 %`, `5 000 000 kr`, `2018-01-01`, `1;3` (spec 10.31). */
export function parameterValueText(use: ParameterUse, language: Language): string {
  const words = WORDS[language];
  const value = use.value;
  const kind = AGREEMENT_PARAMETERS[use.key].kind;
  if (value === undefined) return kind === "targets" ? words.evenSplit : "–";
  switch (kind) {
    case "date":
      return isoDay(value as Day);
    case "share":
      return formatShare(value as number, language);
    case "amount":
      return formatKronor(value as number, language);
    case "whole":
    case "positiveWhole":
    case "factor":
      return formatNumber(value as number, language);
    case "bool":
      return value ? words.yes : words.no;
    case "targets":
    case "checkpoints": {
      const list = value as readonly number[];
      return list.length ? list.map((item) => formatNumber(item, language)).join(";") : words.none;
    }
    default:
      // A municipality name is the workbook's own text: never echo a personnummer (spec section 8).
      return maskPersonnummer(String(value));
  }
}

/** Where the value came from: `förinställning botkyrka`, `Avtal!B8`, `vald för granskningen`. */
export function parameterSourceText(use: ParameterUse, preset: PresetName, language: Language): string {
  const words = WORDS[language];
  switch (use.source) {
    case "Avtal":
      return use.place ? sheetCell(use.place) : "Avtal";
    case "option":
      return words.option;
    case "today":
      return words.today;
    default:
      return `${words.preset} ${preset}`;
  }
}
