/** The two languages every message and report exists in. */
export type Language = "sv" | "en";

/**
 * Numbers as a Swedish finance officer writes them (issue 10), in one place for every output:
 * counts grouped by a no-break space (`1 613`, as Swedish Excel shows `# ##0`), shares with one
 * decimal everywhere (`56,0 %`), whole kronor (`1 250 000 kr`), targets and projections whole
 * unless their fraction is the point (then one decimal: `333,3`). English uses `1,613`, `56.0%`,
 * `SEK 1,250,000`.
 */
const GROUPED = { sv: new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 2 }), en: new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 }) };
const ONE_DECIMAL = { sv: new Intl.NumberFormat("sv-SE", { minimumFractionDigits: 1, maximumFractionDigits: 1 }), en: new Intl.NumberFormat("en-GB", { minimumFractionDigits: 1, maximumFractionDigits: 1 }) };

const SEPARATOR = { sv: "\u00a0", en: "," };

/** A count or figure in the reader's language: `1 250 000` or `1,250,000` (at most two decimals). */
export function formatNumber(value: number, language: Language): string {
  // Whole numbers are most of what messages show; grouping them by hand is far faster than Intl,
  // and gives what Intl gives (its minus sign made plain as below). Without the shortcut every
  // result is the same: the emptied block is marked, "false" left counted (marking it would hide
  // the killable "true").
  // Stryker disable next-line BlockStatement: equivalent, as said above.
  if (Number.isSafeInteger(value)) {
    const digits = String(Math.abs(value));
    let grouped = digits.slice(0, digits.length % 3 || 3);
    for (let i = grouped.length; i < digits.length; i += 3) grouped += SEPARATOR[language] + digits.slice(i, i + 3);
    return value < 0 ? `-${grouped}` : grouped;
  }
  return plainMinus(GROUPED[language].format(value));
}

/** A figure rounded to whole units (a projection of jobs): `16`. */
export function formatWhole(value: number, language: Language): string {
  return formatNumber(Math.round(value), language);
}

/**
 * A target or threshold: whole when it is whole (`200`), else with one decimal (`333,3`), because
 * then the fraction is the point (spec 10.3 keeps an even split exact).
 */
export function formatTarget(value: number, language: Language): string {
  // Rounded to tenths, formatNumber shows a whole value whole and any other with its one decimal.
  return formatNumber(Math.round(value * 10) / 10, language);
}

/** Whole kronor: `1 250 000 kr` or `SEK 1,250,000`. */
export function formatKronor(value: number, language: Language): string {
  return language === "sv" ? `${formatNumber(Math.round(value), "sv")} kr` : `SEK ${formatNumber(Math.round(value), "en")}`;
}

/** A fraction as a percentage with exactly one decimal: `56,0 %` or `56.0%`; `–` when there is none. */
export function formatShare(value: number | null | undefined, language: Language): string {
  if (value === null || value === undefined) return "–";
  const percent = plainMinus(ONE_DECIMAL[language].format(Math.round(value * 1000) / 10));
  return language === "sv" ? `${percent} %` : `${percent}%`;
}

/** What an output shows for a figure that cannot be known (spec 10.29). */
export function unknownText(language: Language): string {
  return language === "sv" ? "okänt" : "unknown";
}

function plainMinus(text: string): string {
  return text.replace(/\u2212/g, "-");
}
