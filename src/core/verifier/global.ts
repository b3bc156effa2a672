// Global functions. Given BTF func_info, the kernel verifies a global (non-static) function once,
// on its own, from its prototype (btf_prepare_func_args): each integer argument an unknown
// scalar, a pointer to the program type's context struct the context, any other pointer memory
// of the pointee's size that may be NULL. A call to it checks only that the caller's arguments
// fit the prototype (btf_check_func_arg_match), leaves r0 an unknown scalar and goes on; the
// function is verified after the program, if a path the walk took calls it. Static functions,
// and every function of a program without func_info, are verified inline with their callers'
// arguments, as before.

import type { Cfg } from "../cfg/index.ts";
import { helperProto } from "../isa/helper_protos.ts";
import type { FuncParam, Program } from "../program.ts";
import { typeStr } from "./alu.ts";
import { RejectionError, VerifyError } from "./error.ts";
import { checkCtxPtrOff, checkHelperMem } from "./mem.ts";
import { constValue, isConstReg, pointer, unknownScalar } from "./reg.ts";
import type { Reg } from "./reg.ts";
import { entryFrame } from "./state.ts";
import type { State } from "./state.ts";
import type { Verification } from "./verify.ts";

/** The kernel's MAX_BPF_FUNC_REG_ARGS. */
const MAX_ARGS = 5;

export interface GlobalFunc {
  /** The kernel's subprogram number (func#N): its place among the functions, by first slot. */
  readonly index: number;
  readonly name: string;
  readonly start: number;
  readonly params: readonly FuncParam[];
  /** "scalar", or the BTF kind it returns instead. */
  readonly ret: string;
  /** It, or a function it calls, calls a helper that may move the packet (the kernel's changes_pkt_data). */
  readonly changesPkt: boolean;
}

/** The global functions of a program with func_info that carries prototypes, by first slot (the entry is never one). */
export function globalFuncs(program: Program, cfg: Cfg): ReadonlyMap<number, GlobalFunc> {
  const out = new Map<number, GlobalFunc>();
  const infos = program.funcInfo;
  if (!infos) return out;
  // func_info has a record per subprogram, in order: its place is the kernel's number (callbacks count)
  const byPc = [...infos].sort((a, b) => a.pc - b.pc);
  const pkt = changesPkt(cfg, [...new Set([...cfg.funcs, ...byPc.map((f) => f.pc)])].sort((a, b) => a - b));
  byPc.forEach((f, index) => {
    if (f.pc === 0 || f.linkage !== "global" || !f.sig) return;
    out.set(f.pc, { index, name: f.name, start: f.pc, params: f.sig.params, ret: f.sig.ret, changesPkt: pkt.has(f.pc) });
  });
  return out;
}

/** The function starts whose code (or whose callees' code) calls a helper that changes packet data. */
function changesPkt(cfg: Cfg, starts: readonly number[]): Set<number> {
  const owner = (pc: number) => {
    let s = 0;
    for (const x of starts) if (x <= pc) s = x;
    return s;
  };
  const direct = new Set<number>();
  const calls: [number, number][] = [];
  for (const d of cfg.insns) {
    if (!d.valid || d.spec.kind !== "call") continue;
    // (a tail call too: the program it runs may change the packet, and it may return here)
    if (d.spec.op === "helper" && (helperProto(d.insn.imm)?.changesPktData || helperProto(d.insn.imm)?.name === "tail_call")) direct.add(owner(d.pc));
    if (d.spec.op === "local") calls.push([owner(d.pc), d.pc + d.insn.imm + 1]);
  }
  // a caller changes the packet if a callee does (at most one round per function)
  for (let round = 0; round < starts.length; round++) {
    let grew = false;
    for (const [caller, callee] of calls) {
      if (!direct.has(callee) || direct.has(caller)) continue;
      direct.add(caller);
      grew = true;
    }
    if (!grew) break;
  }
  return direct;
}

/** The kernel's checks of a global function's prototype before its arguments (btf_prepare_func_args): its words, or undefined. */
function prototypeError(fn: GlobalFunc): string | undefined {
  if (fn.params.length > MAX_ARGS) return `Global function ${fn.name}() with ${fn.params.length} > ${MAX_ARGS} args. Buggy compiler.`;
  if (fn.ret !== "scalar") return `Global function ${fn.name}() doesn't return scalar. Only those are supported.`;
  return undefined;
}

/**
 * The struct each program type's context is, by the kernel's name (include/linux/bpf_types.h),
 * for the types whose context is a named struct; the kernel's own type (sk_buff, xdp_buff)
 * counts too. kprobe's is the typedef bpf_user_pt_regs_t, which is struct pt_regs on x86.
 */
const CTX_STRUCTS: Readonly<Record<string, readonly string[]>> = {
  socket_filter: ["__sk_buff", "sk_buff"],
  sched_cls: ["__sk_buff", "sk_buff"],
  sched_act: ["__sk_buff", "sk_buff"],
  xdp: ["xdp_md", "xdp_buff"],
  cgroup_skb: ["__sk_buff", "sk_buff"],
  cgroup_sock: ["bpf_sock"],
  cgroup_sock_addr: ["bpf_sock_addr"],
  lwt_in: ["__sk_buff", "sk_buff"],
  lwt_out: ["__sk_buff", "sk_buff"],
  lwt_xmit: ["__sk_buff", "sk_buff"],
  sock_ops: ["bpf_sock_ops"],
  sk_skb: ["__sk_buff", "sk_buff"],
  sk_msg: ["sk_msg_md"],
  flow_dissector: ["__sk_buff", "sk_buff"],
  kprobe: ["pt_regs"],
  perf_event: ["bpf_perf_event_data"],
  raw_tracepoint: ["bpf_raw_tracepoint_args"],
  raw_tracepoint_writable: ["bpf_raw_tracepoint_args"],
  cgroup_device: ["bpf_cgroup_dev_ctx"],
  cgroup_sysctl: ["bpf_sysctl"],
  cgroup_sockopt: ["bpf_sockopt"],
  sk_reuseport: ["sk_reuseport_md"],
  sk_lookup: ["bpf_sk_lookup"],
};

/** btf_is_prog_ctx_type: a pointer to the program type's context struct (for kprobe, also to bpf_user_pt_regs_t). */
function isCtx(p: FuncParam, progType: string): boolean {
  if (p.kind !== "ptr") return false;
  if (progType === "kprobe" && p.typedef === "bpf_user_pt_regs_t") return true;
  return p.struct !== undefined && (CTX_STRUCTS[progType] ?? []).includes(p.struct);
}

/** The argument kinds the kernel derives (ARG_ANYTHING, ARG_PTR_TO_CTX, ARG_PTR_TO_MEM with a size, | PTR_MAYBE_NULL unless `__arg_nonnull`). */
type ArgKind = { readonly kind: "scalar" } | { readonly kind: "ctx" } | { readonly kind: "dynptr" } | { readonly kind: "mem"; readonly size: number; readonly nullable: boolean };

/**
 * The `arg:` tags bpfplay reads: `__arg_ctx` and `__arg_nonnull`, and `__arg_nullable` to refuse
 * it where the kernel does. `__arg_trusted` (a BTF-typed kernel pointer) and `__arg_arena` need
 * what bpfplay does not model, so a function that uses them is refused as one with an unknown tag.
 */
const KNOWN_TAGS = new Set(["ctx", "nonnull", "nullable"]);

function argKinds(c: Verification, fn: GlobalFunc): ArgKind[] | string {
  const bad = prototypeError(fn);
  if (bad) return bad;
  const out: ArgKind[] = [];
  for (let k = 0; k < fn.params.length; k++) {
    const p = fn.params[k];
    // in the kernel's order: the tags, the context, then memory of the pointee's size; integers
    const tags = p.tags ?? [];
    if (tags.some((t) => !KNOWN_TAGS.has(t))) return `arg#${k} has unsupported set of tags`;
    if (p.kind !== "ptr") {
      if (tags.length) return `arg#${k} has pointer tag, but is not a pointer type`;
      if (p.kind === "other") return `Arg#${k} type ${p.btfKind} in ${fn.name}() is not supported yet.`;
      out.push({ kind: "scalar" });
      continue;
    }
    if (tags.includes("ctx") || isCtx(p, c.type.name)) {
      if (tags.some((t) => t !== "ctx")) return `arg#${k} has invalid combination of tags`;
      // `void *ctx __arg_ctx` is always the context; a struct must be the program type's
      if (tags.includes("ctx") && !isCtx(p, c.type.name) && !p.void) {
        const want = CTX_STRUCTS[c.type.name]?.[0];
        return want ? `arg#${k} should be \`struct ${want} *\`` : `arg#${k} should be void pointer`;
      }
      out.push({ kind: "ctx" });
      continue;
    }
    if (tags.includes("nullable")) return `arg#${k} has invalid combination of tags`;
    // `struct bpf_dynptr *`: the kernel wants an initialised dynptr (ARG_PTR_TO_DYNPTR)
    if (p.struct === "bpf_dynptr") {
      out.push({ kind: "dynptr" });
      continue;
    }
    if (typeof p.size !== "number") return `arg#${k} reference type(${p.size.unsized}) size cannot be determined: -22`;
    out.push({ kind: "mem", size: p.size, nullable: !tags.includes("nonnull") });
  }
  return out;
}

/** Memory a global function's pointer argument may point to (check_helper_mem_access's types). */
const MEM_ARG = new Set(["fp", "pkt", "pkt_meta", "map_value", "mem", "ringbuf_mem"]);

/**
 * At a call of a global function: the caller's r1-r5 against the prototype, as the kernel's
 * btf_check_func_arg_match. A mismatch is the kernel's line on it, then "Caller passes invalid
 * args". A stack buffer passed as memory is read and written as a helper's would be (the
 * function may write anything there).
 */
export function checkGlobalCall(c: Verification, st: State, pc: number, fn: GlobalFunc): void {
  const fail = (what: string): never => {
    throw new VerifyError(pc, "global-args", { what, id: fn.index, func: fn.name });
  };
  const kinds = argKinds(c, fn);
  if (typeof kinds === "string") return fail(kinds);
  const regs = st.frames[st.frames.length - 1].regs;
  for (let k = 0; k < kinds.length; k++) {
    const regno = k + 1;
    const a = kinds[k];
    const r = regs[regno];
    try {
      if (a.kind === "scalar") {
        if (r.type !== "scalar") fail(`R${regno} is not a scalar`);
      } else if (a.kind === "ctx") {
        if (r.type === "ctx") checkCtxPtrOff(pc, regno, r);
        else fail(`arg#${k} expects pointer to ctx`);
      } else if (a.kind === "dynptr") {
        // bpfplay has no dynptrs (their helpers are refused): whatever the caller passes is not one
        fail(`Expected an initialized dynptr as arg #${k}`);
      } else {
        // NULL passes; a pointer that may be NULL is checked as if it were not (the function must check it)
        if (r.type === "scalar" && isConstReg(r) && constValue(r) === 0n) continue;
        if (r.type === "ctx") checkCtxPtrOff(pc, regno, r);
        const base = (r.type.endsWith("_or_null") ? r.type.slice(0, -"_or_null".length) : r.type) as Reg["type"];
        if (!MEM_ARG.has(base)) throw new VerifyError(pc, "arg-type", { regno, type: typeStr(r), expected: "fp" });
        const ptr = base === r.type ? r : { ...r, type: base };
        checkHelperMem(c, st, pc, regno, ptr, a.size, false);
        if ((base === "pkt" || base === "pkt_meta") && c.type.pkt !== "write" && a.size > 0) throw new VerifyError(pc, "pkt-readonly");
        checkHelperMem(c, st, pc, regno, ptr, a.size, true, true); // (checked as read and as written: both read)
        if (!a.nullable && base !== r.type) fail(`arg#${k} is expected to be non-NULL`);
      }
    } catch (e) {
      // an access check's words (and its second line) come first, then the kernel's summary
      if (e instanceof RejectionError && e.code !== "global-args") fail(e.detail ? `${e.message}\n${e.detail}` : e.message);
      throw e;
    }
  }
}

/**
 * The state a global function is verified in (do_check_common for a subprogram): frame 0 at
 * its first slot, each argument as its prototype says, r10 the frame pointer.
 */
export function globalEntry(c: Verification, fn: GlobalFunc): State {
  const frame = entryFrame(0, -1, fn.start);
  const kinds = argKinds(c, fn);
  if (typeof kinds !== "string") {
    kinds.forEach((a, k) => {
      if (a.kind === "scalar") frame.regs[k + 1] = unknownScalar();
      else if (a.kind === "ctx") frame.regs[k + 1] = pointer("ctx");
      else if (a.kind === "dynptr") frame.regs[k + 1] = pointer("mem", { memSize: 16 }); // (never reached: no caller can pass one)
      // (6.18 numbers only the pointer that may be NULL, for its null check)
      else frame.regs[k + 1] = a.nullable ? pointer("mem_or_null", { memSize: a.size, id: c.nextId++ }) : pointer("mem", { memSize: a.size });
    });
  }
  return { frames: [frame], refs: [], pc: fn.start, mayGoto: 0, callbackUnroll: 0 };
}
