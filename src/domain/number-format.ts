/** The two languages every message and report exists in. */
export type Language = "sv" | "en";

const GROUPED = { sv: new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 2 }), en: new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 }) };

const SEPARATOR = { sv: "\u00a0", en: "," };

/** A count or figure in the reader's language: `1 250 000` or `1,250,000`. */
export function formatNumber(value: number, language: Language): string {
  // Whole numbers are most of what messages show; grouping them by hand is far faster than Intl.
  if (Number.isSafeInteger(value)) {
    const digits = String(Math.abs(value));
    let grouped = digits.slice(0, digits.length % 3 || 3);
    for (let i = grouped.length; i < digits.length; i += 3) grouped += SEPARATOR[language] + digits.slice(i, i + 3);
    return value < 0 ? `-${grouped}` : grouped;
  }
  return GROUPED[language].format(value).replace(/\u2212/g, "-");
}

/** Whole kronor: `1 250 000 kr` or `SEK 1,250,000`. */
export function formatKronor(value: number, language: Language): string {
  return language === "sv" ? `${formatNumber(value, "sv")} kr` : `SEK ${formatNumber(value, "en")}`;
}

/** A fraction as a percentage with at most one decimal: `72,2 %` or `72.2%`. */
export function formatShare(value: number | null | undefined, language: Language): string {
  if (value === null || value === undefined) return "–";
  const percent = GROUPED[language].format(Math.round(value * 1000) / 10);
  return language === "sv" ? `${percent} %` : `${percent}%`;
}
