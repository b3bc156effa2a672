import { parseArgs } from "node:util";
import { assemble, disassemble } from "../../core/asm/index.ts";
import { formatDiagnostic } from "../../core/diag.ts";
import type { Diagnostic } from "../../core/diag.ts";
import { bytesToHex, encodeInsns } from "../../core/isa/index.ts";
import { parseDialect, parseMapSpec } from "../args.ts";
import { UsageError } from "../io.ts";
import type { Io } from "../io.ts";
import { showSourceLine } from "../source.ts";

export const assembleUsage = "bpfplay assemble FILE.s [--dialect llvm|ubpf] [--map NAME:TYPE:KEY:VALUE:MAX[:FLAGS]]... [-o out.bin] [--json]";

export function assembleCommand(argv: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { dialect: { type: "string" }, map: { type: "string", multiple: true }, output: { type: "string", short: "o" }, json: { type: "boolean" } },
  });
  if (positionals.length !== 1) throw new UsageError(`expected one input file\nusage: ${assembleUsage}`);
  const file = positionals[0];
  const dialect = parseDialect(values.dialect);
  const maps = (values.map ?? []).map(parseMapSpec);
  const text = new TextDecoder().decode(io.readFile(file));

  const { program, diagnostics } = assemble(text, { dialect, maps });
  const errors = diagnostics.filter((d) => d.severity === "error");
  const bytes = encodeInsns(program.insns);
  const ok = errors.length === 0;

  if (values.json) {
    const loc = (d: Diagnostic) => ({ line: d.span?.line ?? 0, column: d.span?.column ?? 0, message: d.message, code: d.code });
    const insns = ok ? disassemble(program.insns, { dialect, maps: program.maps }).map((l) => ({ pc: l.pc, hex: l.bytes.replace(/ /g, ""), text: l.text, line: program.lines[l.pc] })) : [];
    const out = {
      bytecode_hex: ok ? bytesToHex(bytes) : "",
      insns,
      maps: program.maps.map((m) => ({ name: m.name, type: m.type, key_size: m.keySize, value_size: m.valueSize, max_entries: m.maxEntries, flags: m.flags })),
      errors: errors.map(loc),
      warnings: diagnostics.filter((d) => d.severity !== "error").map(loc),
    };
    io.stdout(JSON.stringify(out) + "\n");
  } else {
    for (const d of diagnostics) io.stderr(formatDiagnostic(d, file) + "\n" + showSourceLine(text, d));
    if (ok) {
      if (values.output) io.writeFile(values.output, bytes);
      else if (io.stdoutIsTTY) throw new UsageError("refusing to write bytecode to a terminal: use -o FILE, --json, or a pipe");
      else io.stdout(bytes);
    }
  }
  return ok ? 0 : 1;
}
