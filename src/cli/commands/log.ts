// bpfplay log FILE.log: a kernel verifier log (level 1 or 2, as bpftool, libbpf or veristat print it)
// read back: the instructions it shows rebuilt, the states printed at each, the C lines, the error.
import { parseArgs } from "node:util";
import { bytesToHex, encodeInsns } from "../../core/isa/index.ts";
import { parseKernelLog } from "../../core/verifier/klog/parse.ts";
import { UsageError } from "../io.ts";
import type { Io } from "../io.ts";

export const logUsage = "bpfplay log FILE.log [--json]";

export function logCommand(argv: string[], io: Io): number {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { json: { type: "boolean" } } });
  if (positionals.length !== 1) throw new UsageError(`expected one log file\nusage: ${logUsage}`);
  const text = new TextDecoder().decode(io.readFile(positionals[0]));
  const r = parseKernelLog(text);
  if (values.json) {
    const out = {
      level: r.level,
      instructions: r.instructions.map((i) => ({ pc: i.pc, opcode: i.code, text: i.text, ...(i.insns ? { hex: bytesToHex(encodeInsns(i.insns)) } : { error: i.error }) })),
      states: r.states.map((s) => ({ pc: s.pc, ...(s.after ? { after: true } : {}), ...(s.from !== undefined ? { from: s.from } : {}), frame: s.frame, values: s.values, written: s.written })),
      sources: r.sources,
      functions: r.functions,
      error: r.error ?? null,
      processed: r.processed ?? null,
      unread: r.unread,
    };
    io.stdout(JSON.stringify(out) + "\n");
    return r.instructions.length || r.error || r.processed !== undefined ? 0 : 1;
  }
  if (!r.instructions.length && !r.error && r.processed === undefined) {
    io.stderr(`${positionals[0]}: error: no verifier log found (no instruction lines, no error, no 'processed N insns' line)\n`);
    return 1;
  }
  const states = new Map<number, number>();
  for (const s of r.states) states.set(s.pc, (states.get(s.pc) ?? 0) + 1);
  const source = new Map(r.sources.map((s) => [s.pc, s]));
  io.stdout(`kernel verifier log, level ${r.level}: ${r.instructions.length} instructions, ${r.states.length} states${r.processed !== undefined ? `, ${r.processed} insns processed` : ""}\n\n`);
  for (const i of r.instructions) {
    const src = source.get(i.pc);
    if (src) io.stdout(`      ; ${src.text}${src.file ? ` @ ${src.file}:${src.line}` : ""}\n`);
    const hex = i.insns ? bytesToHex(encodeInsns(i.insns), " ") : "?? (" + i.error + ")";
    const n = states.get(i.pc);
    io.stdout(`${String(i.pc).padStart(5)}: ${hex.padEnd(24)} ${i.text}${n ? `   [${n} state${n === 1 ? "" : "s"}]` : ""}${r.error?.pc === i.pc ? "   <- error" : ""}\n`);
  }
  if (r.error) io.stdout(`\nrejected${r.error.pc !== undefined ? ` at instruction ${r.error.pc}` : ""}: ${r.error.lines.join("\n  ")}\n`);
  else if (r.processed !== undefined) io.stdout("\naccepted\n");
  if (r.unread.length) io.stderr(`${positionals[0]}: ${r.unread.length} line(s) not understood, e.g. line ${r.unread[0].line}: ${r.unread[0].text}\n`);
  return 0;
}
