import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { Io } from "./io";
import { UsageError } from "./io";

/** Reads a text file, or standard input for "-". */
export async function readInput(path: string, io: Io): Promise<string> {
  if (path === "-") return io.readStdin();
  let bytes: Buffer;
  try {
    bytes = await readFile(resolve(io.cwd, path));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === "ENOENT"
        ? `cannot read ${path}: no such file`
        : code === "EISDIR"
          ? `${path} is a folder, not a file`
          : `cannot read ${path}: ${(e as Error).message}`,
    );
  }
  // Text holds no NUL bytes; linting a program or an image would only print noise.
  if (bytes.subarray(0, 8192).includes(0)) throw new UsageError(`${path} is not a text file`);
  return bytes.toString("utf8");
}

export async function readJson(path: string, io: Io): Promise<unknown> {
  const text = await readInput(path, io);
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${path === "-" ? "standard input" : path} is not valid JSON: ${(e as Error).message}`);
  }
}
