/** A text with its `{name}` placeholders filled in from `values` (missing ones left empty). */
export function fillIn(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ""));
}
