import { parseArgs } from "node:util";
import type { Program } from "../../core/program.ts";
import { libbpfLog } from "../../core/elf/core.ts";
import { verify } from "../../core/verifier/index.ts";
import { parseDialect, parseMapSpec, PROGRAM_OPTIONS } from "../args.ts";
import { UsageError } from "../io.ts";
import type { Io } from "../io.ts";
import { loadProgram, printLoadErrors } from "../load.ts";
import { coreNote, isElf, readObjectFile, selectPrograms } from "../object.ts";

export const verifyUsage = "bpfplay verify PROGRAM [--type TYPE] [--map NAME:TYPE:KEY:VALUE:MAX[:FLAGS]]... [--log-level 1|2] [--strict-align] [--dialect llvm|ubpf] [--prog NAME] [-I DIR]... [-D NAME[=VALUE]]... [--json]";

interface Checked {
  readonly accepted: boolean;
  readonly errors: readonly { insn: number; file?: string; line?: number; column?: number; message: string; core?: string }[];
  readonly insnsProcessed: number;
  readonly log: string;
}

function check(program: Program, type: string | undefined, level: "1" | "2", strictAlign: boolean | undefined): Checked {
  // (no per-instruction states: they are for the app's inspector.) At level 1 the log of an
  // accepted program is the statistics line alone, which a verification without a log gives
  // too: building the log as it walks doubles the time of a long program, so it is built, by
  // verifying again, only for a rejection (where it shows the path that failed).
  const opts = { progType: type ?? program.progType ?? "socket_filter", strictAlign, keepStates: 0 };
  let v = level === "1" ? verify(program, { ...opts, logLevel: 0 }) : undefined;
  if (!v?.accepted) v = verify(program, { ...opts, logLevel: level === "2" ? 2 : 1 });
  const errors = v.diagnostics.map((d) => {
    const at = program.lineTable?.[d.pc];
    const core = coreNote(program, d.pc);
    return { insn: d.pc, ...(at ? { file: at.file, line: at.line, column: at.column } : { line: program.lines[d.pc] || undefined }), message: d.message, ...(core ? { core } : {}) };
  });
  // an object's poisoned CO-RE relocation reads as libbpf prints it
  const log = v.diagnostics.length ? libbpfLog(v.log, program.core, v.diagnostics[0].pc) : v.log;
  return { accepted: v.accepted, errors, insnsProcessed: v.insnsProcessed, log };
}

function printChecked(c: Checked, file: string, io: Io): void {
  io.stdout(c.log);
  for (const e of c.errors) {
    io.stderr(`${e.file ?? file}:${e.line ? `${e.line}:${"column" in e ? `${e.column}:` : ""} ` : ""}insn ${e.insn}: error: ${e.message}\n`);
    if (e.core) io.stderr(`${file}: insn ${e.insn}: note: ${e.core}\n`);
  }
  io.stdout(c.accepted ? "accepted\n" : "rejected\n");
}

// what verify takes of the program options (a run's inputs, such as --packet-hex or
// --no-perf-reader, are refused rather than ignored)
const { type, map, "strict-align": strictAlign, dialect, json: jsonFlag, prog, include, define } = PROGRAM_OPTIONS;
const VERIFY_OPTIONS = { type, map, "strict-align": strictAlign, dialect, json: jsonFlag, prog, include, define, "log-level": { type: "string" } } as const;

const json = (c: Checked) => ({ accepted: c.accepted, errors: c.errors, insns_processed: c.insnsProcessed, log: c.log });

export function verifyCommand(argv: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: VERIFY_OPTIONS,
  });
  if (positionals.length !== 1) throw new UsageError(`expected one program file\nusage: ${verifyUsage}`);
  const level = values["log-level"] ?? "1";
  if (level !== "1" && level !== "2") throw new UsageError("--log-level must be 1 or 2");
  const file = positionals[0];
  const bytes = io.readFile(file);
  if (isElf(bytes)) {
    // an object: every program (as `bpftool prog loadall` loads them all), or --prog's
    const r = readObjectFile(bytes);
    if ("error" in r) {
      if (values.json) io.stdout(JSON.stringify({ accepted: false, errors: [{ insn: 0, message: r.error }], insns_processed: 0, log: "" }) + "\n");
      else io.stderr(`${file}: error: ${r.error}\n`);
      return 1;
    }
    const progs = selectPrograms(r.object, values.prog, file);
    const results = progs.map((p) => check(p, values.type, level, values["strict-align"]));
    const all = results.every((c) => c.accepted);
    if (progs.length === 1) {
      if (values.json) io.stdout(JSON.stringify({ program: progs[0].name, section: progs[0].section, ...json(results[0]) }) + "\n");
      else printChecked(results[0], file, io);
    } else if (values.json) {
      io.stdout(JSON.stringify({ accepted: all, programs: progs.map((p, k) => ({ program: p.name, section: p.section, ...json(results[k]) })) }) + "\n");
    } else {
      progs.forEach((p, k) => {
        io.stdout(`${p.name} (SEC("${p.section}")):\n`);
        printChecked(results[k], file, io);
      });
      io.stdout(`${results.filter((c) => c.accepted).length} of ${progs.length} programs accepted\n`);
    }
    return all ? 0 : 1;
  }
  const loaded = loadProgram(file, io, (values.map ?? []).map(parseMapSpec), values.dialect === undefined ? undefined : parseDialect(values.dialect), values);
  if (loaded.errors.length) {
    if (values.json) io.stdout(JSON.stringify({ accepted: false, errors: loaded.errors.map((e) => ({ insn: e.insn ?? 0, line: e.line, column: e.column, message: e.message })), insns_processed: 0, log: "" }) + "\n");
    else printLoadErrors(loaded, file, io);
    return 1;
  }
  const c = check(loaded.program, values.type, level, values["strict-align"]);
  if (values.json) io.stdout(JSON.stringify(json(c)) + "\n");
  else printChecked(c, file, io);
  return c.accepted ? 0 : 1;
}
