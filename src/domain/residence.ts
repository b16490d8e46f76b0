import type { Agreement } from "./agreement";
import type { Municipality } from "./records";

/** A resident lives in the agreement's municipality, by name or by SCB code (spec section 4). */
export function isResident(agreement: Agreement, home: Municipality | undefined): boolean {
  if (!home) return false;
  if (home.code !== undefined) return home.code === agreement.municipalityCode;
  return home.name === normaliseMunicipalityName(agreement.municipality);
}

/** Lower case, trimmed, without a trailing " kommun" (spec section 3). */
export function normaliseMunicipalityName(name: string): string {
  // Trimmed first: what is left after removing the whitespace and " kommun" ends in a letter.
  return name.trim().toLowerCase().replace(/\s+kommun$/, "");
}
