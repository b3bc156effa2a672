// A PREVAIL case's `pre` (the state it assumes at entry) as a prologue of real instructions
// that brings the kernel's entry state (r1 = ctx, r10 = frame pointer, nothing else) to it,
// for the constraints that have such a form:
//
//   rN.type=number, svalue/uvalue = k      rN = k ll
//   svalue/uvalue = [lo, hi]               rN = an unknown u64 read from a map value, then
//                                          `if rN s< lo goto __pre_fail` and so on
//   rN.type=stack, stack_offset=k          rN = r10; rN += k - 512
//   rN.type=ctx, ctx_offset=k              rN = r1; rN += k
//   rN.type=packet, packet_offset=k        rN = data + k    (=packet_size: data_end)
//   packet_size=[lo, hi]                   a bounds check of data + lo against data_end
//   rN.type=shared, size s, offset k       rN = the address of a map value of s bytes, + k
//   rN.type=map_fd / map_fd_programs       rN = map[...] ll
//   s[a...b].type=number, svalue=k         stores into the stack
//
// Paths that miss an assumption leave through `__pre_fail: r0 = 0; exit`, so what the code
// sees is exactly the assumed state. Wide bounds and unknown stack contents need a scratch
// register: one of r6-r9 that neither the case's code nor its `pre` mentions.
// Everything else (a join of types, relations between variables, loop counters, the bottom
// state) has no single entry state, and the case is skipped with the reason.

export const PRE_MAPS = {
  /** Unknown 64-bit numbers are read from this array's one value. */
  unknown: ".map prevail_pre, type=array, key_size=4, value_size=8, max_entries=1",
  shared: (size: number) => `.map prevail_shared_${size}, type=array, key_size=4, value_size=${size}, max_entries=1`,
};

export type PreResult = { readonly lines: string[]; readonly maps: string[]; readonly mapFd: boolean; readonly progArray: boolean } | { readonly skip: string };

type Num = bigint | { readonly lo: bigint; readonly hi: bigint };
interface Reg {
  type?: string;
  readonly fields: Map<string, string>;
}

const S64_MIN = -(1n << 63n);
const S64_MAX = (1n << 63n) - 1n;
const U64_MAX = (1n << 64n) - 1n;
const S32_MIN = -(1n << 31n);
const S32_MAX = (1n << 31n) - 1n;

class Skip extends Error {}
const skip = (reason: string): never => {
  throw new Skip(reason);
};

function num(text: string, what: string): Num {
  const t = text.trim();
  const m = /^\[\s*(-?\d+)\s*,\s*(-?\d+)\s*\]$/.exec(t);
  if (m) return { lo: BigInt(m[1]), hi: BigInt(m[2]) };
  if (/^-?\d+$/.test(t)) return BigInt(t);
  return skip(`pre: ${what}=${t} relates two variables`);
}

const asSigned = (v: bigint) => BigInt.asIntN(64, v);

/** The immediate a 64-bit comparison with `v` can use (sign-extended 32 bits), if any. */
function imm(v: bigint, unsigned: boolean): string | undefined {
  const s = unsigned ? asSigned(v) : v;
  return s >= S32_MIN && s <= S32_MAX ? String(s) : undefined;
}

/** Where the program type's ctx keeps the packet pointers. */
export interface PacketFields {
  readonly data: number;
  readonly dataEnd: number;
}

export function prologue(pre: readonly string[], scratch: readonly string[], ctx: PacketFields): PreResult {
  try {
    return build(pre, [...scratch], ctx);
  } catch (e) {
    if (e instanceof Skip) return { skip: e.message };
    throw e;
  }
}

function build(pre: readonly string[], free: string[], ctx: PacketFields): PreResult {
  const regs = new Map<number, Reg>();
  const cells: { a: number; b: number; value?: bigint }[] = [];
  let packetSize: Num | undefined;
  const reg = (n: number) => regs.get(n) ?? regs.set(n, { fields: new Map() }).get(n)!;

  for (const raw of pre) {
    const c = raw.trim();
    let m: RegExpExecArray | null;
    if (c === "_|_") skip("pre: the entry state is bottom (_|_)");
    else if ((m = /^r(\d+)\.type\s+in\s+\{/.exec(c))) skip(`pre: r${m[1]} is one of several types (${c})`);
    else if ((m = /^r(\d+)\.type=(\w+)$/.exec(c))) reg(Number(m[1])).type = m[2];
    else if ((m = /^r(\d+)\.(\w+)=(.+)$/.exec(c))) reg(Number(m[1])).fields.set(m[2], m[3]);
    else if ((m = /^s\[(\d+)\.\.\.(\d+)\]\.(type|svalue|uvalue)=(.+)$/.exec(c))) {
      const a = Number(m[1]);
      const b = Number(m[2]);
      if (m[3] === "type" && m[4] !== "number") skip(`pre: stack cells of type ${m[4]}`);
      const v = m[3] === "type" ? undefined : num(m[4], `s[${a}...${b}].${m[3]}`);
      if (v !== undefined && typeof v !== "bigint") skip(`pre: a stack cell with a value range (${c})`);
      const old = cells.find((x) => x.a === a && x.b === b);
      if (old) old.value = v === undefined ? old.value : asSigned(v as bigint);
      else cells.push({ a, b, value: v === undefined ? undefined : asSigned(v as bigint) });
    } else if ((m = /^packet_size=(.+)$/.exec(c))) packetSize = num(m[1], "packet_size");
    else if (/^meta_offset=/.test(c)) continue; // the harness's ctx has no data_meta, so no code can reach it
    else skip(`pre: relational constraint ${c}`);
  }

  const phaseCtx: string[] = []; // needs r1 = ctx
  const phaseRest: string[] = [];
  let mapFd = false;
  let progArray = false;
  const maps = new Set<string>();
  const takeScratch = (why: string) => free.shift() ?? skip(`pre: ${why} needs a free register (r6-r9 all in use)`);
  let unknownScratch: string | undefined;

  /** `if rN <op> v goto __pre_fail`, through a scratch register when v is too wide. */
  const failIf = (out: string[], r: string, op: string, v: bigint, unsigned: boolean) => {
    const i = imm(v, unsigned);
    if (i !== undefined) out.push(`if ${r} ${op} ${i} goto __pre_fail`);
    else {
      const s = takeScratch(`the bound ${v}`);
      free.unshift(s); // it may be reused at once
      out.push(`${s} = ${asSigned(v)} ll`, `if ${r} ${op} ${s} goto __pre_fail`);
    }
  };
  const unknown = (out: string[], r: string) => {
    maps.add(PRE_MAPS.unknown);
    out.push(`${r} = map_value[prevail_pre] ll`, `${r} = *(u64 *)(${r} + 0)`);
  };
  const int = (r: Reg, n: number, f: string): bigint | undefined => {
    const t = r.fields.get(f);
    if (t === undefined) return undefined;
    const v = num(t, `r${n}.${f}`);
    if (typeof v !== "bigint") skip(`pre: r${n}.${f} is a range (${t})`);
    return v as bigint;
  };

  const order = [...regs.keys()].sort((a, b) => (a === 1 ? 1 : b === 1 ? -1 : a - b)); // r1 last: the others may need the ctx
  for (const n of order) {
    const r = regs.get(n)!;
    const R = `r${n}`;
    if (n === 10) {
      if (r.type === "stack" && r.fields.get("stack_offset") === "512" && r.fields.size === 1) continue;
      skip(`pre: r10 other than the frame pointer (${r.type})`);
    }
    if (n > 10) skip(`pre: r${n} does not exist`);
    if (r.type === undefined) skip(`pre: r${n} has no type`);
    switch (r.type) {
      case "number": {
        const s = r.fields.get("svalue");
        const u = r.fields.get("uvalue");
        const sv = s === undefined ? undefined : s.trim() === `r${n}.uvalue` ? "same" : num(s, `r${n}.svalue`);
        const uv = u === undefined ? undefined : u.trim() === `r${n}.svalue` ? "same" : num(u, `r${n}.uvalue`);
        const single = typeof sv === "bigint" ? sv : typeof uv === "bigint" ? uv : undefined;
        if (single !== undefined) {
          if (typeof sv === "bigint" && typeof uv === "bigint" && BigInt.asUintN(64, sv) !== BigInt.asUintN(64, uv)) skip(`pre: r${n}.svalue and uvalue disagree`);
          phaseRest.push(`${R} = ${asSigned(single)} ll`);
          break;
        }
        unknown(phaseRest, R);
        if (typeof sv === "object") {
          if (sv.lo > S64_MIN) failIf(phaseRest, R, "s<", sv.lo, false);
          if (sv.hi < S64_MAX) failIf(phaseRest, R, "s>", sv.hi, false);
        }
        if (typeof uv === "object") {
          if (uv.lo > 0n) failIf(phaseRest, R, "<", uv.lo, true);
          if (uv.hi < U64_MAX) failIf(phaseRest, R, ">", uv.hi, true);
        }
        if (sv === "same" || uv === "same") phaseRest.push(`if ${R} s< 0 goto __pre_fail`); // same bits signed and unsigned: the sign bit is clear
        break;
      }
      case "stack": {
        const t = r.fields.get("stack_offset") ?? skip(`pre: r${n} is a stack pointer with no offset`);
        const off = num(t, `r${n}.stack_offset`);
        if (typeof off === "bigint") {
          phaseRest.push(`${R} = r10`);
          if (off !== 512n) phaseRest.push(`${R} += ${off - 512n}`);
        } else {
          unknown(phaseRest, R);
          phaseRest.push(`if ${R} s< 0 goto __pre_fail`, `if ${R} s> ${off.hi - off.lo} goto __pre_fail`, `${R} += r10`, `${R} += ${off.lo - 512n}`);
        }
        const size = int(r, n, "stack_numeric_size");
        if (size !== undefined && size > 0n) {
          if (typeof off !== "bigint") skip(`pre: r${n}.stack_numeric_size with a variable offset`);
          const a = Number(off);
          const b = a + Number(size) - 1;
          if (!cells.some((x) => x.a <= a && x.b >= b)) cells.push({ a, b });
        }
        break;
      }
      case "ctx": {
        const off = int(r, n, "ctx_offset") ?? skip(`pre: r${n} is a ctx pointer with no offset`);
        if (n !== 1) phaseCtx.push(`${R} = r1`);
        if (off !== 0n) phaseCtx.push(`${R} += ${off}`);
        break;
      }
      case "packet": {
        const t = r.fields.get("packet_offset") ?? skip(`pre: r${n} is a packet pointer with no offset`);
        if (t.trim() === "packet_size" || [...pre].some((c) => c.trim() === `r${n}.packet_offset=packet_size`)) {
          phaseCtx.push(`${R} = *(u32 *)(r1 + ${ctx.dataEnd})`);
          break;
        }
        const off = num(t, `r${n}.packet_offset`);
        if (typeof off !== "bigint") skip(`pre: r${n} is a packet pointer with a variable offset`);
        phaseCtx.push(`${R} = *(u32 *)(r1 + ${ctx.data})`);
        if (off !== 0n) phaseCtx.push(`${R} += ${off}`);
        break;
      }
      case "shared": {
        const size = int(r, n, "shared_region_size") ?? skip(`pre: r${n} is a shared pointer with no region size`);
        const off = int(r, n, "shared_offset") ?? skip(`pre: r${n} is a shared pointer with no offset`);
        if (size <= 0n || size > 65536n) skip(`pre: r${n} points into a region of ${size} bytes`);
        maps.add(PRE_MAPS.shared(Number(size)));
        phaseRest.push(`${R} = map_value[prevail_shared_${size}] ll`);
        if (off !== 0n) phaseRest.push(`${R} += ${off}`);
        break;
      }
      case "map_fd":
        mapFd = true;
        phaseRest.push(`${R} = map[prevail_test] ll`);
        break;
      case "map_fd_programs":
        progArray = true;
        phaseRest.push(`${R} = map[prevail_progs] ll`);
        break;
      default:
        skip(`pre: r${n} has type ${r.type}`);
    }
  }

  // A lower bound on the packet's size is a bounds check, done while r1 is still the ctx.
  const lo = packetSize === undefined ? 0n : typeof packetSize === "bigint" ? packetSize : packetSize.lo;
  if (lo > 0n) {
    const data = takeScratch("packet_size");
    const end = takeScratch("packet_size");
    phaseCtx.unshift(`${data} = *(u32 *)(r1 + ${ctx.data})`, `${data} += ${lo}`, `${end} = *(u32 *)(r1 + ${ctx.dataEnd})`, `if ${data} > ${end} goto __pre_fail`);
  }

  // Stack contents: constants as immediate stores, unknown numbers from a scratch register.
  const stack: string[] = [];
  for (const cell of cells.sort((x, y) => x.a - y.a)) {
    const width = cell.b - cell.a + 1;
    if (cell.a < 0 || cell.b > 511 || width <= 0) skip(`pre: stack cells s[${cell.a}...${cell.b}] outside the frame`);
    if (cell.value !== undefined && [1, 2, 4, 8].includes(width) && cell.a % width === 0) {
      const i = imm(cell.value, false);
      if (i !== undefined) stack.push(`*(u${width * 8} *)(r10 - ${512 - cell.a}) = ${i}`);
      else {
        const s = takeScratch("a wide stack constant");
        free.unshift(s);
        stack.push(`${s} = ${cell.value} ll`, `*(u${width * 8} *)(r10 - ${512 - cell.a}) = ${s}`);
      }
      continue;
    }
    if (cell.value !== undefined) skip(`pre: a constant over ${width} stack bytes`);
    unknownScratch ??= takeScratch("unknown stack contents");
    if (stack.length === 0 || !stack.some((l) => l.startsWith(`${unknownScratch} = *(u64`))) unknown(stack, unknownScratch);
    for (let o = cell.a; o <= cell.b; ) {
      const size = [8, 4, 2, 1].find((s) => o % s === 0 && o + s - 1 <= cell.b)!;
      stack.push(`*(u${size * 8} *)(r10 - ${512 - o}) = ${unknownScratch}`);
      o += size;
    }
  }

  const lines = [...stack, ...phaseCtx, ...phaseRest];
  return { lines, maps: [...maps], mapFd, progArray };
}
