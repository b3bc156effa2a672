// The states a kernel log prints, read into the verifier's own view records (view.ts), so the
// Verifier pane shows the kernel's states as it shows bpfplay's. The reading is the inverse of
// view.ts's printing: `regViewText(parseRegText(t)) === t` for what the kernel prints (the test
// checks it on every state of test/verifier's kernel logs).

import { S64_MAX, S64_MIN, U64_MAX } from "../reg.ts";
import type { Bounds, FrameView, RegView, SlotView } from "../view.ts";
import type { LogState } from "./parse.ts";

const S32_MIN = -(1n << 31n);
const S32_MAX = (1n << 31n) - 1n;
const U32_MAX = 0xffffffffn;

const NUMBER = /^-?(0x[0-9a-f]+|\d+)$/;

function num(text: string): bigint | undefined {
  if (!NUMBER.test(text)) return undefined;
  const neg = text.startsWith("-");
  const v = BigInt(neg ? text.slice(1) : text);
  return neg ? -v : v;
}

/** `a=b,c=(x; y),d` split at commas outside parentheses. */
function fields(inner: string): string[] {
  const out: string[] = [];
  let depth = 0, start = 0;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "," && depth === 0) {
      out.push(inner.slice(start, i));
      start = i + 1;
    }
  }
  if (inner.length) out.push(inner.slice(start));
  return out;
}

const BOUND_NAMES = ["smin", "smax", "umin", "umax", "smin32", "smax32", "umin32", "umax32"] as const;

function defaultBounds(): Record<(typeof BOUND_NAMES)[number], bigint> {
  return { smin: S64_MIN, smax: S64_MAX, umin: 0n, umax: U64_MAX, smin32: S32_MIN, smax32: S32_MAX, umin32: 0n, umax32: U32_MAX };
}

/** A bound as printed: signed ones may be hex bits of their width. */
function boundValue(name: string, v: bigint): bigint {
  if (name === "smin" || name === "smax") return BigInt.asIntN(64, v);
  if (name === "smin32" || name === "smax32") return BigInt.asIntN(32, v);
  return v;
}

/** One register as the kernel prints it (`ctx()`, `fp-8`, `P5`, `scalar(smin=0,...)`, `pkt(off=14,r=14)`); undefined when it is not one. */
export function parseRegText(text: string): RegView | undefined {
  let t = text;
  const precise = t.startsWith("P") && (t.startsWith("Pscalar(") || NUMBER.test(t.slice(1)));
  if (precise) t = t.slice(1);
  const known = num(t);
  if (known !== undefined) return { type: "scalar", precise, written: false, value: BigInt.asIntN(64, known), off: 0 };
  // `fp[0]-8`: a pointer into a caller's frame, that frame's number kept
  const fp = /^fp(?:\[(\d+)\])?(-?\d+)$/.exec(t);
  if (fp) return { type: "fp", precise: false, written: false, value: 0n, off: Number(fp[2]), ...(fp[1] !== undefined && { stackFrame: Number(fp[1]) }) };
  const m = /^([a-z_0-9]+)\((.*)\)$/.exec(t);
  if (!m) return undefined;
  const type = m[1];
  let view: { -readonly [K in keyof RegView]: RegView[K] } = { type, precise, written: false, off: 0 };
  const bounds = defaultBounds();
  let hasBounds = false;
  let mapName: string | undefined, ks: number | undefined, vs: number | undefined;
  for (const f of fields(m[2])) {
    const parts = f.split("=");
    const value = parts.pop()!;
    for (const key of parts) {
      const v = num(value);
      if ((BOUND_NAMES as readonly string[]).includes(key) && v !== undefined) {
        bounds[key as (typeof BOUND_NAMES)[number]] = boundValue(key, v);
        hasBounds = true;
      } else if (key === "var_off") {
        const vo = /^\((0x[0-9a-f]+); (0x[0-9a-f]+)\)$/.exec(value);
        if (!vo) return undefined;
        view.varOff = { value: BigInt(vo[1]), mask: BigInt(vo[2]) };
      } else if (key === "id") {
        // `id=2` or, linked with a constant delta, `id=2+1`, `id=2-100`
        const id = /^(\d+)([+-]\d+)?$/.exec(value);
        if (!id) return undefined;
        view.id = Number(id[1]);
        if (id[2] !== undefined) view.delta = Number(id[2]);
      }
      else if (key === "ref_obj_id" && v !== undefined) view.refId = Number(v);
      else if (key === "map") mapName = value;
      else if (key === "ks" && v !== undefined) ks = Number(v);
      else if (key === "vs" && v !== undefined) vs = Number(v);
      else if (key === "off" && v !== undefined) view.off = Number(BigInt.asIntN(64, v));
      else if (key === "r" && v !== undefined) view.range = Number(BigInt.asIntN(64, v));
      else if (key === "sz" && v !== undefined) view.size = Number(v);
      else if (key === "imm" && v !== undefined) view.value = BigInt.asIntN(64, v);
      else return undefined;
    }
  }
  if (ks !== undefined || vs !== undefined || mapName !== undefined) view.map = { name: mapName ?? "", keySize: ks ?? 0, valueSize: vs ?? 0 };
  if (hasBounds) view.bounds = bounds as Bounds;
  // a pointer printed without imm= has a known variable part of 0 unless bounds say otherwise
  if (type !== "scalar" && view.value === undefined && !hasBounds && !view.varOff) view = { ...view, value: 0n };
  return view;
}

/** A stack slot as printed after `fp-8=`: its bytes, `0`, a spilled register, or bytes then a narrow spill or zeros. */
export function parseSlotText(off: number, text: string): SlotView | undefined {
  if (/^[?m0r]{8}$/.test(text)) return { off, bytes: text };
  if (text === "0") return { off, bytes: "00000000" };
  const prefix = /^[?m0r]*/.exec(text)![0];
  for (let n = Math.min(prefix.length, 7); n >= 0; n--) {
    const rest = text.slice(n);
    const head = prefix.slice(0, n);
    if (rest === "0" && [4, 6, 7].includes(n) && !head.includes("0")) return { off, bytes: head + "0".repeat(8 - n) };
    const spilled = parseRegText(rest);
    if (spilled) return { off, bytes: head + "r".repeat(8 - n), spilled };
  }
  return undefined;
}

/** One printed state as a frame view; names it could not read are returned beside it. */
export function frameOfLogState(s: Pick<LogState, "frame" | "values" | "written">): { frame: FrameView; unread: string[] } {
  const regs: { no: number; reg: RegView }[] = [];
  const slots: SlotView[] = [];
  const unread: string[] = [];
  for (const [name, text] of Object.entries(s.values)) {
    const r = /^R(\d+)$/.exec(name);
    const f = /^fp(-\d+)$/.exec(name);
    if (r) {
      const reg = parseRegText(text);
      if (reg) regs.push({ no: Number(r[1]), reg: { ...reg, written: s.written.includes(name) } });
      else unread.push(name);
    } else if (f) {
      const slot = parseSlotText(Number(f[1]), text);
      if (slot) slots.push(slot);
      else unread.push(name);
    } else if (name !== "refs") unread.push(name);
  }
  regs.sort((a, b) => a.no - b.no);
  slots.sort((a, b) => b.off - a.off);
  return { frame: { frame: s.frame, regs, slots }, unread };
}
