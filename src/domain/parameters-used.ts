import type { Agreement } from "./agreement";
import { AGREEMENT_PARAMETERS, isParameterKey, KIND_SCHEMAS, PARAMETER_KEYS, type ParameterKey } from "./agreement-parameters";
import { isoDay, type Day } from "./day";
import type { Place } from "./finding";
import type { PresetName } from "./presets";
import type { AgreementEntry } from "./resolve-agreement";

/** One agreement parameter as the audit applied it, and where its value came from (spec 10.31). */
export interface ParameterUsed {
  readonly key: ParameterKey;
  /** The value as the `Avtal` sheet would hold it (`2018-01-01`, `1;3`, `0.25`); empty when unset. */
  readonly value: string;
  readonly source: "Avtal" | "preset";
  /** The preset the value came from, or the one the `Avtal` value overrides. */
  readonly preset: PresetName;
  /** The `Värde` cell, when the value came from `Avtal`. */
  readonly place?: Place;
}

/**
 * Every parameter's applied value with its source (spec 10.31): `Avtal` with its cell when the
 * last valid row of the key gave the value the audit used, else the preset. Derived from the
 * entries `resolveAgreement` read, without changing how it resolves them.
 */
export function parametersUsed(agreement: Agreement, preset: PresetName, entries: readonly AgreementEntry[]): readonly ParameterUsed[] {
  const fromSheet = new Map<ParameterKey, { value: string; place: Place }>();
  for (const entry of entries) {
    const key = entry.key.trim().toLowerCase();
    if (!isParameterKey(key) || entry.value === undefined) continue;
    const parsed = KIND_SCHEMAS[AGREEMENT_PARAMETERS[key].kind].safeParse(entry.value);
    if (parsed.success) fromSheet.set(key, { value: shown(key, parsed.data), place: entry.valuePlace });
  }
  return PARAMETER_KEYS.map((key) => {
    const value = shown(key, agreement[fieldOf(key)]);
    const sheet = fromSheet.get(key);
    // A cross-check may have put the preset's value back (spec 10.2): then the preset is the source.
    return sheet && sheet.value === value ? { key, value, source: "Avtal", preset, place: sheet.place } : { key, value, source: "preset", preset };
  });
}

/** `start_date` → `startDate`: the agreement's fields are the keys in camel case. */
function fieldOf(key: ParameterKey): keyof Agreement {
  return key.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase()) as keyof Agreement;
}

function shown(key: ParameterKey, value: unknown): string {
  if (value === undefined || value === null) return "";
  if (AGREEMENT_PARAMETERS[key].kind === "date") return isoDay(value as Day);
  if (Array.isArray(value)) return value.join(";");
  return String(value);
}
