import { maskPersonnummer, SIX_DIGITS } from "./personnummer";

/**
 * Characters that change how a terminal (or a text viewer) shows what follows, rather than being
 * shown: the C0 controls but tab and line feed, DEL, the C1 controls (U+009B is an 8-bit escape
 * sequence opener), the bidirectional overrides and isolates, and the line and paragraph separators.
 * A workbook can hold any of them (`_x001B_` in a cell is an ESC).
 */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b\u200e\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** Characters that show as nothing: between digits they could hide a personnummer from the mask. */
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/**
 * What makes a text need the gate: a character of `INVISIBLE` (which holds every one of `CONTROL`),
 * or what `maskPersonnummer` looks for first. Without either, `gate` returns every part of the text
 * as it is, so the text passes untouched: "Jobbet A000001" (six digits, no personnummer) stays cheap.
 */
// A gate that every text needs gives the same texts, only slower: an emptied pattern is equivalent.
// Stryker disable next-line StringLiteral: equivalent, as said above.
const NEEDS_GATE = new RegExp(`${SIX_DIGITS.source}|${INVISIBLE.source}`);

/**
 * A SHA-256 in hex, as the outputs show the input's digest: the program computed it, it is no
 * personal data, and a run of its digits must not be masked as if it were a personnummer.
 */
const DIGEST = /(?<![0-9a-f])[0-9a-f]{64}(?![0-9a-f])/g;

/**
 * The one gate every string passes on its way out of the program (stdout, stderr, the JSON, the
 * board report, the report sheets' own cells, the browser page): a personnummer is masked in every
 * form (spec section 8, 10.19, 10.25) and a control character is written as its visible escape
 * (`\u001B`), never raw, so a workbook cannot repaint the auditor's terminal. Tab and line feed
 * stay: they are how the outputs themselves are laid out. The same text in gives the same text
 * out, and showing a shown text again changes nothing.
 */
export function shownText(text: string): string {
  // Most texts hold nothing a personnummer starts with and no control or invisible character:
  // they pass as they are, which keeps a 100,000-row audit's outputs fast. (Gating them too gives
  // the same text: "false" is an equivalent mutant, left counted beside the killable "true".)
  if (!NEEDS_GATE.test(text)) return text;
  let shown = "";
  let from = 0;
  for (const digest of text.matchAll(DIGEST)) {
    shown += gate(text.slice(from, digest.index)) + digest[0];
    from = digest.index + digest[0].length;
  }
  return shown + gate(text.slice(from));
}

function gate(text: string): string {
  // `850709\u200B-9805` shows as a personnummer: read without its invisible characters, it is one.
  // Only then are the invisible characters dropped; otherwise they are shown. (`bare !== text`
  // only spares masking twice a text without them: its "true" is an equivalent mutant, left counted.)
  const bare = text.replace(INVISIBLE, "");
  const masked = maskPersonnummer(bare !== text && maskPersonnummer(text).replace(INVISIBLE, "") !== maskPersonnummer(bare) ? bare : text);
  return masked.replace(CONTROL, (char) => `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`);
}

/** Every string in a JSON-like value passed through `shownText`; numbers, booleans and null unchanged. */
export function shownValues<T>(value: T): T {
  if (typeof value === "string") return shownText(value) as T;
  if (Array.isArray(value)) return value.map(shownValues) as T;
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [shownText(key), shownValues(item)])) as T;
  }
  return value;
}
