// Text -> Program. Every line is parsed on its own, so one bad line yields one located
// diagnostic and the rest still assembles; labels and map names are resolved at the end.

import { error, span } from "../diag.ts";
import type { Diagnostic } from "../diag.ts";
import { build, insn, opById } from "../isa/index.ts";
import type { Insn } from "../isa/index.ts";
import { MAP_TYPES } from "../program.ts";
import type { FuncSymbol, LineEntry, MapDef, Program, Symbol } from "../program.ts";
import { Cursor, ParseError, imm32 } from "./cursor.ts";
import type { InsnItem, Label } from "./item.ts";
import { LexError, tokenize } from "./lexer.ts";
import { parseLlvm } from "./llvm.ts";
import type { AssembleOptions, AssembleResult } from "./types.ts";
import { parseUbpf } from "./ubpf.ts";

interface Placed {
  readonly item: InsnItem;
  readonly line: number;
  readonly col: number;
  readonly end: number;
  readonly pc: number;
}

const IGNORED_DIRECTIVES = new Set([".text", ".globl", ".global", ".p2align", ".align", ".type", ".size", ".file", ".ident", ".addrsig", ".addrsig_sym"]);

export function assemble(text: string, opts: AssembleOptions = {}): AssembleResult {
  const dialect = opts.dialect ?? "llvm";
  const parse = dialect === "ubpf" ? parseUbpf : parseLlvm;
  const diagnostics: Diagnostic[] = [];
  const placed: Placed[] = [];
  const labels = new Map<string, { pc: number; line: number; label: Label }>();
  const maps: MapDef[] = [...(opts.maps ?? [])];
  let progType: string | undefined;
  let pc = 0;

  const lines = text.split("\n");
  lines.forEach((raw, k) => {
    const lineNo = k + 1;
    const toks = tokenize(raw);
    if (toks instanceof LexError) {
      diagnostics.push(error("syntax", toks.message, { span: span(lineNo, toks.col, toks.end) }));
      return;
    }
    const c = new Cursor(toks, raw.length);
    try {
      while (c.peek()?.kind === "ident" && c.at(":", 1)) {
        const t = c.next("a label");
        c.next(":");
        const prev = labels.get(t.text);
        if (prev) c.fail("duplicate-label", `label '${t.text}' is already defined on line ${prev.line}`, t);
        labels.set(t.text, { pc, line: lineNo, label: { name: t.text, col: t.col, end: t.end } });
      }
      const first = c.peek();
      if (!first) return;
      if (first.kind === "ident" && first.text.startsWith(".")) {
        const d = directive(c, maps);
        if (d.progType !== undefined) progType = d.progType;
        if (d.item) {
          placed.push({ item: d.item, line: lineNo, col: first.col, end: raw.length + 1, pc });
          pc += 1;
        }
        return;
      }
      const item = parse(c);
      const end = toks[toks.length - 1].end;
      placed.push({ item, line: lineNo, col: first.col, end, pc });
      pc += item.raw ? 1 : opById(item.form).slots;
      if (item.warning) diagnostics.push({ code: item.warning.code, severity: "warning", message: item.warning.message, span: span(lineNo, first.col, end) });
    } catch (e) {
      if (e instanceof ParseError) diagnostics.push(error(e.code, e.message, { span: span(lineNo, e.col, e.end) }));
      else diagnostics.push(error("internal", `internal assembler error: ${String(e)}`, { span: span(lineNo, 1, raw.length + 1) }));
    }
  });

  // uBPF's implicit label: `exit` names the first exit instruction unless the text defines it.
  if (dialect === "ubpf" && !labels.has("exit")) {
    const ex = placed.find((p) => p.item.form === "exit");
    if (ex) labels.set("exit", { pc: ex.pc, line: ex.line, label: { name: "exit", col: ex.col, end: ex.end } });
  }

  const insns: Insn[] = [];
  const lineTable: number[] = [];
  // Every instruction of assembly is a statement of its own: line stepping steps instructions.
  const file = opts.file ?? "prog.s";
  const entries: LineEntry[] = [];
  for (const p of placed) {
    const slots = link(p, labels, maps, diagnostics);
    slots.forEach((s, k) => {
      insns.push(s);
      lineTable.push(p.line);
      entries.push({ file, line: p.line, column: p.col, stmt: k === 0 });
    });
  }
  diagnostics.sort((a, b) => (a.span?.line ?? 0) - (b.span?.line ?? 0) || (a.span?.column ?? 0) - (b.span?.column ?? 0));
  const symbols: Symbol[] = [...labels.entries()].map(([name, l]) => ({ name, pc: l.pc })).sort((a, b) => a.pc - b.pc);
  const functions = functionsOf(insns, symbols);
  const section = progType !== undefined ? { progType, section: progType } : {};
  const program: Program = { insns, maps, lines: lineTable, symbols, lineTable: entries, functions, ...section };
  return { program, diagnostics };
}

/** Resolves the item's reference and builds its slots; on error, still returns the right number of slots. */
function link(p: Placed, labels: Map<string, { pc: number }>, maps: readonly MapDef[], out: Diagnostic[]): Insn[] {
  const { item } = p;
  if (item.raw) return [insn(item.raw.code, item.raw.dst, item.raw.src, item.raw.off, item.raw.imm)];
  let ops = item.ops;
  const ref = item.ref;
  if (ref?.kind === "label") {
    const target = labels.get(ref.name);
    if (!target) {
      out.push(error("unknown-label", `unknown label '${ref.name}'`, { span: span(p.line, ref.col, ref.end) }));
    } else {
      const rel = target.pc - (p.pc + 1);
      if (ref.field === "off" && (rel < -32768 || rel > 32767)) {
        out.push(error("off-range", `jump to '${ref.name}' is ${rel} instructions away, beyond the 16-bit offset (use gotol)`, { span: span(p.line, ref.col, ref.end) }));
      } else ops = { ...ops, [ref.field]: rel };
    }
  } else if (ref?.kind === "map") {
    let index = typeof ref.name === "number" ? ref.name : maps.findIndex((m) => m.name === ref.name);
    if (typeof ref.name === "string" && index < 0) {
      const known = maps.length ? ` (declared: ${maps.map((m) => m.name).join(", ")})` : " (declare it with .map or --map)";
      out.push(error("unknown-map", `unknown map '${ref.name}'${known}`, { span: span(p.line, ref.col, ref.end) }));
      index = 0;
    } else if (maps.length > 0 && index >= maps.length) {
      out.push(error("unknown-map", `map index ${index} is out of range: ${maps.length} map(s) declared`, { span: span(p.line, ref.col, ref.end) }));
    }
    const hi = ops.imm64 !== undefined ? ops.imm64 & 0xffffffff00000000n : 0n;
    ops = { ...ops, imm64: hi | BigInt(index >>> 0) };
  }
  return build(item.form, ops);
}

function directive(c: Cursor, maps: MapDef[]): { item?: InsnItem; progType?: string } {
  const d = c.next("a directive");
  if (IGNORED_DIRECTIVES.has(d.text)) {
    while (!c.done) c.next("");
    return {};
  }
  switch (d.text) {
    case ".section": {
      const t = c.next("a section name");
      while (!c.done) c.next(""); // flags such as "ax",@progbits
      return t.text === ".text" ? {} : { progType: t.text };
    }
    case ".insn": {
      // .insn CODE, DST, SRC, OFF, IMM: one raw slot, whatever the table says of it.
      const v: number[] = [];
      const limits: [string, bigint, bigint][] = [["opcode", 0n, 255n], ["dst", 0n, 15n], ["src", 0n, 15n], ["off", -32768n, 65535n]];
      for (const [name, lo, hi] of limits) {
        const x = c.int(name);
        if (x.value < lo || x.value > hi) c.fail("imm-range", `.insn ${name} ${x.to.text} is out of range ${lo}..${hi}`, x.from, x.to);
        v.push(Number(x.value));
        c.expect(",");
      }
      const immv = imm32(c, c.int("imm"));
      c.end();
      return { item: { form: "raw", ops: {}, raw: { code: v[0], dst: v[1], src: v[2], off: (v[3] << 16) >> 16, imm: immv } } };
    }
    case ".map": {
      maps.push(mapDecl(c, maps));
      return {};
    }
    default:
      return c.fail("unknown-directive", `unknown directive '${d.text}' (known: .map, .section, .insn)`, d);
  }
}

/** `.map NAME, type=hash, key_size=4, value_size=8, max_entries=1024[, flags=0]` */
function mapDecl(c: Cursor, maps: readonly MapDef[]): MapDef {
  const name = c.next("a map name");
  if (name.kind !== "ident") c.fail("syntax", `expected a map name, found '${name.text}'`, name);
  if (maps.some((m) => m.name === name.text)) c.fail("duplicate-map", `map '${name.text}' is already declared`, name);
  const fields: Record<string, number | string> = {};
  while (c.accept(",")) {
    const key = c.next("a map attribute");
    c.expect("=");
    if (key.text === "type") {
      const t = c.next("a map type");
      if (!(t.text in MAP_TYPES)) c.fail("bad-map", `unknown map type '${t.text}' (known: ${Object.keys(MAP_TYPES).join(", ")})`, t);
      fields.type = t.text;
    } else if (["key_size", "value_size", "max_entries", "flags"].includes(key.text)) {
      const v = c.int(key.text);
      if (v.value < 0n || v.value > 0xffffffffn) c.fail("bad-map", `${key.text} ${v.to.text} is out of range`, v.from, v.to);
      fields[key.text] = Number(v.value);
    } else {
      c.fail("bad-map", `unknown map attribute '${key.text}' (known: type, key_size, value_size, max_entries, flags)`, key);
    }
  }
  c.end();
  if (fields.type === undefined) c.fail("bad-map", `map '${name.text}' needs a type, e.g. '.map ${name.text}, type=hash, key_size=4, value_size=8, max_entries=16'`, name);
  if (fields.max_entries === undefined) c.fail("bad-map", `map '${name.text}' needs max_entries`, name);
  return {
    name: name.text,
    type: fields.type as string,
    keySize: (fields.key_size as number) ?? 0,
    valueSize: (fields.value_size as number) ?? 0,
    maxEntries: fields.max_entries as number,
    flags: (fields.flags as number) ?? 0,
  };
}

/**
 * The functions of assembled code: the entry from slot 0, and a subprogram at each bpf-to-bpf
 * call's target, named by its label; each runs up to the next one.
 */
function functionsOf(insns: readonly Insn[], symbols: readonly Symbol[]): FuncSymbol[] {
  if (insns.length === 0) return [];
  const starts = new Set<number>([0]);
  insns.forEach((i, pc) => {
    const target = pc + 1 + i.imm;
    if (i.code === 0x85 && i.src === 1 && target > 0 && target < insns.length) starts.add(target);
  });
  const sorted = [...starts].sort((a, b) => a - b);
  const name = (pc: number) => symbols.find((s) => s.pc === pc)?.name ?? (pc === 0 ? "main" : `pc ${pc}`);
  return sorted.map((start, k) => ({ name: name(start), start, end: sorted[k + 1] ?? insns.length }));
}
