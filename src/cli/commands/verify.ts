import { parseArgs } from "node:util";
import { verify } from "../../core/verifier/index.ts";
import { parseDialect, parseMapSpec, PROGRAM_OPTIONS } from "../args.ts";
import { UsageError } from "../io.ts";
import type { Io } from "../io.ts";
import { loadProgram, printLoadErrors } from "../load.ts";

export const verifyUsage = "bpfplay verify PROGRAM [--type TYPE] [--map NAME:TYPE:KEY:VALUE:MAX[:FLAGS]]... [--log-level 1|2] [--strict-align] [--dialect llvm|ubpf] [--prog NAME] [-I DIR]... [-D NAME[=VALUE]]... [--json]";

export function verifyCommand(argv: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { ...PROGRAM_OPTIONS, "log-level": { type: "string" } },
  });
  if (positionals.length !== 1) throw new UsageError(`expected one program file\nusage: ${verifyUsage}`);
  const level = values["log-level"] ?? "1";
  if (level !== "1" && level !== "2") throw new UsageError("--log-level must be 1 or 2");
  const file = positionals[0];
  const loaded = loadProgram(file, io, (values.map ?? []).map(parseMapSpec), values.dialect === undefined ? undefined : parseDialect(values.dialect), values);
  if (loaded.errors.length) {
    if (values.json) io.stdout(JSON.stringify({ accepted: false, errors: loaded.errors.map((e) => ({ insn: e.insn ?? 0, line: e.line, column: e.column, message: e.message })), insns_processed: 0, log: "" }) + "\n");
    else printLoadErrors(loaded, file, io);
    return 1;
  }
  const type = values.type ?? loaded.program.progType ?? "socket_filter";
  // (no per-instruction states: they are for the app's inspector.) At level 1 the log of an
  // accepted program is the statistics line alone, which a verification without a log gives
  // too: building the log as it walks doubles the time of a long program, so it is built, by
  // verifying again, only for a rejection (where it shows the path that failed).
  const opts = { progType: type, strictAlign: values["strict-align"], keepStates: 0 };
  let v = level === "1" ? verify(loaded.program, { ...opts, logLevel: 0 }) : undefined;
  if (!v?.accepted) v = verify(loaded.program, { ...opts, logLevel: level === "2" ? 2 : 1 });
  const errors = v.diagnostics.map((d) => {
    const at = loaded.program.lineTable?.[d.pc];
    return { insn: d.pc, ...(at ? { file: at.file, line: at.line, column: at.column } : { line: loaded.program.lines[d.pc] || undefined }), message: d.message };
  });
  if (values.json) {
    io.stdout(JSON.stringify({ accepted: v.accepted, errors, insns_processed: v.insnsProcessed, log: v.log }) + "\n");
  } else {
    io.stdout(v.log);
    for (const e of errors) io.stderr(`${"file" in e ? e.file : file}:${e.line ? `${e.line}:${"column" in e ? `${e.column}:` : ""} ` : ""}insn ${e.insn}: error: ${e.message}\n`);
    io.stdout(v.accepted ? "accepted\n" : "rejected\n");
  }
  return v.accepted ? 0 : 1;
}
