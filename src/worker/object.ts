// Builds the documents that are not text to compile: an ELF object (its bytes in base64) read as
// libbpf would load it, and a kernel verifier log read back into the program it shows. Either
// answers as a build does (listing, programs, the Program the verifier and the debugger get),
// with `shown`: what the read-only Source pane shows in place of the document's text (the C lines
// of the object's line info, or its disassembly; the log's `; ...` lines, or its instructions).
import { describeForm, disassemble } from "../core/asm/index.ts";
import type { Diagnostic } from "../core/diag.ts";
import { formatObjectError, readObject } from "../core/elf/read.ts";
import type { Program } from "../core/program.ts";
import { parseKernelLog } from "../core/verifier/klog/parse.ts";
import { programOfLog } from "../core/verifier/klog/program.ts";
import type { Built, BuildRequest, ListingRow, ProgramChoice } from "../protocol/index.ts";
import { PROTOCOL_VERSION } from "../protocol/index.ts";
import { progTypeOfSection } from "./build.ts";
import { mainLines } from "./lines.ts";
import { NO_SYMBOLS } from "./symbols.ts";

/** The bytes of a base64 text; undefined when it is not base64. */
export function fromBase64(text: string): Uint8Array | undefined {
  try {
    const bin = atob(text);
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  } catch {
    return undefined;
  }
}

type Shown = NonNullable<Built["shown"]>;

const problemAt = (message: string): Diagnostic => ({ code: "object", severity: "error", message, span: { line: 1, column: 1, endLine: 1, endColumn: 2 } });

function listingOf(program: Program, lines: readonly number[], dialect: BuildRequest["dialect"], missing?: ReadonlyMap<number, string>): ListingRow[] {
  return disassemble(program.insns, { dialect, maps: program.maps, symbols: program.symbols }).map((l) => {
    const why = missing?.get(l.pc);
    return { ...l, line: lines[l.pc] ?? 0, ...(why ? { text: "; not in the log", invalid: why } : {}), description: l.form && !why ? describeForm(l.form) : undefined };
  });
}

/** The Source pane's text when there are no C lines: the listing, one instruction a line. */
function disassemblyShown(listing: readonly ListingRow[], slots: number, note: string): { shown: Shown; lines: number[] } {
  const lines = new Array<number>(slots).fill(0);
  listing.forEach((r, k) => {
    for (let s = 0; s < r.slots; s++) if (r.pc + s < slots) lines[r.pc + s] = k + 1;
  });
  return { shown: { text: listing.map((r) => r.symbolic ?? r.text).join("\n") + "\n", language: "asm", note }, lines };
}

/** The file most of the program's instructions come from (the program's own .c, not a header). */
function mainFile(p: Program): string | undefined {
  const count = new Map<string, number>();
  for (const e of p.lineTable ?? []) if (e) count.set(e.file, (count.get(e.file) ?? 0) + 1);
  return [...count.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

function reply(req: BuildRequest, t0: number, now: () => number, body: Omit<Built, "type" | "v" | "id" | "language" | "ms" | "symbols">): Built {
  return { type: "built", v: PROTOCOL_VERSION, id: req.id, language: req.language, symbols: NO_SYMBOLS, ...body, ms: Math.round((now() - t0) * 10) / 10 };
}

export function buildObject(req: BuildRequest, now: () => number = () => performance.now()): Built {
  const t0 = now();
  const bytes = fromBase64(req.text);
  const r = bytes ? readObject(bytes) : undefined;
  if (!r?.ok) {
    const message = r ? `not an object bpfplay reads: ${formatObjectError(r.error)}` : "the document's object is damaged (not base64)";
    return reply(req, t0, now, { listing: [], diagnostics: [problemAt(message)], lines: [], slots: 0, programs: [], entry: -1, problem: message, shown: { text: `; ${message}\n`, language: "asm", note: "The object could not be read" } });
  }
  const o = r.object;
  const programs: ProgramChoice[] = o.programs.map((p) => ({ name: p.name ?? "", section: p.section ?? "", progType: p.progType ?? progTypeOfSection(p.section) }));
  if (!programs.length) {
    const message = "the object has no program (no function in an executable section other than .text)";
    return reply(req, t0, now, { listing: [], diagnostics: [problemAt(message)], lines: [], slots: 0, programs, entry: -1, problem: message, shown: { text: `; ${message}\n`, language: "asm", note: "No program in the object" } });
  }
  const entry = Math.max(0, programs.findIndex((p) => p.name === req.entry));
  const chosen = o.programs[entry];
  const file = mainFile(chosen);
  const source = file && chosen.debug?.sources?.[file];
  const kernelLog = req.log ? { kernelLog: req.log } : {};
  if (file && source) {
    const lines = mainLines(chosen, file);
    const program: Program = { ...chosen, lines, progType: programs[entry].progType };
    const note = `${file}: the C lines of the object's debug info (line_info), read-only`;
    return reply(req, t0, now, { listing: listingOf(program, lines, req.dialect), diagnostics: [], lines, slots: program.insns.length, programs, entry, program, progType: programs[entry].progType, shown: { text: source, language: "c", note }, ...kernelLog });
  }
  const listing = listingOf(chosen, [], req.dialect);
  const { shown, lines } = disassemblyShown(listing, chosen.insns.length, "The object has no line info (built without -g): its disassembly, read-only");
  const program: Program = { ...chosen, lines, progType: programs[entry].progType };
  return reply(req, t0, now, { listing: listing.map((l) => ({ ...l, line: lines[l.pc] ?? 0 })), diagnostics: [], lines, slots: program.insns.length, programs, entry, program, progType: programs[entry].progType, shown, ...kernelLog });
}

export function buildLog(req: BuildRequest, now: () => number = () => performance.now()): Built {
  const t0 = now();
  const log = parseKernelLog(req.text);
  if (!log.instructions.length && !log.error && log.processed === undefined) {
    const message = "not a kernel verifier log: no instruction lines (`0: (b7) r0 = 0`), no error, no `processed N insns` line";
    return reply(req, t0, now, { listing: [], diagnostics: [problemAt(message)], lines: [], slots: 0, programs: [], entry: -1, problem: message, shown: { text: `; ${message}\n`, language: "asm", note: "Kernel verifier log" } });
  }
  const { program: fromLog, missing, source } = programOfLog(log);
  const programs: ProgramChoice[] = [{ name: "log", section: "" }];
  const note = `Kernel verifier log, level ${log.level}`;
  if (source) {
    const listing = listingOf(fromLog, fromLog.lines, req.dialect, missing);
    return reply(req, t0, now, { listing, diagnostics: [], lines: fromLog.lines, slots: fromLog.insns.length, programs, entry: 0, program: fromLog, shown: { text: source, language: "c", note: `${note}: the C lines of its '; ...' annotations, read-only` }, kernelLog: req.text });
  }
  const listing = listingOf(fromLog, [], req.dialect, missing);
  const { shown, lines } = disassemblyShown(listing, fromLog.insns.length, `${note}: its instructions (it has no '; ...' source lines), read-only`);
  const program: Program = { ...fromLog, lines };
  return reply(req, t0, now, { listing: listing.map((l) => ({ ...l, line: lines[l.pc] ?? 0 })), diagnostics: [], lines, slots: program.insns.length, programs, entry: 0, program, shown, kernelLog: req.text });
}
