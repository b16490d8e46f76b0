import { realpathSync } from "node:fs";
import * as path from "node:path";
import { CliUsageError } from "./cli-usage-error";

/** The path as the file system sees it (following links), or just resolved when it does not exist yet. */
function canonical(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

/**
 * Refuses any output that would land on the input (the CLI never writes over what it audits) or
 * on another output of the same run.
 */
export function checkOutputs(input: string, outputs: readonly (string | undefined)[]): void {
  const seen = new Set([canonical(input)]);
  for (const output of outputs) {
    if (output === undefined) continue;
    const target = canonical(output);
    if (seen.has(target)) {
      throw new CliUsageError(target === canonical(input) ? `refusing to write over the input file: ${output}` : `two outputs write the same file: ${output}`);
    }
    seen.add(target);
  }
}
