// A StrykerJS reporter that writes each mutant's result as it comes (issue 14): a run of hours
// on the shared machine shows its survivors while it runs, one JSON line each, in
// reports/mutation/live-<chunk>.jsonl (`all` for the whole run). Added in stryker.config.mjs.
import fs from "node:fs";
import path from "node:path";
import { declareClassPlugin, PluginKind } from "@stryker-mutator/api/plugin";

class LiveReporter {
  static inject = [];

  constructor() {
    this.file = path.resolve("reports", "mutation", `live-${process.env.MUTATE_CHUNK ?? "all"}.jsonl`);
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    fs.writeFileSync(this.file, "");
  }

  onMutantTested(result) {
    const { fileName, mutatorName, replacement, location, status, statusReason } = result;
    const file = path.relative(process.cwd(), fileName);
    fs.appendFileSync(this.file, `${JSON.stringify({ file, line: location.start.line, column: location.start.column, mutatorName, replacement, status, statusReason: status === "Survived" || status === "NoCoverage" ? undefined : statusReason?.slice(0, 200) })}\n`);
  }
}

export const strykerPlugins = [declareClassPlugin(PluginKind.Reporter, "live", LiveReporter)];
