#!/usr/bin/env node
import { zlibPieceDeflater } from "../xlsx/node/zlib-piece-deflater";
import { usePieceDeflater } from "../xlsx/piece-deflater";
import { removePendingFiles } from "../xlsx/write-file-atomically";
import { runCli } from "./run-cli";

// A reader that stops early (`| head -1`) closes the pipe: the run ends quietly, without the
// EPIPE stack trace Node would print, and writes nothing more there (issue 10).
const closed = new Set<NodeJS.WriteStream>();
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") closed.add(stream);
    else process.exitCode = 2;
  });
}
const write = (stream: NodeJS.WriteStream) => (text: string) => {
  if (!closed.has(stream)) stream.write(text);
};

// Interrupted, the run leaves no temporary file behind.
process.on("exit", removePendingFiles);
for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143], ["SIGHUP", 129]] as const) {
  process.on(signal, () => {
    removePendingFiles();
    process.exit(code);
  });
}

// Large report sheets are compressed with Node's own zlib.
usePieceDeflater(zlibPieceDeflater);

runCli(process.argv.slice(2), { stdout: write(process.stdout), stderr: write(process.stderr) }).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = 2;
  },
);
