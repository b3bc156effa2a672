// The CLI run on files held in memory, for tests: `bpfplay ARGV` with `files` as the file system
// (or, with `disk`, the real one for any path not given), capturing stdout, stderr and what it writes.
import { readFileSync } from "node:fs";
import type { Io } from "./io.ts";
import { run } from "./main.ts";

export interface MemoryRun {
  /** The exit status, or -1 when the command threw (its error is then in stderr). */
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly written: Record<string, Uint8Array>;
  /** stdout parsed as JSON (typed as JSON.parse types it). */
  json(): ReturnType<typeof JSON.parse>;
}

export function runInMemory(argv: string[], files: Record<string, string | Uint8Array> = {}, options: { disk?: boolean } = {}): MemoryRun {
  const written: Record<string, Uint8Array> = {};
  let stdout = "";
  let stderr = "";
  const io: Io = {
    stdout: (d) => void (stdout += typeof d === "string" ? d : Buffer.from(d).toString("hex")),
    stderr: (t) => void (stderr += t),
    readFile: (p) => {
      const f = files[p] ?? (options.disk ? readFileSync(p) : undefined);
      if (f === undefined) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${p}'`), { code: "ENOENT" });
      return typeof f === "string" ? new TextEncoder().encode(f) : f;
    },
    writeFile: (p, d) => void (written[p] = d),
    stdoutIsTTY: false,
  };
  let status: number;
  try {
    status = run(argv, io);
  } catch (e) {
    status = -1;
    stderr += String(e);
  }
  return { status, stdout, stderr, written, json: () => JSON.parse(stdout) };
}
