import { constants, promises as fs, type Stats } from "node:fs";
import * as path from "node:path";
import { CliUsageError } from "./cli-usage-error";

/** The file the CLI audits, opened and checked to be a regular file, with its identity. */
export interface InputFile {
  readonly file: string;
  readonly bytes: Uint8Array;
  readonly stats: Stats;
}

/**
 * Reads the input, which must be a regular file: it is opened without blocking and checked on the
 * open handle, so a FIFO or a device is refused at once instead of hanging the run (issue 10),
 * and nothing can swap the file between the check and the read.
 */
export async function readInputFile(file: string): Promise<InputFile> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliUsageError(code === "ENOENT" || code === "ENOTDIR" ? "noSuchFile" : "unreadable", { file, reason: code ?? "?" });
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new CliUsageError("notRegular", { file });
    return { file, bytes: await handle.readFile(), stats };
  } catch (error) {
    if (error instanceof CliUsageError) throw error;
    throw new CliUsageError("unreadable", { file, reason: (error as NodeJS.ErrnoException).code ?? "?" });
  } finally {
    await handle.close();
  }
}

/**
 * Checks every output before anything is written (issue 10): its folder exists and is writable,
 * it is not a folder, it is not the input by any name (the same path after following links, or
 * the same file through a hard link: same device and inode), no two outputs are the same file,
 * and with `mustNotExist` (template, example without `--force`) nothing is there yet.
 */
export async function checkOutputs(input: InputFile | undefined, outputs: readonly (string | undefined)[], options: { mustNotExist?: boolean } = {}): Promise<void> {
  const inputPath = input ? await canonical(input.file) : undefined;
  const seen = new Map<string, string>();
  for (const output of outputs) {
    if (output === undefined) continue;
    const resolved = path.resolve(output);
    const folder = path.dirname(resolved);
    const folderStats = await fs.stat(folder).catch(() => undefined);
    if (!folderStats) throw new CliUsageError("noFolder", { file: output, folder: path.dirname(output) });
    if (!folderStats.isDirectory()) throw new CliUsageError("notFolder", { file: output, folder: path.dirname(output) });
    if (!(await fs.access(folder, constants.W_OK).then(() => true, () => false))) throw new CliUsageError("notWritable", { file: output, folder: path.dirname(output) });

    const existing = await fs.stat(resolved).catch(() => undefined);
    const present = existing !== undefined || (await fs.lstat(resolved).then(() => true, () => false));
    if (existing?.isDirectory()) throw new CliUsageError("isFolder", { file: output });
    const target = await canonical(resolved);
    const sameAsInput = target === inputPath || (existing !== undefined && input !== undefined && existing.dev === input.stats.dev && existing.ino === input.stats.ino);
    if (sameAsInput) throw new CliUsageError("overInput", { file: output });
    if (present && options.mustNotExist) throw new CliUsageError("exists", { file: output });

    const identity = existing ? `${existing.dev}:${existing.ino}` : target;
    if (seen.has(identity) || seen.has(target)) throw new CliUsageError("sameOutput", { file: output });
    seen.set(identity, output);
    seen.set(target, output);
  }
}

/** The path as the file system sees it: links followed, or the real folder and the name when it does not exist yet. */
async function canonical(file: string): Promise<string> {
  const resolved = path.resolve(file);
  try {
    return await fs.realpath(resolved);
  } catch {
    try {
      return path.join(await fs.realpath(path.dirname(resolved)), path.basename(resolved));
    } catch {
      return resolved;
    }
  }
}
