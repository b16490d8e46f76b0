/**
 * Text as XML character data or an attribute value: the five markup characters escaped, and the
 * characters XML 1.0 cannot hold (control characters) written as SpreadsheetML's `_xHHHH_`
 * (ECMA-376 Part 1, 22.9.2.19), with a literal `_x` escaped as `_x005F_` so it reads back as written.
 */
export function xmlText(text: string): string {
  // Most texts hold nothing to escape: one scan, no copy (a report sheet holds ~10^6 of them).
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1")
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, (char) => `_x${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

const NEEDS_ESCAPE = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|_x[0-9A-Fa-f]{4}_/;
