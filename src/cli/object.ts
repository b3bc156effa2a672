// ELF objects on the command line: is this file one, which of its programs (--prog), what to say
// about the others, and libbpf's words for a CO-RE relocation that could not be resolved.
import { disassemble } from "../core/asm/index.ts";
import type { Dialect } from "../core/asm/index.ts";
import { formatObjectError, readObject } from "../core/elf/read.ts";
import type { BpfObject } from "../core/elf/read.ts";
import type { Program } from "../core/program.ts";
import { UsageError } from "./io.ts";

/** An ELF file, by its magic (whatever its name): `\x7fELF`. */
export const isElf = (bytes: Uint8Array): boolean => bytes.length >= 4 && bytes[0] === 0x7f && bytes[1] === 0x45 && bytes[2] === 0x4c && bytes[3] === 0x46;

export type ObjectRead = { readonly object: BpfObject } | { readonly error: string };

export function readObjectFile(bytes: Uint8Array): ObjectRead {
  const r = readObject(bytes);
  return r.ok ? { object: r.object } : { error: formatObjectError(r.error) };
}

const label = (p: Program) => `${p.name} (SEC("${p.section}"))`;

/** The programs --prog names (a function or a section name: a section may hold several), or all of them. */
export function selectPrograms(o: BpfObject, prog: string | undefined, file: string): readonly Program[] {
  if (o.programs.length === 0) throw new UsageError(`${file} has no program (no function in an executable section other than .text)`);
  if (prog === undefined) return o.programs;
  const byName = o.programs.filter((p) => p.name === prog);
  const chosen = byName.length ? byName : o.programs.filter((p) => p.section === prog);
  if (!chosen.length) throw new UsageError(`--prog ${prog}: ${file} has no such program (it has: ${o.programs.map(label).join(", ")})`);
  return chosen;
}

/** The one program `run` takes: --prog's, else the first, naming the others on stderr. */
export function pickObjectProgram(o: BpfObject, prog: string | undefined, file: string, note: (text: string) => void): Program {
  const chosen = selectPrograms(o, prog, file);
  if (chosen.length > 1 && prog !== undefined) throw new UsageError(`--prog ${prog}: section '${prog}' of ${file} holds ${chosen.length} programs: name one (${chosen.map(label).join(", ")})`);
  if (prog === undefined && chosen.length > 1) note(`${file}: ${chosen.length} programs; taking the first, ${label(chosen[0])} (others: ${chosen.slice(1).map(label).join(", ")}; choose with --prog NAME)\n`);
  return chosen[0];
}

/** libbpf's explanation, when the instruction a rejection names is a CO-RE relocation it could not resolve. */
export function coreNote(p: Program, pc: number): string | undefined {
  const c = p.core?.find((x) => x.pc === pc && x.error);
  return c && `${c.error}${c.reason ? ` (${c.reason})` : ""}`;
}

/**
 * A program's listing with its C lines before the instructions they produced, as
 * `llvm-objdump -S` prints them: `; line` when the line changes, the function's name as a label.
 */
export function objectListing(p: Program, dialect: Dialect): string[] {
  const out: string[] = [];
  const starts = new Map((p.functions ?? []).map((f) => [f.start, f.name]));
  const sources = p.debug?.sources ?? {};
  let last = "";
  const core = new Map((p.core ?? []).map((c) => [c.pc, c]));
  for (const l of disassemble(p.insns, { dialect, maps: p.maps, symbols: p.symbols })) {
    const fn = starts.get(l.pc);
    if (fn !== undefined) out.push(`${out.length ? "\n" : ""}${fn}:`);
    const at = p.lineTable?.[l.pc];
    const key = at ? `${at.file}:${at.line}` : "";
    if (at && key !== last) {
      const text = sources[at.file]?.split("\n")[at.line - 1];
      if (text !== undefined && text !== "") out.push(`; ${text.trim()}`);
    }
    if (key) last = key;
    out.push(`${String(l.pc).padStart(6)}:\t${l.bytes}\t${l.symbolic ?? l.text}${l.invalid ? ` ; invalid: ${l.invalid}` : ""}`);
    // the CO-RE relocation resolved here, as llvm-objdump -r names it, with bpfplay's answer
    const c = core.get(l.pc);
    if (c) out.push(`\t\tCO-RE ${c.spec}${c.error ? `: unresolved (${c.reason ?? "no matching targets found"}), poisoned as libbpf does` : ` -> ${c.value}`}`);
  }
  return out;
}
