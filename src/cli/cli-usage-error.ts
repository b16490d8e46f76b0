/** Wrong arguments: the CLI prints the message on one line and exits 2 without writing anything. */
export class CliUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CliUsageError";
  }
}
