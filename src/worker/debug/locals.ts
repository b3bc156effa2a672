// The C variables live at the instruction the program stands on, with their values, for the
// Locals pane: from the program's debug info (each variable's register or stack slot over a
// range of instructions, and its C type), read out of the VM. Integers by their size and
// signedness, structs and arrays as rows that expand, pointers as what they point into
// (`packet + 14`, `map value of counts`, `stack fp-16`, `ctx`), named by the VM's regions.

import { MAX_BPF_STACK as STACK_SIZE } from "../../core/isa/limits.ts";
import { typeSize } from "../../core/program.ts";
import type { Program, TypeDesc, VarLocation } from "../../core/program.ts";
import type { Debugger } from "../../core/vm/index.ts";
import { describePointer, regionOf } from "../../core/vm/pointer.ts";
import type { LocalView } from "../../protocol/index.ts";

/** Elements of an array, and levels of nesting, shown before "…". */
const MAX_ELEMENTS = 32;
const MAX_DEPTH = 4;

type Types = readonly TypeDesc[];

/** Bytes to read a value from: a register's 8, or a stretch of a frame's stack. */
interface Bytes {
  readonly bytes: Uint8Array;
  readonly at: number;
}

function regBytes(v: bigint): Bytes {
  const b = new Uint8Array(8);
  new DataView(b.buffer).setBigUint64(0, BigInt.asUintN(64, v), true);
  return { bytes: b, at: 0 };
}

function readInt(src: Bytes, at: number, size: number, signed: boolean): bigint | undefined {
  if (at < 0 || at + size > src.bytes.length) return undefined;
  let v = 0n;
  for (let k = size - 1; k >= 0; k--) v = (v << 8n) | BigInt(src.bytes[at + k]);
  return signed ? BigInt.asIntN(size * 8, v) : v;
}

function scalarText(t: TypeDesc, v: bigint): string {
  if (t.kind === "bool") return v ? "true" : "false";
  if (t.kind === "enum") {
    const hit = t.values.find(([, val]) => val === v.toString());
    return hit ? `${hit[0]} (${v})` : v.toString();
  }
  if (t.kind === "int" && t.size === 1 && v >= 32n && v < 127n) return `${v} '${String.fromCharCode(Number(v))}'`;
  return v.toString();
}

/** The value of a `type` stored at `src.at + offset`, with its members or elements as children. */
function valueOf(dbg: Debugger, types: Types, typeIdx: number, src: Bytes, at: number, depth: number): Pick<LocalView, "value" | "children"> {
  const t = types[typeIdx];
  if (!t) return { value: "?" };
  switch (t.kind) {
    case "int":
    case "enum": {
      const v = readInt(src, at, t.size, t.signed);
      return { value: v === undefined ? "?" : scalarText(t, v) };
    }
    case "bool": {
      const v = readInt(src, at, 1, false);
      return { value: v === undefined ? "?" : scalarText(t, v) };
    }
    case "ptr": {
      const v = readInt(src, at, 8, false);
      if (v === undefined) return { value: "?" };
      return { value: describePointer(dbg.run, v), children: depth < 2 ? pointee(dbg, types, t.to, v, depth) : undefined };
    }
    case "struct":
    case "union": {
      if (depth >= MAX_DEPTH) return { value: "{…}" };
      const children = t.members.map((m) => {
        const mt = types[m.type];
        let value: Pick<LocalView, "value" | "children">;
        if (m.bitWidth !== undefined && mt && (mt.kind === "int" || mt.kind === "enum" || mt.kind === "bool")) {
          const size = mt.kind === "bool" ? 1 : mt.size;
          const raw = readInt(src, at + m.offset, size, false);
          const bits = raw === undefined ? undefined : (raw >> BigInt(m.bitOffset ?? 0)) & ((1n << BigInt(m.bitWidth)) - 1n);
          const signed = mt.kind !== "bool" && mt.signed;
          value = { value: bits === undefined ? "?" : scalarText(mt, signed ? BigInt.asIntN(m.bitWidth, bits) : bits) };
        } else value = valueOf(dbg, types, m.type, src, at + m.offset, depth + 1);
        return { name: m.name || "(anonymous)", type: mt?.name ?? "?", ...value };
      });
      return { value: "{…}", children };
    }
    case "array": {
      if (depth >= MAX_DEPTH) return { value: `[${t.len}]` };
      const size = typeSize(types, t.of);
      const n = Math.min(t.len, MAX_ELEMENTS);
      const children = Array.from({ length: n }, (_, k) => ({ name: `[${k}]`, type: types[t.of]?.name ?? "?", ...valueOf(dbg, types, t.of, src, at + k * size, depth + 1) }));
      const elem = types[t.of];
      // char arrays read as text, as debuggers show them.
      if (elem?.kind === "int" && elem.size === 1) {
        const bytes = src.bytes.subarray(at, at + t.len);
        const end = bytes.indexOf(0);
        const text = [...bytes.subarray(0, end < 0 ? bytes.length : end)].map((b) => (b >= 32 && b < 127 ? String.fromCharCode(b) : ".")).join("");
        return { value: `"${text}"`, children };
      }
      return { value: `[${t.len}]`, children };
    }
    default:
      return { value: "" };
  }
}

/**
 * What a pointer to a struct, union or integer points at, read from the packet, the stack, a
 * map value or a ring buffer record when the whole object lies inside it: the rows under the
 * pointer. (The context is left out: its pointer fields are computed on each load.)
 */
function pointee(dbg: Debugger, types: Types, to: number, v: bigint, depth: number): readonly LocalView[] | undefined {
  const t = types[to];
  if (!t || !(t.kind === "struct" || t.kind === "union" || t.kind === "int")) return undefined;
  const found = regionOf(dbg.run, v);
  if (!found || !["packet", "stack", "map_value", "ringbuf"].includes(found.region.kind)) return undefined;
  const { region: r, at } = found;
  const size = typeSize(types, to);
  if (size === 0 || at < r.start || at + size > r.end) return undefined;
  const shown = valueOf(dbg, types, to, { bytes: r.bytes, at: 0 }, at, depth + 1);
  return shown.children ?? [{ name: "*", type: t.name, value: shown.value }];
}


/** The function of the program an instruction belongs to. */
function functionAt(program: Program, pc: number): string | undefined {
  return program.functions?.find((f) => pc >= f.start && pc < f.end)?.name;
}

/** The variables live at the current instruction, in the order the debug info gives them, each with its value. */
export function localsAt(dbg: Debugger, program: Program): LocalView[] {
  const info = program.debug;
  const m = dbg.run.machine;
  if (!info || m.frames.length === 0) return [];
  const pc = m.pc;
  const fn = functionAt(program, pc);
  const live = info.vars.filter((v) => pc >= v.from && pc < v.to && (fn === undefined || v.func === fn));
  const frame = m.frames[m.frames.length - 1];
  return live.map((v) => localView(dbg, info.types, v, frame.stack.bytes));
}

function localView(dbg: Debugger, types: Types, v: VarLocation, stack: Uint8Array): LocalView {
  const type = types[v.type]?.name ?? "?";
  if ("value" in v.where) return { name: v.name, type, where: "const", ...valueOf(dbg, types, v.type, regBytes(BigInt(v.where.value)), 0, 0) };
  if ("reg" in v.where) {
    const add = v.where.add ?? 0;
    const src = regBytes(dbg.run.machine.reg(v.where.reg) + BigInt(add));
    return { name: v.name, type, where: `r${v.where.reg}${add ? (add < 0 ? `${add}` : `+${add}`) : ""}`, ...valueOf(dbg, types, v.type, src, 0, 0) };
  }
  const off = v.where.fpOffset;
  return { name: v.name, type, where: `fp${off < 0 ? "-" : "+"}${Math.abs(off)}`, ...valueOf(dbg, types, v.type, { bytes: stack, at: 0 }, STACK_SIZE + off, 0) };
}
