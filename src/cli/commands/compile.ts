import { parseArgs } from "node:util";
import { disassemble } from "../../core/asm/index.ts";
import { formatDiagnostic } from "../../core/diag.ts";
import type { Diagnostic } from "../../core/diag.ts";
import { bytesToHex, encodeInsns } from "../../core/isa/index.ts";
import type { MapDef } from "../../core/program.ts";
import { compileFile, pickProgram } from "../cc.ts";
import { UsageError } from "../io.ts";
import type { Io } from "../io.ts";
import { writeObject } from "../../core/elf/write.ts";
import { showSourceLine } from "../source.ts";

export const compileUsage = "bpfplay compile FILE.c [--prog NAME] [-I DIR]... [-D NAME[=VALUE]]... [-o out.bin | -o out.o] [--json]";

export interface MapJson {
  name: string;
  type: string;
  key_size: number;
  value_size: number;
  max_entries: number;
  flags: number;
  init_hex?: string;
  inner?: MapJson;
  /** Prog arrays and maps of maps: the slots libbpf fills at load (`.values = { [1] = &prog }`). */
  slots?: { index: number; map?: string; prog?: string }[];
}

export const mapJson = (m: MapDef): MapJson => ({
  name: m.name,
  type: m.type,
  key_size: m.keySize,
  value_size: m.valueSize,
  max_entries: m.maxEntries,
  flags: m.flags,
  ...(m.init ? { init_hex: bytesToHex(m.init) } : {}),
  ...(m.inner ? { inner: mapJson(m.inner) } : {}),
  ...(m.slots?.length ? { slots: m.slots.map((s) => ({ ...s })) } : {}),
});

export function compileCommand(argv: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      prog: { type: "string" },
      include: { type: "string", short: "I", multiple: true },
      define: { type: "string", short: "D", multiple: true },
      output: { type: "string", short: "o" },
      json: { type: "boolean" },
    },
  });
  if (positionals.length !== 1) throw new UsageError(`expected one input file\nusage: ${compileUsage}`);
  const file = positionals[0];
  const text = new TextDecoder().decode(io.readFile(file));
  const { result, texts } = compileFile(file, text, io, values);
  const errors = result.diagnostics.filter((d) => d.severity === "error");
  const ok = errors.length === 0;
  // -o FILE.o: the whole object (every program, its maps, BTF and line info), as clang -c writes it.
  if (values.output?.endsWith(".o") && !values.json) {
    for (const d of result.diagnostics) io.stderr(formatDiagnostic(d, file) + "\n" + showSourceLine(texts.get(d.span?.file ?? file) ?? "", d));
    if (!ok) return 1;
    if (!result.programs.length) {
      io.stderr(`${file}: error: no program: a BPF program is a function with SEC("...") (e.g. SEC("xdp"))\n`);
      return 1;
    }
    const obj = writeObject({ programs: result.programs, maps: result.maps, license: result.license });
    if ("error" in obj) {
      io.stderr(`${file}: error: cannot write an object: ${obj.error}\n`);
      return 1;
    }
    io.writeFile(values.output, obj.bytes);
    return 0;
  }
  const chosen = ok ? pickProgram(result, values.prog, file) : undefined;
  if (ok && !chosen) {
    if (!values.json) io.stderr(`${file}: error: no program: a BPF program is a function with SEC("...") (e.g. SEC("xdp"))\n`);
  }
  const program = chosen?.program;
  const bytes = program ? encodeInsns(program.insns) : new Uint8Array();

  if (values.json) {
    const loc = (d: Diagnostic) => ({ file: d.span?.file ?? file, line: d.span?.line ?? 0, column: d.span?.column ?? 0, message: d.message, code: d.code });
    const out = {
      bytecode_hex: bytesToHex(bytes),
      maps: result.maps.map(mapJson),
      prog_type: program?.progType ?? null,
      section: chosen?.section ?? null,
      name: chosen?.name ?? null,
      license: result.license ?? null,
      programs: result.programs.map((p) => ({ name: p.name, section: p.section, prog_type: p.program.progType ?? null, insns: p.program.insns.length })),
      insns: program ? disassemble(program.insns, { maps: program.maps }).map((l) => ({ pc: l.pc, hex: l.bytes.replace(/ /g, ""), text: l.text })) : [],
      line_table: program?.lineTable?.map((e, pc) => (e ? { pc, file: e.file, line: e.line, column: e.column, stmt: e.stmt } : { pc })) ?? [],
      functions: program?.functions ?? [],
      errors: errors.map(loc),
      warnings: result.diagnostics.filter((d) => d.severity !== "error").map(loc),
    };
    io.stdout(JSON.stringify(out) + "\n");
  } else {
    for (const d of result.diagnostics) io.stderr(formatDiagnostic(d, file) + "\n" + showSourceLine(texts.get(d.span?.file ?? file) ?? "", d));
    if (program) {
      if (values.output) io.writeFile(values.output, bytes);
      else if (io.stdoutIsTTY) throw new UsageError("refusing to write bytecode to a terminal: use -o FILE, --json, or a pipe");
      else io.stdout(bytes);
    }
  }
  return program ? 0 : 1;
}
