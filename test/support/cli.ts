// Runs the CLI in-process against an in-memory file system.
import { run } from "../../src/cli/main.ts";
import type { Io } from "../../src/cli/io.ts";

export function cli(argv: string[], files: Record<string, string | Uint8Array> = {}) {
  let stdout = "";
  let stderr = "";
  const bin: Uint8Array[] = [];
  const written: Record<string, Uint8Array> = {};
  const io: Io = {
    stdout: (d) => (typeof d === "string" ? (stdout += d) : bin.push(d)),
    stderr: (t) => (stderr += t),
    readFile: (p) => {
      const f = files[p];
      if (f === undefined) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${p}'`), { code: "ENOENT" });
      return typeof f === "string" ? new TextEncoder().encode(f) : f;
    },
    writeFile: (p, d) => (written[p] = d),
    stdoutIsTTY: false,
  };
  const status = run(argv, io);
  return { status, stdout, stderr, bin, written, json: () => JSON.parse(stdout.replace(/"r0":(\d+)/, '"r0":"$1"')) };
}
