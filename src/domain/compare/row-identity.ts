import { type Day, isoDay } from "../day";
import type { Claim, Company, Cost, Hire, Investment, ProBono, SourceRow, SourceTable } from "../records";
import type { WorkbookContent } from "../workbook-content";

/** The result sheets a comparison relates row by row (spec 12), by what they hold, not their names. */
export type ComparedSheet = "hires" | "companies" | "investments" | "proBono" | "costs" | "claims";

export const COMPARED_SHEETS: readonly ComparedSheet[] = ["hires", "companies", "investments", "proBono", "costs", "claims"];

/** Any row of a result sheet: the comparison handles them alike, by field name. */
export type AnyRecord = Partial<Hire & Company & Investment & ProBono & Cost & Claim>;
export type AnyTable = SourceTable<AnyRecord>;
export type AnyRow = SourceRow<AnyRecord>;

/**
 * The fields that name a row (spec 12): `Anställningar` by Anställnings-ID, `Företag` by Org.nr,
 * `Redovisning` by Avtalsår, `Kostnader` by Avtalsår and Kostnadsslag. `Investeringar` and
 * `Pro bono` have no identity of their own: a row is all its values (a multiset).
 */
export const IDENTITY_FIELDS: Readonly<Record<ComparedSheet, readonly (keyof AnyRecord)[] | undefined>> = {
  hires: ["hireId"],
  companies: ["orgnr"],
  claims: ["agreementYear"],
  costs: ["agreementYear", "category"],
  investments: undefined,
  proBono: undefined,
};

/** The field whose cell stands for the whole row (an added row's finding sits there). */
export const ROW_CELL_FIELD: Readonly<Record<ComparedSheet, keyof AnyRecord>> = {
  hires: "hireId",
  companies: "orgnr",
  claims: "agreementYear",
  costs: "agreementYear",
  investments: "amountSek",
  proBono: "valueSek",
};

/** A sheet's table in a workbook, if it was read (spec 10.6: a sheet without a required column is not). */
export function tableOf(content: WorkbookContent, sheet: ComparedSheet): AnyTable | undefined {
  return content[sheet] as AnyTable | undefined;
}

/**
 * A value as read, as a string that is equal exactly when the values are: a date is its day
 * number however it was typed, a municipality its code and name.
 */
export function valueKey(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "object") {
    const fields = value as Record<string, unknown>;
    // Names sorted as plain strings (the default sort), so the order they were made in does not count.
    const names = Object.keys(fields).filter((name) => fields[name] !== undefined).sort();
    return names.map((name) => `${name}:${String(fields[name])}`).join(",");
  }
  return `${typeof value === "string" ? "s" : typeof value === "number" ? "n" : "b"}${String(value)}`;
}

function allValuesKey(fields: AnyRecord): string {
  return Object.keys(fields)
    .sort()
    .map((name) => `${name}=${valueKey(fields[name as keyof AnyRecord])}`)
    .join("\u0001");
}

/**
 * The identity of each row of a table: its identity fields' values, or (for the multiset sheets,
 * or a row whose identity could not be read) all its values; a repeated identity gets a count
 * (2, 3, …) so each row has its own key. One pass, one map; a second map only for repeats.
 */
export function rowKeys(sheet: ComparedSheet, table: AnyTable | undefined): Map<string, AnyRow> {
  const keyed = new Map<string, AnyRow>();
  if (!table) return keyed;
  const identity = IDENTITY_FIELDS[sheet];
  let repeats: Map<string, number> | undefined;
  for (const row of table.rows) {
    const own = identityKey(identity, row.fields);
    if (!keyed.has(own)) {
      keyed.set(own, row);
      continue;
    }
    repeats ??= new Map();
    const count = (repeats.get(own) ?? 1) + 1;
    repeats.set(own, count);
    keyed.set(`${own}\u0002${count}`, row);
  }
  return keyed;
}

function identityKey(identity: readonly (keyof AnyRecord)[] | undefined, fields: AnyRecord): string {
  if (identity?.length === 1) {
    // The common case (Anställnings-ID, Org.nr): one value's key, nothing joined.
    const value = fields[identity[0]!];
    if (value !== undefined) return `=${valueKey(value)}`;
  } else if (identity && identity.every((field) => fields[field] !== undefined)) {
    return `=${identity.map((field) => valueKey(fields[field])).join("\u0001")}`;
  }
  return `~${allValuesKey(fields)}`;
}

/**
 * How a row's identity reads for people: the identity values, or all values for a multiset row.
 * Only the cells that hold a value: a row read from a sheet has every column's field, the empty
 * ones undefined, which showed as empty slots (`" /  / 2018-06-01 / 1500 / "`).
 */
export function shownKey(sheet: ComparedSheet, row: AnyRow): string {
  const identity = IDENTITY_FIELDS[sheet];
  const fields = identity && identity.every((field) => row.fields[field] !== undefined)
    ? identity
    : (Object.keys(row.fields) as (keyof AnyRecord)[]).filter((field) => row.fields[field] !== undefined);
  return fields.map((field) => neutralValue(field, row.fields[field])).join(" / ");
}

/** Fields that hold a day number. */
export const DAY_FIELDS: ReadonlySet<string> = new Set(["startDate", "endDate", "supportStart", "supportEnd", "date"]);

/** What kind of value a field holds, so messages can show it in the reader's language. */
export type ValueKind = "date" | "rate" | "bool" | "number" | "text";

export function valueKind(field: string, value: unknown): ValueKind {
  if (DAY_FIELDS.has(field)) return "date";
  if (field === "rate") return "rate";
  if (typeof value === "boolean") return "bool";
  if (typeof value === "number") return "number";
  return "text";
}

/** A value as read, in a language-neutral form: dates `YYYY-MM-DD`, a municipality its code or name. */
export function neutralValue(field: string, value: unknown): string {
  if (value === undefined || value === null) return "";
  // A date field holds a day or nothing: the reader leaves a date it cannot read undefined.
  if (DAY_FIELDS.has(field)) return isoDay(value as Day);
  if (typeof value === "object") {
    const municipality = value as { code?: string; name?: string };
    return municipality.code ?? municipality.name ?? "";
  }
  return String(value);
}
