// What a command may touch of the outside world, so tests can run the CLI in-process.
import { readFileSync, writeFileSync } from "node:fs";

export interface Io {
  stdout(data: string | Uint8Array): void;
  stderr(text: string): void;
  /** Reads a file, or standard input for "-". Throws with a readable message if it cannot. */
  readFile(path: string): Uint8Array;
  writeFile(path: string, data: Uint8Array): void;
  readonly stdoutIsTTY: boolean;
}

export const nodeIo: Io = {
  stdout: (d) => void process.stdout.write(d),
  stderr: (t) => void process.stderr.write(t),
  readFile: (p) => new Uint8Array(readFileSync(p === "-" ? 0 : p)),
  writeFile: (p, d) => writeFileSync(p, d),
  stdoutIsTTY: !!process.stdout.isTTY,
};

/** Bad usage: a message for stderr and exit status 2. */
export class UsageError extends Error {}
