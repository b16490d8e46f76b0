import type { Agreement } from "./agreement";
import { PARAMETER_KEYS, type ParameterKey } from "./agreement-parameters";
import type { Place } from "./finding";

/**
 * Where a parameter's value in use came from (spec 10.31): the preset, a cell of the `Avtal`
 * sheet, or, for the report date only, the audit's own option (`--report-date`, the task pane's or
 * the browser page's field) or today's date.
 */
export type ParameterSource = "preset" | "Avtal" | "option" | "today";

/** One agreement parameter as the audit used it. */
export interface ParameterUse {
  readonly key: ParameterKey;
  /** The value in use, as the agreement holds it (dates as days); `undefined` when there is none. */
  readonly value: Agreement[keyof Agreement];
  readonly source: ParameterSource;
  /** The `Värde` cell, when the source is `Avtal`. */
  readonly place?: Place;
}

/** The agreement field that holds a parameter: `incentive_share` is `incentiveShare`. */
export function agreementField(key: ParameterKey): keyof Agreement {
  return key.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase()) as keyof Agreement;
}

/**
 * Every parameter's value in use and where it came from, in the order of spec section 2. The
 * report date is the one the audit ran as of (spec 10.1), which an option may have set.
 */
export function parametersUsed(
  agreement: Agreement,
  fromAvtal: ReadonlyMap<ParameterKey, Place>,
  reportDate: { readonly value: number; readonly source: ParameterSource },
): readonly ParameterUse[] {
  return PARAMETER_KEYS.map((key): ParameterUse => {
    if (key === "report_date") {
      return { key, value: reportDate.value as Agreement["reportDate"], source: reportDate.source, ...(reportDate.source === "Avtal" ? { place: fromAvtal.get(key) } : {}) };
    }
    const place = fromAvtal.get(key);
    return { key, value: agreement[agreementField(key)], source: place ? "Avtal" : "preset", ...(place ? { place } : {}) };
  });
}

