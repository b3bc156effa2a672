// The code the compiler (jit.ts) emits for loads, stores and atomics: plain bytes of a region in
// bounds are read and written inline, the run's hot regions (the packet, the entry stack, the
// context's packet pointer fields) tested first from locals; everything else through the
// machine's checked loads and stores, or atomic.ts.

import type { Code } from "./decode.ts";
import { PACKET_POINTERS } from "./packet_layout.ts";
import { HI_TAG as TAG, LO_BASE } from "./memory.ts";

const HI_TAG = `(${TAG})`;
const HI_MASK = `(${0xff000000 | 0})`;

/** An int32 expression as unsigned. */
export const u = (x: string) => `(${x} >>> 0)`;

/**
 * The regions most accesses of a run go to, taken into locals once per call: the packet (PR, PK)
 * and the context's packet pointer fields (CK by offset, CO the packet's offsets, the context's
 * high word CH, the packet pointers' PH), from Machine.hot, made once per run's layout; and the
 * entry frame's stack (hotStack). Without a packet, PK and CH are 1 with an empty region and no
 * kinds: an access with that high word (a scalar) fails their bounds and takes the general path.
 * None of these regions changes its id, hook or place in the table during a run; their bounds
 * and bytes are read at each access.
 */
export const hotRegions = `
  const HT = m.hot, CH = HT.ctxHi, CK = HT.kindAt, CO = HT.offsets, PH = HT.pointerHi, PR = HT.packet, PK = HT.packetHi;`;
/**
 * The entry stack as a hot region, for code that names r10: a pointer into the entry frame's
 * stack starts from r10 (no helper returns one, and a program that never names r10 cannot
 * make one; one it was handed by a tail call's caller takes the general path, correct if slower).
 */
export const hotStack = `
  const SH = m.entryStackHi, SR = R[SH & 0xffffff];`;

/**
 * A 4-byte load from a region with a hook: a context's packet pointer field (ctx->data,
 * data_end, data_meta) read from the packet's offsets as the hook's load would give it
 * (RegionHook.pointers, packet_layout.ts's PACKET_POINTERS), without the call; other fields through
 * the hook (`other`).
 */
function packetPointer(other: string): string {
  const pick = PACKET_POINTERS.map((name, i) => (i === PACKET_POINTERS.length - 1 ? `o.${name}` : `kk === ${i + 1} ? o.${name} : `)).join("");
  return (
    `const pf = hk.pointers, kk = pf !== undefined ? pf.kindAt[at] : 0; ` +
    `if (kk > 0 && kk <= ${PACKET_POINTERS.length}) { const o = pf.offsets; v = (${LO_BASE} + (${pick})) | 0; vh = pf.hi; } else { ${other} }`
  );
}

/** A load (LDX, and LDXSX's sign extension) at pc. */
export function loadCode(c: Code, pc: number, stack: boolean): string {
  const op = c.op[pc], d = c.dst[pc], s = c.src[pc], off = c.off[pc];
  const L = `l${d}`, H = `h${d}`;
  const size = [4, 2, 1, 8][(op >> 3) & 3];
  const sx = (op & 0xe0) === 0x80;
  // plain bytes of a region in bounds are read here; anything else (a context field that
  // computes a pointer, a fault, strict alignment) goes through the machine's checked load
  // `at` as an int32: an address below the region's base or 2 GiB above it wraps negative and
  // fails the bounds test as the unsigned offset would, so the checked path gets it either way.
  // A context field the region's hook computes (a packet pointer) is asked of the hook here,
  // as the machine's load does, without the call through it
  const fastIn = (r: string) => (size === 1 ? `v = ${r}.bytes[at];` : size === 2 ? `v = ${r}.view.getUint16(at, true);` : `v = ${r}.view.getInt32(at, true);`) + (size === 8 ? ` vh = ${r}.view.getInt32(at + 4, true);` : "");
  const fast = fastIn("r");
  const viaHook = `const p = hk.load(at, ${size}); if (p !== undefined) { v = p[1]; vh = p[0]; } else { ${fast} }`;
  const general =
    `const r = (hh & ${HI_MASK}) === ${HI_TAG} ? R[hh & 0xffffff] : undefined; ` +
    `if (r !== undefined && !SA && at >= r.start && at + ${size} <= r.end) { const hk = r.hook; ` +
    `if (hk === undefined) { ${fast} } else { ${size === 4 ? packetPointer(viaHook) : viaHook} } } ` +
    `else { v = m.load(hh, lo, ${size}, ${pc}); vh = m.loadHi; }`;
  // the run's hot regions first, from locals the prologue took (hotRegions): the packet, the
  // entry stack, and for 4-byte loads the context's packet pointer fields, without the chain
  // of loads through the region table (and the context's hook); everything else as above
  const ctxField = PACKET_POINTERS.map((name, i) => (i === PACKET_POINTERS.length - 1 ? `CO.${name}` : `kk === ${i + 1} ? CO.${name} : `)).join("");
  const [head, hb, late] = highWord(s, off);
  const addr =
    `${head} let v = 0, vh = 0; ` +
    (size === 4 ? "let kk = 0; " : "") +
    `if (${hb} === PK && !SA && at >= PR.start && at + ${size} <= PR.end) { ${fastIn("PR")} } ` +
    (stack ? `else if (${hb} === SH && !SA && at >= SR.start && at + ${size} <= SR.end) { ${fastIn("SR")} } ` : "") +
    (size === 4 ? `else if (${hb} === CH && !SA && at >= 0 && at + 4 <= CK.length && (kk = CK[at]) !== 0 && kk <= ${PACKET_POINTERS.length}) { v = (${LO_BASE} + (${ctxField})) | 0; vh = PH; } ` : "") +
    `else { ${late}${general} }`;
  if (!sx) return `{ ${addr} ${L} = v; ${H} = vh; }`;
  const sh = 32 - size * 8;
  return `{ ${addr} ${L} = ${sh ? `(v << ${sh}) >> ${sh}` : "v"}; ${H} = ${L} >> 31; }`;
}

/** An atomic instruction at pc. */
export function atomicCode(c: Code, pc: number): string {
  const op = c.op[pc], d = c.dst[pc], s = c.src[pc], off = c.off[pc], imm = c.imm[pc];
  const L = `l${d}`, H = `h${d}`;
  // atomics go through atomic.ts (the machine's checked loads and stores); fetch forms change src, cmpxchg r0
  const regs = [...new Set([d, s, 0])];
  const out = regs.map((k) => `L[${k}] = l${k}; H[${k}] = h${k};`).join(" ");
  const back = regs.map((k) => `l${k} = L[${k}]; h${k} = H[${k}];`).join(" ");
  const slow = `${out} atomic(m, ${pc}, ${op}, ${d}, ${s}, ${off}, ${imm}); ${back}`;
  if ((imm !== 0 && imm !== 1) || (op !== 0xc3 && op !== 0xdb)) return slow;
  // add and fetch_add of 4 or 8 bytes (a counter in a map value) into plain writable bytes in
  // bounds, as atomic.ts does it: load, add, store, and the old value to src for fetch
  const size = op === 0xdb ? 8 : 4;
  const sum =
    size === 8
      ? `const ol = r.view.getInt32(at, true), oh = r.view.getInt32(at + 4, true), nl = (ol + l${s}) | 0; ` +
        `r.view.setInt32(at, nl, true); r.view.setInt32(at + 4, (oh + h${s} + (${u("nl")} < ${u("ol")} ? 1 : 0)) | 0, true);`
      : `const ol = r.view.getInt32(at, true), oh = 0; r.view.setInt32(at, (ol + l${s}) | 0, true);`;
  return (
    `{ const a = ${L}, lo = (a + ${off}) | 0, hh = (${H} + ${off >> 31} + (${u("lo")} < ${u("a")} ? 1 : 0)) | 0; ` +
    `const r = (hh & ${HI_MASK}) === ${HI_TAG} ? R[hh & 0xffffff] : undefined, at = (lo - ${LO_BASE}) | 0; ` +
    `if (r !== undefined && r.hook === undefined && r.writable && !SA && !W && at >= r.start && at + ${size} <= r.end) { ${sum}${imm === 1 ? ` l${s} = ol; h${s} = oh;` : ""} } ` +
    `else { ${slow} } }`
  );
}

/** A store (ST of an immediate, STX of a register) at pc. */
export function storeCode(c: Code, pc: number, stack: boolean): string {
  const op = c.op[pc], d = c.dst[pc], s = c.src[pc], off = c.off[pc], imm = c.imm[pc];
  const cls = op & 7;
  const size = [4, 2, 1, 8][(op >> 3) & 3];
  const [vh, vl] = cls === 2 ? [`${imm >> 31}`, `${imm}`] : [`h${s}`, `l${s}`];
  // stores into plain writable bytes in bounds are made here when nothing watches writes (the
  // debugger's undo); the rest through the machine's checked store
  const fastIn = (r: string) =>
    size === 1 ? `${r}.view.setUint8(at, ${vl})` : size === 2 ? `${r}.view.setUint16(at, ${vl}, true)` : size === 4 ? `${r}.view.setInt32(at, ${vl}, true)` : `${r}.view.setInt32(at, ${vl}, true); ${r}.view.setInt32(at + 4, ${vh}, true)`;
  // the packet and the entry stack (hotRegions) first, then any region through the table
  const inHot = (r: string) => `${r}.writable && !SA && !W && at >= ${r}.start && at + ${size} <= ${r}.end`;
  const [head, hb, late] = highWord(d, off);
  return (
    `{ ${head} ` +
    (stack ? `if (${hb} === SH && ${inHot("SR")}) { ${fastIn("SR")}; } else ` : "") +
    `if (${hb} === PK && ${inHot("PR")}) { ${fastIn("PR")}; } ` +
    `else { ${late}const r = (hh & ${HI_MASK}) === ${HI_TAG} ? R[hh & 0xffffff] : undefined; ` +
    `if (r !== undefined && r.hook === undefined && r.writable && !SA && !W && at >= r.start && at + ${size} <= r.end) { ${fastIn("r")}; } ` +
    `else m.store(hh, lo, ${size}, ${vh}, ${vl}, ${pc}); } }`
  );
}

/**
 * The address of a load or store at register `reg` + `off`: the code that computes lo and at (and
 * hh, the high word, when it is needed at once), the high word the hot regions' tests compare
 * (hotRegions: PK, SH, CH), and the code that makes hh for the paths after them. For an offset in
 * [-32768, LO_BASE] those tests may compare the register's own high word: when the low word's
 * addition carries (or its subtraction borrows) the high word differs, but then lo is below
 * LO_BASE (or within 32 KiB under 2^32), so at is negative and no hot region's bounds test
 * (start >= 0) passes; the carry is computed only on the paths that need the true high word.
 */
function highWord(reg: number, off: number): [head: string, hb: string, late: string] {
  const at = `const a = l${reg}, lo = (a + ${off}) | 0, at = (lo - ${LO_BASE}) | 0;`;
  const hh = `const hh = (h${reg} + ${off >> 31} + (${u("lo")} < ${u("a")} ? 1 : 0)) | 0;`;
  return off >= -32768 && off <= LO_BASE ? [at, `h${reg}`, `${hh} `] : [`${at} ${hh}`, "hh", ""];
}
