/** Where the CLI writes, so tests can run it in-process. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/**
 * What a command writes through: `stdout` and `stderr` pass every text through `shownText`
 * (masked, control characters visible); `data` is for the JSON document, whose strings were
 * shown one by one already and whose numbers must stay numbers.
 */
export interface CommandIo extends CliIo {
  readonly data: (text: string) => void;
}
