// Loads, stores and atomics: the access is checked against the pointer's type (stack,
// map value, packet, context, ringbuf memory) with the kernel's messages; what the stack's
// slots remember (spilled registers, zeros, other data) is stack_mem.ts's.

import type { Decoded } from "../isa/index.ts";
import { BPF_FLOW_KEYS } from "../isa/ctx_layouts.ts";
import { BPF_MAX_VAR_OFF } from "../isa/limits.ts";
import { typeStr } from "./alu.ts";
import { ctxAccess } from "./ctx.ts";
import { cloneReg, constScalar, constValue, isConstReg, isPointer, isSockType, mapAt, notInit, pointer, S64_MAX, S64_MIN, sync, unbound32, unknownScalar } from "./reg.ts";
import type { Reg } from "./reg.ts";
import { signExtend } from "./scalar_alu.ts";
import { sockRead } from "./sock.ts";
import type { State } from "./state.ts";
import { BPF_F_RDONLY_PROG, BPF_F_WRONLY_PROG } from "../program.ts";
import type { MapDef } from "../program.ts";
import { isConst, tCast, tnumText } from "./tnum.ts";
import { VerifyError } from "./error.ts";
import type { Verification } from "./verify.ts";
import { helperStack, stackAccess } from "./stack_mem.ts";

/** The kernel prints a constant tnum as its value. */
const tnumShort = (t: { value: bigint; mask: bigint }) => (t.mask === 0n ? `${t.value}` : tnumText(t));

export function checkMem(c: Verification, st: State, d: Decoded & { valid: true }, read: (n: number) => Reg, write: (n: number, r: Reg) => void): void {
  const { spec: s, insn: i, pc } = d;
  const size = s.size!;
  // atomics check alignment whatever the program asked for (strict_alignment_once)
  const atomic = s.kind === "atomic" || s.kind === "load_acq" || s.kind === "store_rel";
  if (s.kind === "ldx" || s.kind === "ldxsx" || s.kind === "load_acq") {
    const base = read(i.src);
    if (i.dst === 10) throw new VerifyError(pc, "fp-write");
    if (s.kind === "load_acq" && !atomicPtrOk(base, true)) throw new VerifyError(pc, "atomic-load", { regno: i.src, type: typeStr(base) });
    if (s.kind === "ldxsx" && base.type === "ctx") {
      // a sign-extending load cannot produce a packet pointer
      const r = ctxAccess(c.type, i.off, size, false);
      if (r.ok && r.ptr) throw new VerifyError(pc, "ctx-access", { off: i.off, size });
    }
    const v = access(c, st, pc, i.src, base, i.off, size, "read", undefined, true, atomic);
    if (s.kind !== "load_acq") samePointerType(c, pc, base);
    let out = v ?? unknownScalar();
    if (!isPointer(out) && size < 8) {
      if (s.kind === "ldxsx") out = signExtend(out, size as 1 | 2 | 4);
      else out = coerceToSize(out, size);
    }
    write(i.dst, out);
    return;
  }
  const base = read(i.dst);
  if (s.kind === "st") {
    access(c, st, pc, i.dst, base, i.off, size, "write", constScalar(BigInt(i.imm)), false);
    samePointerType(c, pc, base);
    return;
  }
  const val = read(i.src);
  if (s.kind === "stx" || s.kind === "store_rel") {
    if (s.kind === "store_rel" && !atomicPtrOk(base, false)) throw new VerifyError(pc, "atomic-store", { regno: i.dst, type: typeStr(base) });
    access(c, st, pc, i.dst, base, i.off, size, "write", val, true, atomic, i.src);
    if (s.kind === "stx") samePointerType(c, pc, base);
    return;
  }
  // atomics: read-modify-write of a scalar in memory
  if (s.op === "cmpxchg") read(0);
  if (!atomicPtrOk(base, false) || isSockType(base.type)) throw new VerifyError(pc, "atomic-store", { regno: i.dst, type: typeStr(base) });
  // as check_atomic: a read with no register to fill (and, for a fetch, one into the register it
  // loads), then a write of no register, which makes stack slots data (check_stack_write_fixed_off)
  const fetch = s.op === "cmpxchg" || s.op === "xchg" || s.op.startsWith("fetch_");
  const old = access(c, st, pc, i.dst, base, i.off, size, "read", undefined, true, true, -1, true);
  // (a narrower read of a spill with no register to fill returns before the kernel records it)
  if (!fetch && size !== 8) {
    c.kernelHist = false;
    c.lastSlot = -1;
  }
  access(c, st, pc, i.dst, base, i.off, size, "write", undefined, true, true);
  if (fetch) {
    // the old value, as a load of that size from there gives it (zeroed stack bytes are 0)
    let out = old ?? unknownScalar();
    if (!isPointer(out) && size < 8) out = coerceToSize(out, size);
    write(s.op === "cmpxchg" ? 0 : i.src, out);
  }
}

/** Pointer types a load or store must always see alike: its rewrite depends on them (reg_type_mismatch_ok). */
const CONVERTED = new Set(["ctx", "sock", "sock_or_null", "sock_common", "sock_common_or_null", "tcp_sock", "tcp_sock_or_null", "xdp_sock"]);

/** A load or store that went through a context or socket pointer on one path may not go through another kind on another. */
function samePointerType(c: Verification, pc: number, base: Reg): void {
  const prev = c.ptrTypes.get(pc);
  if (prev === undefined) c.ptrTypes.set(pc, base.type);
  else if (prev !== base.type && (CONVERTED.has(prev) || CONVERTED.has(base.type))) throw new VerifyError(pc, "ptr-mismatch");
}

/**
 * Whether an atomic may use memory through this pointer (the kernel's atomic_ptr_type_ok): not
 * the context, the packet or the flow keys; socket pointers not for a load-acquire.
 */
function atomicPtrOk(ptr: Reg, load: boolean): boolean {
  if (ptr.type === "ctx" || ptr.type === "pkt" || ptr.type === "pkt_meta" || ptr.type === "flow_keys") return false;
  return !(load && isSockType(ptr.type));
}

/** The kernel's words for a pointer in an alignment message (check_ptr_alignment). */
const ALIGN_DESC: Partial<Record<Reg["type"], string>> = {
  flow_keys: "flow keys ",
  map_value: "value ",
  ctx: "context ",
  fp: "stack ",
  sock: "sock ",
  sock_common: "sock_common ",
  tcp_sock: "tcp_sock ",
  xdp_sock: "xdp_sock ",
};

/**
 * Alignment, checked before anything else about an access: only when the program asked for strict
 * alignment or the instruction is an atomic, except on the stack, where it always is.
 */
export function checkAlignment(c: Verification, pc: number, ptr: Reg, insnOff: number, size: number, strictOnce: boolean): void {
  let strict = c.opts.strictAlign === true || strictOnce;
  if (size === 1) return;
  const aligned = (k: number) => (((ptr.var.value + BigInt(k)) | ptr.var.mask) & BigInt(size - 1)) === 0n;
  if (ptr.type === "pkt" || ptr.type === "pkt_meta") {
    // NET_IP_ALIGN: the kernel counts packet offsets from 2, so the IP header is aligned
    if (strict && !aligned(2 + ptr.off + insnOff)) throw new VerifyError(pc, "misaligned-pkt", { varOff: tnumShort(ptr.var), off: ptr.off, insnOff, size });
    return;
  }
  if (ptr.type === "fp") strict = true;
  if (strict && !aligned(ptr.off + insnOff)) throw new VerifyError(pc, "misaligned", { what: ALIGN_DESC[ptr.type] ?? "", varOff: tnumShort(ptr.var), off: ptr.off, insnOff, size });
}

/** BPF_F_RDONLY_PROG and BPF_F_WRONLY_PROG: what the program may do with the map's values. */
function checkMapAccessType(c: Verification, pc: number, ptr: Reg, off: number, size: number, kind: "read" | "write"): void {
  const def = mapAt(c.program.maps, ptr.map);
  if (!def) return;
  if (kind === "write" && def.flags & BPF_F_RDONLY_PROG) throw new VerifyError(pc, "map-write-forbidden", { valueSize: def.valueSize, off, size });
  if (kind === "read" && def.flags & BPF_F_WRONLY_PROG) throw new VerifyError(pc, "map-read-forbidden", { valueSize: def.valueSize, off, size });
}

/** A context pointer is used unmodified (the kernel's __check_ptr_off_reg), in its order. */
export function checkCtxPtrOff(pc: number, regno: number, ptr: Reg): void {
  if (ptr.off < 0) throw new VerifyError(pc, "ctx-negative-off", { regno, off: ptr.off });
  if (ptr.off !== 0) throw new VerifyError(pc, "ctx-modified", { regno, off: ptr.off });
  if (!isConst(ptr.var) || ptr.var.value !== 0n) throw new VerifyError(pc, "ctx-variable", { varOff: tnumText(ptr.var) });
}

/**
 * Checks one access; for reads, returns the loaded register when the memory knows it. A write
 * stores `value`: register `valueNo`'s when `fromReg` (-1 for a helper's), else an immediate.
 */
function access(c: Verification, st: State, pc: number, regno: number, ptr: Reg, insnOff: number, size: number, kind: "read" | "write", value?: Reg, fromReg = true, strictOnce = false, valueNo = -1, noDst = false): Reg | undefined {
  checkAlignment(c, pc, ptr, insnOff, size, strictOnce);
  switch (ptr.type) {
    case "fp":
      return stackAccess(c, st, pc, regno, ptr, insnOff, size, kind, value, fromReg, valueNo, noDst);
    case "map_value": {
      checkMapAccessType(c, pc, ptr, ptr.off + insnOff, size, kind);
      mapAccess(c, pc, regno, ptr, insnOff, size);
      return kind === "read" ? frozenRead(c, ptr, insnOff, size) : undefined;
    }
    case "pkt":
    case "pkt_meta":
      return packetAccess(c, pc, regno, ptr, insnOff, size, kind);
    case "flow_keys": {
      const off = ptr.off + insnOff;
      if (off < 0 || off + size > BPF_FLOW_KEYS.size) throw new VerifyError(pc, "flow-keys-access", { off, size });
      return undefined;
    }
    case "tp_buffer": {
      const off = ptr.off + insnOff;
      if (off < 0) throw new VerifyError(pc, "tp-buffer-access", { regno, off, size });
      if (!isConst(ptr.var) || ptr.var.value !== 0n) throw new VerifyError(pc, "tp-buffer-variable", { regno, off, varOff: tnumText(ptr.var) });
      return undefined;
    }
    case "ctx": {
      checkCtxPtrOff(pc, regno, ptr);
      const r = ctxAccess(c.type, insnOff, size, kind === "write");
      if (!r.ok) throw new VerifyError(pc, "ctx-access", { off: insnOff, size });
      // (a privileged program may store a pointer there: is_pointer_value is false with allow_ptr_leaks)
      if (r.ptr?.endsWith("_or_null")) return pointer(r.ptr, { id: c.nextId++ }); // skb->sk, sock_ops->sk may be NULL
      if (r.ptr) return pointer(r.ptr, r.ptr === "pkt" || r.ptr === "pkt_meta" ? { id: 0 } : {});
      return undefined;
    }
    case "ringbuf_mem":
    case "mem": {
      const lo = ptr.off + insnOff + Number(ptr.smin);
      const hi = ptr.off + insnOff + Number(ptr.umax > BigInt(S64_MAX) ? 1n << 40n : ptr.umax) + size;
      if (lo < 0 || hi > ptr.memSize) throw new VerifyError(pc, "mem-bounds", { memSize: ptr.memSize, off: lo, size, regno, bound: lo < 0 || lo + size > ptr.memSize ? "min" : "max" });
      return undefined;
    }
    case "sock":
    case "sock_common":
    case "tcp_sock":
    case "xdp_sock": {
      if (kind === "write") throw new VerifyError(pc, "sock-write", { regno, type: typeStr(ptr) });
      // no arithmetic on socket pointers: the offset is the instruction's
      if (ptr.smin < 0n) throw new VerifyError(pc, "negative-index", { regno });
      const off = ptr.off + insnOff;
      const ok = sockRead(ptr.type, off, size);
      if (ok === "invalid") throw new VerifyError(pc, "sock-access", { regno, type: typeStr(ptr), off, size });
      // the kernel finds this after the walk, when it rewrites the loads in order (convert_ctx_accesses):
      // the walk goes on, and verify() refuses the program at the first such load
      if (ok === "unconverted" && (c.unconverted < 0 || pc < c.unconverted)) c.unconverted = pc;
      return undefined;
    }
    default:
      throw new VerifyError(pc, "bad-deref", { regno, type: typeStr(ptr) });
  }
}

function mapAccess(c: Verification, pc: number, regno: number, ptr: Reg, insnOff: number, size: number): Reg | undefined {
  const vs = mapAt(c.program.maps, ptr.map)?.valueSize ?? 0;
  const off = ptr.off + insnOff;
  // the kernel's check_mem_region_access: the least offset, then whether the greatest is bounded, then it
  // (a negative least value is refused only unbounded, or where with the offset it leaves 32 bits or
  // stays below 0: `p + (0 - x) + 7` with x in [0, 7] goes on to the next checks)
  const least = BigInt(off) + ptr.smin;
  if (ptr.smin < 0n && (ptr.smin === S64_MIN || least !== BigInt.asIntN(32, least) || least < 0n)) throw new VerifyError(pc, "negative-index", { regno });
  const lo = off + Number(ptr.smin);
  if (lo < 0 || lo + size > vs) throw new VerifyError(pc, "map-bounds", { valueSize: vs, off: lo, size, regno, bound: "min" });
  if (ptr.umax >= BPF_MAX_VAR_OFF) throw new VerifyError(pc, "map-unbounded", { regno });
  const hi = off + Number(ptr.umax) + size;
  if (hi > vs) throw new VerifyError(pc, "map-bounds", { valueSize: vs, off: hi - size, size, regno, bound: "max" });
  return undefined;
}

/**
 * A read at a known offset of a map the program may only read and that was frozen once filled
 * (libbpf's `.rodata`): the kernel reads the bytes (bpf_map_direct_read) and the loaded register
 * is that constant, so a branch on a `const volatile` setting is decided. Little-endian, as the
 * VM and the kernel on x86 are.
 */
function frozenRead(c: Verification, ptr: Reg, insnOff: number, size: number): Reg | undefined {
  const def = mapAt(c.program.maps, ptr.map);
  if (!def || !isReadOnlyMap(def) || !def.init || def.type !== "array" || def.maxEntries !== 1 || !isConst(ptr.var)) return undefined;
  const off = ptr.off + insnOff + Number(ptr.var.value);
  if (off < 0 || off + size > def.init.length) return undefined;
  let v = 0n;
  for (let k = size - 1; k >= 0; k--) v = (v << 8n) | BigInt(def.init[off + k]);
  return constScalar(v);
}

/** The kernel's bpf_map_is_rdonly: the program may only read the map (BPF_F_RDONLY_PROG) and user space froze it. */
function isReadOnlyMap(def: MapDef): boolean {
  return (def.flags & BPF_F_RDONLY_PROG) !== 0 && def.frozen === true;
}

/**
 * A constant string argument (ARG_PTR_TO_CONST_STR, the kernel's check_reg_const_str, in its
 * order): a pointer at a constant place in the value of a read-only, frozen array of one entry,
 * with a NUL between there and the value's end. Returns the string's bytes, without the NUL.
 */
export function constString(c: Verification, pc: number, regno: number, ptr: Reg): Uint8Array {
  const def = mapAt(c.program.maps, ptr.map);
  if (!def || !isReadOnlyMap(def)) throw new VerifyError(pc, "const-str-rdonly", { regno });
  if (!isConst(ptr.var)) throw new VerifyError(pc, "const-str-var-off", { regno });
  if (def.type !== "array") throw new VerifyError(pc, "map-direct-value-unsupported");
  // the rest of the value from the pointer's fixed offset, which must hold at least a byte
  const size = def.valueSize - ptr.off;
  if (size <= 0) throw new VerifyError(pc, "map-bounds", { valueSize: def.valueSize, off: ptr.off + Number(ptr.smin), size, regno, bound: "min" });
  mapAccess(c, pc, regno, ptr, 0, size);
  if (def.maxEntries !== 1) throw new VerifyError(pc, "const-str-addr");
  const start = ptr.off + Number(ptr.var.value);
  const bytes = new Uint8Array(def.valueSize);
  if (def.init) bytes.set(def.init.subarray(0, def.valueSize));
  const nul = bytes.indexOf(0, start);
  if (nul < 0) throw new VerifyError(pc, "const-str-nul");
  return bytes.subarray(start, nul);
}

function packetAccess(c: Verification, pc: number, regno: number, ptr: Reg, insnOff: number, size: number, kind: "read" | "write"): Reg | undefined {
  if (kind === "write" && c.type.pkt !== "write") throw new VerifyError(pc, "pkt-readonly");
  const off = ptr.off + insnOff;
  if (ptr.smin < 0n) throw new VerifyError(pc, "negative-index", { regno });
  // a pointer proven past the end of the packet: no access at all
  if (ptr.range < 0) throw new VerifyError(pc, "pkt-outside", { regno });
  if (off < 0 || off + size > ptr.range) {
    throw new VerifyError(pc, "pkt-bounds", { off, size, regno, id: ptr.id, range: ptr.range });
  }
  return undefined;
}

/**
 * A load of `size` bytes keeps the low bytes of what was stored (the kernel's coerce_reg_to_size):
 * new 64-bit bounds, and the 32-bit bounds of what was stored when 4 bytes are read (a fill of a
 * spilled scalar keeps them; below 4 bytes they come from the 64-bit ones). The rest, the precise
 * mark included, stays as stored.
 */
function coerceToSize(r: Reg, size: number): Reg {
  const mask = (1n << BigInt(size * 8)) - 1n;
  if (r.umax <= mask && r.umin >= 0n) return r;
  const out = cloneReg(r);
  out.var = tCast(r.var, size);
  if ((r.umin & ~mask) === (r.umax & ~mask)) [out.umin, out.umax] = [r.umin & mask, r.umax & mask];
  else [out.umin, out.umax] = [0n, mask];
  [out.smin, out.smax] = [out.umin, out.umax];
  if (size < 4) unbound32(out);
  return sync(out);
}

/** Helper memory arguments: [ptr, ptr + size) must be accessible (reads may be uninitialised: privileged). */
export function checkHelperMem(c: Verification, st: State, pc: number, regno: number, ptr: Reg, size: number, writeByHelper: boolean, readsToo = false): void {
  // a NULL pointer (an argument that may be NULL) of size zero; any other size wants memory
  if (ptr.type === "scalar") {
    if (size === 0 && isConstReg(ptr) && constValue(ptr) === 0n) return;
    throw new VerifyError(pc, "arg-type", { regno, type: typeStr(ptr), expected: "fp" });
  }
  if (ptr.type === "map_value") checkMapAccessType(c, pc, ptr, ptr.off, size, writeByHelper ? "write" : "read");
  if (ptr.type === "fp") {
    helperStack(c, st, pc, regno, ptr, size, writeByHelper, readsToo);
    return;
  }
  // a zero-sized access is checked too: its offset must lie within the memory, its end included
  switch (ptr.type) {
    case "map_value":
      mapAccess(c, pc, regno, ptr, 0, size);
      return;
    case "pkt":
    case "pkt_meta":
      packetAccess(c, pc, regno, ptr, 0, size, "read");
      return;
    case "ringbuf_mem":
    case "mem":
      if (size > 0) access(c, st, pc, regno, ptr, 0, size, "read");
      else memZeroSized(pc, regno, ptr);
      return;
    default:
      throw new VerifyError(pc, "arg-type", { regno, type: typeStr(ptr), expected: MEM_TYPES });
  }
}

/** A helper's zero-sized access to memory of a known size: its least and greatest offsets lie within it, the end included. */
function memZeroSized(pc: number, regno: number, ptr: Reg): void {
  const lo = ptr.off + Number(ptr.smin);
  const hi = ptr.off + Number(ptr.umax > BigInt(S64_MAX) ? 1n << 40n : ptr.umax);
  if (lo < 0 || hi > ptr.memSize) throw new VerifyError(pc, "mem-bounds", { memSize: ptr.memSize, off: lo < 0 || lo > ptr.memSize ? lo : hi, size: 0, regno, bound: lo < 0 || lo > ptr.memSize ? "min" : "max" });
}

export { notInit };

/** The kernel's list for memory arguments (compatible_reg_types of ARG_PTR_TO_MEM). */
export const MEM_TYPES = "fp, pkt, pkt_meta, map_key, map_value, mem, ringbuf_mem, buf, trusted_ptr_";
