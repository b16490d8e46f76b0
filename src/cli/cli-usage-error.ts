import type { Language } from "../domain/number-format";
import { type CliTextKey, cliText } from "./cli-messages";

/**
 * Wrong arguments or a file the CLI will not touch: it prints `text(language)` on one line and
 * exits 2 without writing anything. The message is a key into `CLI_TEXTS`, so it speaks the
 * run's language.
 */
export class CliUsageError extends Error {
  constructor(
    readonly key: CliTextKey,
    readonly values: Readonly<Record<string, string | number>> = {},
  ) {
    super(cliText(key, "en", values));
    this.name = "CliUsageError";
  }

  /** One line in the run's language. */
  text(language: Language): string {
    return cliText(this.key, language, this.values);
  }
}
