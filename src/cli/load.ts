// Reads a PROGRAM argument: assembly text (.s, either dialect), raw bytecode (.bin), C (.c) or
// an ELF object (.o: maps, global data, BTF and CO-RE as libbpf reads them; --prog picks one).
import { assemble } from "../core/asm/index.ts";
import type { Dialect } from "../core/asm/index.ts";
import { formatDiagnostic } from "../core/diag.ts";
import { decodeSlots } from "../core/isa/index.ts";
import type { MapDef, Program } from "../core/program.ts";
import type { Io } from "./io.ts";
import { showSourceLine } from "./source.ts";
import { compileFile, isC, pickProgram } from "./cc.ts";
import { isElf, pickObjectProgram, readObjectFile } from "./object.ts";

/** What a C file needs besides its text: -I, -D and which of its programs. */
export interface COptions {
  readonly prog?: string;
  readonly include?: readonly string[];
  readonly define?: readonly string[];
}

export type Loaded = { program: Program; errors: { file?: string; line?: number; column?: number; insn?: number; message: string }[]; text: string; texts?: Map<string, string> };

export function loadProgram(file: string, io: Io, maps: readonly MapDef[], dialect?: Dialect, c: COptions = {}): Loaded {
  const bytes = io.readFile(file);
  if (isElf(bytes)) {
    const r = readObjectFile(bytes);
    if ("error" in r) return { program: { insns: [], maps: [], lines: [], symbols: [] }, errors: [{ message: r.error }], text: "" };
    return { program: pickObjectProgram(r.object, c.prog, file, io.stderr), errors: [], text: "" };
  }
  if (isC(file)) {
    const text = new TextDecoder().decode(bytes);
    const { result, texts } = compileFile(file, text, io, c);
    const errors = result.diagnostics.filter((x) => x.severity === "error").map((x) => ({ file: x.span?.file, line: x.span?.line, column: x.span?.column, message: x.message }));
    const chosen = errors.length ? undefined : pickProgram(result, c.prog, file);
    if (!errors.length && !chosen) errors.push({ file, line: undefined, column: undefined, message: 'no program: a BPF program is a function with SEC("...") (e.g. SEC("xdp"))' });
    return { program: chosen?.program ?? { insns: [], maps: [], lines: [], symbols: [] }, errors, text, texts };
  }
  const isText = !file.endsWith(".bin") && !bytes.subarray(0, 512).some((b) => b === 0);
  if (!isText) {
    const { insns, trailing } = decodeSlots(bytes);
    const errors = trailing ? [{ insn: insns.length, message: `${bytes.length} bytes is not a whole number of 8-byte instructions` }] : [];
    return { program: { insns, maps, lines: insns.map(() => 0), symbols: [] }, errors, text: "" };
  }
  const text = new TextDecoder().decode(bytes);
  // uBPF's registers are written %r1; the LLVM dialect never has a '%' before a register.
  const d = dialect ?? (/%r\d/.test(text) ? "ubpf" : "llvm");
  const r = assemble(text, { dialect: d, maps, file });
  const errors = r.diagnostics.filter((x) => x.severity === "error").map((x) => ({ line: x.span?.line, column: x.span?.column, message: x.message }));
  return { program: r.program, errors, text };
}

export function printLoadErrors(l: Loaded, file: string, io: Io): void {
  for (const e of l.errors) {
    const d = { code: "", severity: "error" as const, message: e.message, ...(e.line ? { span: { file: e.file, line: e.line, column: e.column ?? 1, endLine: e.line, endColumn: (e.column ?? 1) + 1 } } : { pc: e.insn }) };
    const text = e.file && e.file !== file ? l.texts?.get(e.file) ?? "" : l.text;
    io.stderr(formatDiagnostic(d, file) + "\n" + showSourceLine(text, d));
  }
}
