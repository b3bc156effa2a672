// Calls and exits: helper arguments against the prototype table shared with the VM,
// map-type compatibility, references (ringbuf records), bpf-to-bpf frames, and the checks
// at program exit (R0 set, return range, references released).

import type { Decoded } from "../isa/index.ts";
import { helperName } from "../isa/index.ts";
import { ARG_MAY_BE_NULL, helperAllowed, helperProto, helperTakesMap } from "../isa/helper_protos.ts";
import type { HelperProto } from "../isa/helper_protos.ts";
import { parseBprintf } from "../isa/bprintf.ts";
import { BPF_MAX_VAR_SIZ, MAX_CALL_FRAMES, MAX_ERRNO } from "../isa/limits.ts";
import { BPF_F_RDONLY_PROG, MAP_TYPES } from "../program.ts";
import { typeStr } from "./alu.ts";
import { checkAlignment, checkCtxPtrOff, checkHelperMem, constString, MEM_TYPES } from "./mem.ts";
import { constValue, innerMapIndex, isConstReg, isSockType, mapAt, notInit, pointer, sync, unknownScalar } from "./reg.ts";
import type { Reg } from "./reg.ts";
import { regLoc, slotLoc } from "./precision.ts";
import { Byte, cloneState, entryFrame } from "./state.ts";
import type { State } from "./state.ts";
import { callbackReturnRange, callbackReturnType, callsBack, pushCallback, scalarHas } from "./callback.ts";
import { RejectionError, VerifyError } from "./error.ts";
import { checkGlobalCall } from "./global.ts";
import type { Verification } from "./verify.ts";

/** The kernel's list for socket arguments (compatible_reg_types of ARG_PTR_TO_SOCK_COMMON). */
const SOCK_TYPES = "sock_common, sock, tcp_sock, xdp_sock";

/** A scalar in [smin, smax]. */
function fromSigned(smin: bigint, smax: bigint): Reg {
  const r = unknownScalar();
  r.smin = smin;
  r.smax = smax;
  return sync(r);
}

/** The helpers that change a map, refused on a map the program may only read. */
const RDONLY_FORBIDS = new Set(["map_delete_elem", "map_update_elem", "map_push_elem", "map_pop_elem"]);

/** check_map_func_compatibility: the helper takes this map type, and a sockmap is updated only where the program type may. */
function checkMapFunc(c: Verification, pc: number, mt: string, proto: HelperProto, name: string): void {
  const error = () => new VerifyError(pc, "map-func", { mapType: MAP_TYPES[mt] ?? 0, func: name, id: proto.id });
  const update = proto.name === "map_update_elem" || proto.name === "map_delete_elem";
  if ((mt === "sockmap" || mt === "sockhash") && update) {
    // updating a sockmap is safe only where no socket can be locked
    const ok = c.type.sockmap === "update" || (c.type.sockmap === "delete" && proto.name === "map_delete_elem");
    if (!ok) throw new VerifyError(pc, "sockmap-update", error().params);
    return;
  }
  if (!helperTakesMap(proto, mt)) throw error();
}

/** The packet may have moved: every packet pointer is now just a number. */
function forgetPacket(st: State): void {
  for (const fr of st.frames) {
    for (const r of fr.regs) if (r.type === "pkt" || r.type === "pkt_end" || r.type === "pkt_meta") Object.assign(r, unknownScalar());
    for (const sl of fr.stack) if (sl?.spilled && ["pkt", "pkt_end", "pkt_meta"].includes(sl.spilled.type)) Object.assign(sl.spilled, unknownScalar());
  }
}

export function checkCall(c: Verification, st: State, d: Decoded & { valid: true }, read: (n: number) => Reg, write: (n: number, r: Reg) => void, fork?: (s: State) => void): State {
  const { insn: i, spec: s, pc } = d;
  if (s.kind === "callx") throw new VerifyError(pc, "callx");
  if (s.op === "kfunc") throw new VerifyError(pc, "kfunc", { btfId: i.imm });
  const f = st.frames[st.frames.length - 1];
  if (s.op === "local") {
    const global = c.globals.get(pc + i.imm + 1);
    if (global) {
      // assumed valid here, verified on its own after the program (global.ts)
      checkGlobalCall(c, st, pc, global);
      c.globalCalled(global);
      c.lastGlobal = true; // (for precision: the call sets r0 and does not enter the function)
      if (global.changesPkt) forgetPacket(st);
      for (let k = 1; k <= 5; k++) f.regs[k] = notInit();
      write(0, unknownScalar());
      st.pc = pc + 1;
      return st;
    }
    if (st.frames.length >= MAX_CALL_FRAMES) throw new VerifyError(pc, "call-depth", { frames: st.frames.length + 1 });
    const target = pc + i.imm + 1;
    const callee = entryFrame(st.frames.length, pc, target);
    for (let k = 1; k <= 5; k++) callee.regs[k] = { ...f.regs[k] };
    // the caller's r0-r5 are scratched while the callee runs (the kernel's clear_caller_saved_regs):
    // states inside the callee compare without the caller's dead arguments
    for (let k = 0; k <= 5; k++) f.regs[k] = notInit();
    st.frames.push(callee);
    st.pc = target;
    return st;
  }
  const id = i.imm;
  const proto = helperProto(id);
  const name = `bpf_${helperName(id) ?? "unknown"}`;
  if (!helperName(id)) throw new VerifyError(pc, "helper-unknown", { id });
  if (!proto || !helperAllowed(proto, c.type.name, c.type.attach)) throw new VerifyError(pc, "helper-prog-type", { func: name, id });

  let map: number = -1;
  let keyConst: bigint | undefined;
  let releaseRef = 0;
  let memSize = 0;
  let sockRef = 0; // the reference a socket argument holds, for the casts
  let msize: bigint | undefined; // the largest size a memory argument was given
  let constStr: Uint8Array | undefined; // a constant string argument's bytes
  let callback: number | undefined; // a function argument's first slot
  const argReg = (k: number) => read(k + 1);
  const frameNo = st.frames.length - 1;
  // where this program type's prototype differs from the others' (bpf_sk_assign in sk_lookup)
  const args = proto.argsFor[c.type.name] ?? proto.args;
  for (let k = 0; k < args.length; k++) {
    const t = args[k];
    const r = argReg(k);
    const regno = k + 1;
    const expect = (ok: boolean, expected: string) => {
      if (!ok) throw new VerifyError(pc, "arg-type", { regno, type: typeStr(r), expected });
    };
    if (t !== "anything" && (r.type === "pkt" || r.type === "pkt_meta") && !(c.type.pkt !== "none" && proto.pktAccess)) {
      throw new VerifyError(pc, "pkt-helper");
    }
    // NULL where the argument may be NULL: the verdict rests on its being exactly 0 (check_func_arg)
    if (ARG_MAY_BE_NULL.has(t) && r.type === "scalar" && isConstReg(r) && constValue(r) === 0n) c.precise(st, [regLoc(frameNo, regno)]);
    switch (t) {
      case "anything":
        break;
      case "const_map_ptr": {
        expect(r.type === "map_ptr", "map_ptr");
        map = r.map;
        const mt = mapAt(c.program.maps, map)?.type ?? "";
        void mt;
        break;
      }
      case "ctx":
        expect(r.type === "ctx", "ctx");
        checkCtxPtrOff(pc, regno, r);
        break;
      case "map_key":
      case "map_value":
      case "map_value_or_null":
      case "uninit_map_value": {
        // PTR_MAYBE_NULL: NULL passes, anything else is checked as a value
        if (t === "map_value_or_null" && r.type === "scalar" && isConstReg(r) && constValue(r) === 0n) break;
        if (map < 0) throw new VerifyError(pc, "map-ptr-arg", { field: t === "map_key" ? "key" : "value" });
        const mapType = mapAt(c.program.maps, map)?.type;
        if (t !== "map_key" && (mapType === "sockmap" || mapType === "sockhash")) {
          // a sockmap's value is a socket (resolve_map_arg_type)
          if (t === "uninit_map_value") throw new VerifyError(pc, "sockmap-arg");
          expect(isSockType(r.type), `${SOCK_TYPES}, ptr_, trusted_ptr_`);
          break;
        }
        expect(["fp", "pkt", "pkt_meta", "map_value", "mem"].includes(r.type), MEM_TYPES);
        const def = mapAt(c.program.maps, map)!;
        const n = t === "map_key" ? def.keySize : def.valueSize;
        if (n === 0) throw new VerifyError(pc, "zero-sized-read");
        checkHelperMem(c, st, pc, regno, r, n, t === "uninit_map_value");
        if (t === "map_key" && r.type === "fp") {
          keyConst = stackConst(st, r, n);
          // a constant key makes an array lookup non-null: the key must stay that constant
          // (only for the maps whose lookups it changes, as the kernel's can_elide_value_nullness)
          if (keyConst !== undefined && r.var.mask === 0n && (def.type === "array" || def.type === "percpu_array")) c.precise(st, [slotLoc(r.frame, Math.floor((-(r.off + Number(BigInt.asIntN(64, r.var.value))) - 1) / 8))]);
        }
        break;
      }
      case "mem":
      case "mem_or_null":
      case "mem_inout":
      case "mem_inout_or_null":
      case "uninit_mem": {
        const sizeReg = argReg(k + 1);
        // a NULL pointer skips the type check where the argument may be NULL; the size decides
        const isNull = r.type === "scalar" && isConstReg(r) && constValue(r) === 0n;
        const mayBeNull = ARG_MAY_BE_NULL.has(t);
        // an argument that may be NULL takes a pointer that may be NULL too, checked as its base type
        // (check_reg_type drops PTR_MAYBE_NULL from both): a map value that may be NULL passes as a map value
        const p = mayBeNull && r.type.endsWith("_or_null") ? { ...r, type: r.type.slice(0, -"_or_null".length) as Reg["type"] } : r;
        if (!(isNull && mayBeNull)) expect(["fp", "pkt", "pkt_meta", "map_value", "ringbuf_mem", "mem"].includes(p.type), MEM_TYPES);
        const size = sizeArg(pc, k + 2, sizeReg, args[k + 1] === "const_size");
        msize = sizeReg.umax;
        // (memory the helper only writes is not read, unless its size is not a constant: the
        // kernel then checks it as memory the helper reads too, check_mem_size_reg)
        checkHelperMem(c, st, pc, regno, p, size, t === "uninit_mem", sizeReg.var.mask !== 0n);
        // written as well as read (MEM_WRITE): a read-only map value is refused; on the stack,
        // initialised memory the helper clobbers, not written a byte at a time (no raw mode)
        if (t === "mem_inout" || t === "mem_inout_or_null") checkHelperMem(c, st, pc, regno, p, size, true, true);
        c.precise(st, [regLoc(frameNo, k + 2)]);
        break;
      }
      case "const_size":
      case "const_size_or_zero":
        sizeArg(pc, regno, r, t === "const_size");
        c.precise(st, [regLoc(frameNo, regno)]);
        break;
      case "const_alloc_size_or_zero":
        if (!isConstReg(r)) throw new VerifyError(pc, "arg-not-const", { regno });
        memSize = Number(constValue(r));
        c.precise(st, [regLoc(frameNo, regno)]);
        break;
      case "ringbuf_mem":
        if (r.type !== "ringbuf_mem" || !r.refId) throw new VerifyError(pc, "arg-type", { regno, type: typeStr(r), expected: "ringbuf_mem" });
        if (r.off !== 0) throw new VerifyError(pc, "release-offset", { regno });
        releaseRef = r.refId;
        break;
      case "sock_common":
        expect(isSockType(r.type), SOCK_TYPES);
        sockRef = r.refId;
        break;
      case "sock":
      case "sock_or_null":
        // ARG_PTR_TO_SOCKET, and its PTR_MAYBE_NULL form that NULL also satisfies
        if (t === "sock_or_null" && r.type === "scalar" && isConstReg(r) && constValue(r) === 0n) break;
        expect(r.type === "sock", "sock");
        break;
      case "sock_release":
        expect(isSockType(r.type), `${SOCK_TYPES}, ptr_, trusted_ptr_`);
        if (!r.refId) throw new VerifyError(pc, "release-unreferenced", { regno });
        releaseRef = r.refId;
        break;
      case "long_out":
      case "u32_inout": {
        // a fixed-size, aligned buffer: the access first, then its alignment
        const size = t === "long_out" ? 8 : 4;
        expect(["fp", "pkt", "pkt_meta", "map_value", "ringbuf_mem", "mem"].includes(r.type), MEM_TYPES);
        // (a u32 in and out is read as well: only memory the helper may find uninitialised is not)
        checkHelperMem(c, st, pc, regno, r, size, true, t === "u32_inout");
        checkAlignment(c, pc, r, 0, size, true);
        break;
      }
      case "const_str":
        expect(r.type === "map_value", "map_value");
        constStr = constString(c, pc, regno, r);
        break;
      case "func":
        expect(r.type === "func", "func");
        callback = r.off;
        break;
      case "stack_or_null":
        expect(r.type === "fp" || (isConstReg(r) && constValue(r) === 0n), "fp");
        break;
    }
  }
  if (map >= 0) {
    const mt = mapAt(c.program.maps, map)?.type ?? "";
    // a map the program may only read (BPF_F_RDONLY_PROG) takes no helper that changes it (record_func_map)
    if ((mapAt(c.program.maps, map)?.flags ?? 0) & BPF_F_RDONLY_PROG && RDONLY_FORBIDS.has(proto.name)) throw new VerifyError(pc, "map-helper-write-forbidden");
    if (proto.name === "tail_call" && mt !== "prog_array") throw new VerifyError(pc, "tail-call-map");
    if (proto.name === "tail_call") {
      // a known index within the array lets the kernel make the tail call a direct jump: it marks
      // r3 precise, so a state with another index is never taken for this one (record_func_key)
      const key = f.regs[3];
      if (isConstReg(key) && constValue(key) < BigInt(mapAt(c.program.maps, map)?.maxEntries ?? 0)) c.precise(st, [regLoc(st.frames.length - 1, 3)]);
    }
    if (proto.name === "get_local_storage") {
      // it cannot return an error, so it takes no flags; whether r2 is 0 decides the verdict
      const flags = f.regs[2];
      c.precise(st, [regLoc(st.frames.length - 1, 2)]);
      if (!(isConstReg(flags) && constValue(flags) === 0n)) throw new VerifyError(pc, "local-storage-flags");
    }
    checkMapFunc(c, pc, mt, proto, name);
  }
  if (proto.name === "snprintf" && constStr) checkSnprintf(pc, constStr, argReg(4));
  if (releaseRef) {
    // the record is gone: every copy of its pointer becomes a plain number
    st.refs = st.refs.filter((x) => x.id !== releaseRef);
    for (const fr of st.frames) {
      for (const r of fr.regs) if (r.refId === releaseRef) Object.assign(r, unknownScalar());
      for (const sl of fr.stack) if (sl?.spilled?.refId === releaseRef) Object.assign(sl.spilled, unknownScalar());
    }
  }
  // (references are checked in the program's own frame only: a subprogram's return keeps them, check_resource_leak)
  if (proto.name === "tail_call" && st.refs.length && st.frames.length === 1) throw new VerifyError(pc, "ref-leak", { id: st.refs[0].id, allocInsn: st.refs[0].insn, at: "tail_call" });
  // (a subprogram may make a tail call where the program has BTF: checks.ts looked at its return type)
  if (proto.name === "tail_call" && st.frames.length > 1 && !c.program.funcInfo) throw new VerifyError(pc, "tail-call-subprog");
  if (callsBack(proto.name) && callback !== undefined && fork) {
    // whether the kernel may inline this call (update_loop_inline_state): while every visit gave
    // it zero flags and the same callback, the flags' zero is marked precise
    const inline = c.loopInline.get(pc);
    if (inline === undefined || inline.fit) {
      const flags = f.regs[4];
      const zero = flags.type === "scalar" && flags.var.mask === 0n && flags.var.value === 0n;
      if (zero) c.precise(st, [regLoc(frameNo, 4)]);
      c.loopInline.set(pc, { fit: zero && (inline === undefined || inline.callback === callback), callback });
    }
    // the count decides how many times the callback is verified: it must be exact (check_helper_call)
    c.precise(st, [regLoc(frameNo, 1)]);
    if (BigInt(f.callbackDepth) < f.regs[1].umax) pushCallback(st, pc, proto.name, callback, fork);
    else {
      f.callbackDepth = 0;
      c.note(`frame${frameNo} bpf_loop iteration limit reached`);
    }
  }
  for (let k = 1; k <= 5; k++) f.regs[k] = notInit();
  if (proto.changesPktData) forgetPacket(st);
  switch (proto.ret) {
    case "integer": {
      // helpers that write at most the buffer's size return at most that (do_refine_retval_range)
      if (proto.retAtMostSize && msize !== undefined) {
        write(0, fromSigned(-MAX_ERRNO, msize));
        break;
      }
      write(0, unknownScalar());
      break;
    }
    case "map_value":
      write(0, pointer("map_value", { map }));
      break;
    case "void":
      f.regs[0] = notInit();
      break;
    case "map_value_or_null": {
      const def = mapAt(c.program.maps, map)!;
      if (proto.name === "map_lookup_elem" && def.inner && (def.type === "array_of_maps" || def.type === "hash_of_maps")) {
        // a lookup in a map of maps gives the inner map, or NULL
        write(0, pointer("map_ptr_or_null", { map: innerMapIndex(c.program.maps, map), id: c.nextId++ }));
        break;
      }
      if (proto.name === "map_lookup_elem" && (def.type === "sockmap" || def.type === "sockhash")) {
        // a socket from a sockmap is a reference the program must release (is_acquire_function)
        c.nextId++;
        const ref = c.nextId++;
        st.refs.push({ id: ref, insn: pc });
        write(0, pointer("sock_or_null", { id: ref, refId: ref }));
        break;
      }
      if (proto.name === "map_lookup_elem" && def.type === "xskmap") {
        // an xskmap holds sockets: a lookup gives struct bpf_xdp_sock (its queue_id) or NULL
        write(0, pointer("xdp_sock_or_null", { id: c.nextId++ }));
        break;
      }
      // an array lookup with a known in-range key cannot fail
      const inRange = proto.name === "map_lookup_elem" && (def.type === "array" || def.type === "percpu_array") && keyConst !== undefined && keyConst >= 0n && keyConst < BigInt(def.maxEntries);
      write(0, inRange ? pointer("map_value", { map }) : pointer("map_value_or_null", { map, id: c.nextId++ }));
      break;
    }
    case "sock_or_null":
    case "sock_common_or_null":
    case "tcp_sock_or_null": {
      if (proto.ref === "acquire") {
        // as for ringbuf records: the nullable pointer's id, then the reference, which the pointer takes as its id
        c.nextId++;
        const ref = c.nextId++;
        st.refs.push({ id: ref, insn: pc });
        write(0, pointer(proto.ret, { id: ref, refId: ref }));
      } else {
        // a cast keeps its argument's reference: releasing either pointer releases both
        write(0, pointer(proto.ret, { id: c.nextId++, refId: proto.ref === "cast" ? sockRef : 0 }));
      }
      break;
    }
    case "ringbuf_mem_or_null": {
      // the kernel numbers the nullable pointer, then the reference, and gives the pointer the reference's id
      c.nextId++;
      const ref = c.nextId++;
      st.refs.push({ id: ref, insn: pc });
      write(0, pointer("ringbuf_mem_or_null", { id: ref, refId: ref, memSize }));
      break;
    }
  }
  if (proto.name === "tail_call" && st.frames.length > 1 && fork) {
    // in a subprogram, a tail call that succeeds leaves the function (and the program) at once,
    // with an unknown r0; the program called may have changed the packet (where the call fails,
    // the path goes on with the packet as it was)
    mayExitSubprog(c, st, pc, unknownScalar(), fork);
    forgetPacket(st);
  }
  return st;
}

/**
 * bpf_snprintf's format against its data (check_bpf_snprintf_call): data_len a multiple of 8,
 * then the format parsed with data_len / 8 arguments. data_len's known bits are what count
 * (its tnum's value), as the kernel reads them.
 */
function checkSnprintf(pc: number, fmt: Uint8Array, dataLen: Reg): void {
  const n = dataLen.var.value;
  if (n % 8n !== 0n) throw new VerifyError(pc, "snprintf-data-len", { value: `${n}` });
  if (!parseBprintf(fmt, Number(n / 8n))) throw new VerifyError(pc, "snprintf-format");
}

/** The kernel's check_mem_size_reg: the size's bounds, in its order; the access is then checked for umax bytes. */
function sizeArg(pc: number, regno: number, r: Reg, nonZero: boolean): number {
  if (r.type !== "scalar") throw new VerifyError(pc, "arg-type", { regno, type: typeStr(r), expected: "scalar" });
  if (r.smin < 0n) throw new VerifyError(pc, "size-negative", { regno });
  if (nonZero && r.umin === 0n) throw new VerifyError(pc, "size-zero", { regno, umin: `${BigInt.asIntN(64, r.umin)}`, umax: `${BigInt.asIntN(64, r.umax)}` });
  if (r.umax >= BPF_MAX_VAR_SIZ) throw new VerifyError(pc, "size-unbounded", { regno });
  return Number(r.umax);
}

/**
 * A constant stored on the stack at a helper's key pointer, if the verifier knows it, by the
 * kernel's rule (get_constant_map_key): the key's bytes are all zero (STACK_ZERO, which a spilled
 * register never is, even a spilled 0), or the bytes of a scalar spill from the key's first byte to
 * the spill's end are exactly the key's size; then the key is the spilled register's whole value.
 */
function stackConst(st: State, ptr: Reg, size: number): bigint | undefined {
  if (ptr.var.mask !== 0n) return undefined;
  const off = ptr.off + Number(BigInt.asIntN(64, ptr.var.value));
  const f = st.frames[ptr.frame] ?? st.frames[st.frames.length - 1];
  const k = Math.floor((-off - 1) / 8);
  const slot = f.stack[k];
  if (!slot) return undefined;
  const low = off + 8 * (k + 1);
  const sp = slot.spilled;
  // a spill covers bytes [0, spillEnd) of the slot (mem.ts keeps a spilled 0's bytes as zero)
  const spillEnd = sp ? (slot.narrow ?? 8) : 0;
  let zeros = 0;
  for (let j = low; j < 8 && j >= spillEnd && slot.bytes[j] === Byte.Zero; j++) zeros++;
  if (zeros >= size) return 0n; // STACK_ZERO
  if (!sp || sp.type !== "scalar" || (slot.at ?? 0) !== 0 || sp.var.mask !== 0n) return undefined;
  if (Math.max(0, spillEnd - low) !== size) return undefined;
  return BigInt.asIntN(64, sp.var.value);
}

/** Back from a subprogram to its caller: r0 carries over, r1-r5 are scratched, the path goes on after the call. */
export function returnToCaller(st: State): void {
  const callee = st.frames.pop()!;
  const caller = st.frames[st.frames.length - 1];
  caller.regs[0] = { ...callee.regs[0], written: true };
  for (let k = 1; k <= 5; k++) caller.regs[k] = notInit();
  st.pc = callee.callsite + 1;
}

/**
 * In a subprogram, an instruction that may end the program (a tail call that succeeds, an LD_ABS
 * past the packet's end) is also a return from it, with r0 `ret` (the kernel verifies both): the
 * path where it does not goes on at the next instruction (pushed), this one returns to the
 * caller. A callback's frame cannot be left so: its return wants r0 precise, as at its exit, and
 * backtracking finds r0 wanted where the callback began: the kernel stops at a verifier bug there.
 */
export function mayExitSubprog(c: Verification, st: State, pc: number, ret: Reg, fork: (s: State) => void): void {
  const top = st.frames[st.frames.length - 1];
  if (top.callback) {
    top.regs[0] = { ...ret, written: true };
    c.live?.returned();
    try {
      c.precise(st, [regLoc(st.frames.length - 1, 0)]);
    } catch (e) {
      if (e instanceof RejectionError && !(e instanceof VerifyError)) throw VerifyError.at(pc, e);
      throw e;
    }
    throw new VerifyError(pc, "callback-unexpected-regs", { mask: "1" }); // (backtracking always ends there first)
  }
  fork(cloneState(st));
  top.regs[0] = { ...ret, written: true };
  c.leftSubprog(st);
  returnToCaller(st);
}

export function checkExit(c: Verification, st: State, d: Decoded & { valid: true }, read: (n: number) => Reg): State | "exit" {
  const pc = d.pc;
  // (the kernel's prepare_func_exit, before anything else about a function's or a callback's return)
  if (st.frames.length > 1 && st.frames[st.frames.length - 1].regs[0].type === "fp") throw new VerifyError(pc, "ret-stack-ptr");
  if (st.frames[st.frames.length - 1].callback) {
    // the callback's value decides whether the loop goes on: a scalar, precise, in [0, 1]
    callbackReturnType(pc, read(0));
    // (as for a function's return, the chain's stack liveness is brought up to date first)
    c.live?.returned();
    c.precise(st, [regLoc(st.frames.length - 1, 0)]);
    callbackReturnRange(pc, st.frames[st.frames.length - 1].regs[0]);
    // back to the call that pushed it, which pushes it again from the state it left (prepare_func_exit)
    const callee = st.frames.pop()!;
    st.pc = callee.callsite;
    c.callbackReturned();
    return st;
  }
  if (st.frames.length > 1) {
    // a function may return without setting r0: the caller only fails if it reads it
    returnToCaller(st);
    return st;
  }
  // references first: the kernel looks for leaks before it looks at the return value
  if (st.refs.length) throw new VerifyError(pc, "ref-leak", { id: st.refs[0].id, allocInsn: st.refs[0].insn, at: "BPF_EXIT instruction in main prog" });
  const r0 = read(0);
  if (st.frames[0].start !== 0) {
    // a global function verified on its own: it returns a scalar, whatever the program type's range
    if (r0.type !== "scalar") throw new VerifyError(pc, "global-ret", { type: typeStr(r0) });
    return "exit";
  }
  const range = c.type.returnRange;
  if (range) c.precise(st, [regLoc(0, 0)]);
  if (range && r0.type !== "scalar") throw new VerifyError(pc, "ret-unknown", { type: typeStr(r0) });
  if (range && (r0.smin < range[0] || r0.smax > range[1])) {
    throw new VerifyError(pc, "ret-range", { has: scalarHas(r0), lo: `${range[0]}`, hi: `${range[1]}` });
  }
  return "exit";
}
