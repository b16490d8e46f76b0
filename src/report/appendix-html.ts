import { parameterSourceText, parameterValueText } from "../workbook/parameter-text";
import type { AuditResult } from "../domain/audit";
import { AGREEMENT_PARAMETERS } from "../domain/agreement-parameters";
import type { Language } from "../domain/number-format";
import { sheetCell } from "../workbook/a1";
import type { MethodAppendix } from "./method-appendix";
import { escapeXml as esc } from "./svg-chart";

const T = {
  sv: {
    agreement: "Bilaga A. Avtalet som granskningen använde", parameter: "Parameter", meaning: "Betydelse", value: "Värde", source: "Källa", preset: (name: string) => `förinställning ${name}`,
    method: "Bilaga B. Metod", checked: "Granskat", asOf: "Per datum", rules: "Regler", assumptions: "Antaganden (specifikationens antagandevärden)", input: "Indatafilens SHA-256", tool: "Verktyg", extraMethod: "Metod", extraResult: "Resultat",
  },
  en: {
    agreement: "Appendix A. The agreement the audit used", parameter: "Parameter", meaning: "Meaning", value: "Value", source: "Source", preset: (name: string) => `preset ${name}`,
    method: "Appendix B. Method", checked: "Checked", asOf: "As of", rules: "Rules", assumptions: "Assumptions (the specification's assumption values)", input: "Input file's SHA-256", tool: "Tool", extraMethod: "Method", extraResult: "Result",
  },
} as const;

/** Appendix A (spec 10.31): every parameter, its value, and whether it came from the preset or an `Avtal` cell. */
export function agreementAppendixHtml(result: AuditResult, language: Language): string {
  const t = T[language];
  const rows = result.parameters.map((parameter) => `<tr data-key="${parameter.key}" data-source="${parameter.source}"><th scope="row"><code>${parameter.key}</code></th><td>${esc(AGREEMENT_PARAMETERS[parameter.key][language])}</td>` +
    `<td>${esc(parameterValueText(parameter, language) || "–")}</td><td>${esc(parameterSourceText(parameter, result.preset, language))}</td></tr>`).join("");
  return `<section class="appendix" id="bilaga-avtal"><h2>${t.agreement}</h2><table class="parameters"><thead><tr>${[t.parameter, t.meaning, t.value, t.source].map((text) => `<th scope="col">${text}</th>`).join("")}</tr></thead><tbody>${rows}</tbody></table></section>`;
}

/** Appendix B: what was checked, as of when, the rules, the assumptions, the input's hash and the tool; then any sample or comparison. */
export function methodAppendixHtml(method: MethodAppendix, language: Language): string {
  const t = T[language];
  const assumptions = method.assumptions.map((line) => `<tr><th scope="row"><code>${line.key}</code></th><td>${esc(line.value)}</td><td>${esc(line.source)}</td><td>${esc(line.note)}</td></tr>`).join("");
  const extras = method.extras.map((extra) => `<h3>${esc(extra.title)}</h3><dl><dt>${t.extraMethod}</dt><dd>${esc(extra.method)}</dd><dt>${t.extraResult}</dt><dd>${esc(extra.result)}</dd></dl>`).join("");
  return `<section class="appendix" id="bilaga-metod"><h2>${t.method}</h2><dl>` +
    `<dt>${t.checked}</dt><dd>${esc(method.checked)}</dd><dt>${t.asOf}</dt><dd>${esc(method.asOf)}</dd>` +
    `<dt>${t.rules}</dt><dd><ul>${method.rules.map((rule) => `<li>${esc(rule)}</li>`).join("")}</ul></dd>` +
    `<dt>${t.input}</dt><dd class="sha">${esc(method.sha256)}</dd><dt>${t.tool}</dt><dd>${esc(method.tool)}</dd></dl>` +
    `<h3>${t.assumptions}</h3><table class="parameters"><tbody>${assumptions}</tbody></table>${extras}</section>`;
}
