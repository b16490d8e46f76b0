import { isPayloadTooLarge, MAX_BATCH_BYTES } from "./request-budget";

/**
 * One write between two syncs: what it sends (its estimated bytes), how to queue it on the
 * request context, and, for a large one, how to split it in two.
 */
export interface WriteOp {
  readonly bytes: number;
  readonly queue: () => void;
  readonly split?: () => WriteOp[];
}

/** What the writes measured: the largest request, and the requests refused and sent again in halves. */
export interface WriteReport {
  largestRequestBytes: number;
  retries: number;
}

/**
 * Sends writes in requests whose bytes stay under `MAX_BATCH_BYTES`, each under
 * `suspendApiCalculationUntilNextSync` (no recalculation per batch). Excel on the web refuses a
 * request over 5 MB before doing any of it, so a refused request is sent again in halves (a
 * single large write split by its rows) without anything applied twice.
 */
export class WriteQueue {
  private pending: WriteOp[] = [];
  private bytes = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly report?: WriteReport,
  ) {}

  async add(op: WriteOp): Promise<void> {
    if (this.pending.length > 0 && this.bytes + op.bytes > MAX_BATCH_BYTES) await this.flush();
    this.pending.push(op);
    this.bytes += op.bytes;
  }

  async flush(): Promise<void> {
    const ops = this.pending;
    this.pending = [];
    this.bytes = 0;
    if (ops.length > 0) await this.send(ops);
  }

  private async send(ops: readonly WriteOp[]): Promise<void> {
    this.context.application.suspendApiCalculationUntilNextSync();
    for (const op of ops) op.queue();
    try {
      await this.context.sync();
    } catch (error) {
      if (!isPayloadTooLarge(error)) throw error;
      const halves = ops.length > 1 ? [ops.slice(0, ops.length >> 1), ops.slice(ops.length >> 1)] : (ops[0]!.split?.() ?? []).map((op) => [op]);
      if (halves.length < 2) throw error;
      if (this.report) this.report.retries++;
      for (const half of halves) await this.send(half);
      return;
    }
    if (this.report) this.report.largestRequestBytes = Math.max(this.report.largestRequestBytes, ops.reduce((sum, op) => sum + op.bytes, 0));
  }
}
