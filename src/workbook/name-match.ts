import { headerKey } from "./header-key";

/** How far apart two names may be for one to be offered as "did you mean" the other (spec 10.27). */
const SUGGESTION_DISTANCE = 3;

/**
 * The looser form of a sheet name or header (spec 10.27): without a trailing bracketed note
 * (`Startdatum (ÅÅÅÅ-MM-DD)`), with diacritics folded (`Anstallningar`), then compared like a
 * header (case, spaces, dots and hyphens ignored).
 */
export function nearKey(text: string): string {
  const withoutNote = text.replace(/\s*[([][^()[\]]*[)\]]\s*$/, "");
  return headerKey(fold(withoutNote.trim() === "" ? text : withoutNote));
}

function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "");
}

/** How a name was matched: exactly, or only in its looser form (then `NAME_NEAR_MATCH`). */
export type NameMatch<T> = { readonly target: T; readonly near: boolean };

/**
 * Finds what a name stands for among the known names: an exact match (in header-key form) always
 * wins; otherwise a match of the looser forms (spec 10.27).
 */
export function matchName<T>(name: string, known: ReadonlyMap<string, T>, nearKnown: ReadonlyMap<string, T>): NameMatch<T> | undefined {
  const exact = known.get(headerKey(name));
  if (exact !== undefined) return { target: exact, near: false };
  const near = nearKnown.get(nearKey(name));
  return near === undefined ? undefined : { target: near, near: true };
}

/** The known names of each target in both forms, for `matchName`. */
export function nameIndex<T>(entries: Iterable<readonly [string, T]>): { known: Map<string, T>; nearKnown: Map<string, T> } {
  const known = new Map<string, T>();
  const nearKnown = new Map<string, T>();
  for (const [name, target] of entries) {
    if (!known.has(headerKey(name))) known.set(headerKey(name), target);
    if (!nearKnown.has(nearKey(name))) nearKnown.set(nearKey(name), target);
  }
  return { known, nearKnown };
}

/**
 * The candidates closest to any of the wanted names, at an edit distance of at most 3 between
 * their looser forms (spec 10.27: "did you mean"), in the order given; empty when none is that close.
 */
export function closestNames(wanted: readonly string[], candidates: readonly string[]): string[] {
  const keys = wanted.map(nearKey);
  let best = SUGGESTION_DISTANCE + 1;
  let found: string[] = [];
  for (const candidate of candidates) {
    const key = nearKey(candidate);
    if (!key) continue;
    const distance = Math.min(...keys.map((wantedKey) => editDistance(wantedKey, key, best)));
    if (distance > SUGGESTION_DISTANCE) continue;
    if (distance < best) [best, found] = [distance, [candidate]];
    else if (distance === best && !found.includes(candidate)) found.push(candidate);
  }
  return found;
}

/** Levenshtein distance, giving up (returning `limit`) once it cannot stay below `limit`. */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      rowMin = Math.min(rowMin, current[j]!);
    }
    if (rowMin >= limit) return limit;
    previous = current;
  }
  return Math.min(previous[b.length]!, limit);
}
