// Every way the verifier rejects a program: a stable code, the parameters the message needs,
// and the message in the kernel's words (byte for byte: the tests compare it with the kernel's
// log). Callers branch on the code and read the parameters; only the log and the message
// shown to people are rendered from the template. A second line, where the kernel prints one,
// is the `detail`. The plain-language explanation of each code is ui/format/explain.ts's.

/** A parameter: numbers as numbers, 64-bit values and kernel names as text (JSON-safe). */
export type Param = string | number;

interface Template<P> {
  readonly message: (p: P) => string;
  readonly detail?: (p: P) => string;
}

const t = <P extends Readonly<Record<string, Param>> = Record<never, never>>(message: (p: P) => string, detail?: (p: P) => string): Template<P> => ({ message, detail });

type Reg = { readonly regno: number };
type Access = { readonly off: number; readonly size: number };
const hex2 = (n: number) => n.toString(16).padStart(2, "0");
/** The kernel's two spellings of the bound that failed: `R1 min value is outside ...`. */
const rangeLine = (p: { regno: number; bound: string }) => `R${p.regno} ${p.bound} value is outside of the allowed memory range`;

export const REJECTIONS = {
  // ---- encoding: the check before the walk ------------------------------------------------
  empty: t(() => "empty program"),
  "unknown-opcode": t<{ opcode: number }>((p) => `unknown opcode ${hex2(p.opcode)}`),
  "reserved-fields": t<{ insn: string }>((p) => `${p.insn} uses reserved fields`),
  "bad-register": t<Reg>((p) => `R${p.regno} is invalid`),
  "bad-ldimm64": t(() => "invalid bpf_ld_imm64 insn"),
  "unrecognized-ldimm64": t(() => "unrecognized bpf_ld_imm64 insn"),
  "atomic-size": t(() => "invalid atomic operand size"),
  "atomic-opcode": t<{ imm: number }>((p) => `BPF_ATOMIC uses invalid atomic opcode ${hex2(p.imm)}`),
  "may-goto-imm": t<{ imm: number }>((p) => `invalid may_goto imm ${p.imm}`),
  "fd-idx": t(() => "fd_idx without fd_array is invalid"),
  "bad-map-fd": t<{ fd: number }>((p) => `fd ${p.fd} is not pointing to valid bpf_map`),
  "map-value-ptr-off": t<{ valueSize: number; off: number }>((p) => `invalid access to map value pointer, value_size=${p.valueSize} off=${p.off}`),
  "map-direct-value-unsupported": t(() => "no direct value access support for this map type"),
  "map-helper-write-forbidden": t(() => "write into map forbidden"),
  kfunc: t<{ btfId: number }>((p) => `kernel btf_id ${p.btfId} is not a function`),
  "no-func-info": t(() => "missing btf func_info"),
  "callback-not-static": t(() => "callback function not static"),
  "no-arena": t(() => "addr_space_cast insn can only be used in a program that has an associated arena"),

  // ---- control flow -------------------------------------------------------------------------
  "bad-call-target": t(() => "call to invalid destination"),
  "ldimm64-middle": t<{ insn: number }>((p) => `jump into the middle of ldimm64 insn ${p.insn}`),
  "jump-range": t<{ from: number; to: number }>((p) => `jump out of range from insn ${p.from} to ${p.to}`),
  "fall-off": t(() => "last insn is not an exit or jmp"),
  unreachable: t<{ insn: number }>((p) => `unreachable insn ${p.insn}`),
  "ld-abs-subprog": t(() => "LD_ABS is not allowed in subprogs without BTF"),
  "tail-call-subprog": t(() => "tail_call is not allowed in subprogs without BTF"),
  "ld-abs-int-return": t(() => "LD_ABS is only allowed in functions that return 'int'."),
  "tail-call-int-return": t(() => "tail_call is only allowed in functions that return 'int'."),
  "callback-unexpected-regs": t<{ mask: string }>((p) => `verifier bug: callback unexpected regs ${p.mask}`),
  "tail-call-stack": t<{ depth: number }>((p) => `tail_calls are not allowed when call stack of previous frames is ${p.depth} bytes. Too large`),
  // (then both states' frames as the kernel prints them: ` R0=0 R1=ctx() R10=fp0`)
  "infinite-loop": t<{ insn: number; cur: string; old: string }>(
    (p) => `infinite loop detected at insn ${p.insn}`,
    (p) => `cur state:${p.cur}\nold state:${p.old}`,
  ),
  "too-large": t<{ processed: number }>((p) => `BPF program is too large. Processed ${p.processed} insn`),
  "jump-seq": t<{ jumps: number }>((p) => `The sequence of ${p.jumps} jumps is too complex.`),
  /** At a call: one frame more than the kernel keeps. */
  "call-depth": t<{ frames: number }>((p) => `the call stack of ${p.frames} frames is too deep`),
  /** After the walk, along the call graph (check_max_stack_depth). */
  "call-chain-depth": t<{ frames: number }>((p) => `the call stack of ${p.frames} frames is too deep !`),
  "stack-size": t<{ calls: number; size: number }>((p) => `combined stack size of ${p.calls} calls is ${p.size}. Too large`),

  // ---- registers and arithmetic -------------------------------------------------------------
  "uninit-reg": t<Reg>((p) => `R${p.regno} !read_ok`),
  "fp-write": t(() => "frame pointer is read only"),
  "div-zero": t(() => "div by zero"),
  "bad-shift": t<{ shift: number }>((p) => `invalid shift ${p.shift}`),
  "ptr-math-const": t<{ type: string; value: string }>((p) => `math between ${p.type} pointer and ${p.value} is not allowed`),
  "ptr-offset": t<{ type: string; off: number }>((p) => `${p.type} pointer offset ${p.off} is not allowed`),
  "ptr-math-unbounded": t<{ type: string }>((p) => `math between ${p.type} pointer and register with unbounded min value is not allowed`),
  "ptr-out-of-bounds": t<{ type: string; value: string }>((p) => `value ${p.value} makes ${p.type} pointer be out of bounds`),
  "ptr-arith-32": t<Reg>((p) => `R${p.regno} 32-bit pointer arithmetic prohibited`),
  "ptr-ptr": t<Reg & { op: string }>((p) => `R${p.regno} pointer ${p.op} pointer prohibited`),
  "ptr-arith-null": t<Reg & { type: string }>((p) => `R${p.regno} pointer arithmetic on ${p.type} prohibited, null-check it first`),
  "ptr-arith-type": t<Reg & { type: string }>((p) => `R${p.regno} pointer arithmetic on ${p.type} prohibited`),
  "ptr-sub-from-scalar": t<Reg>((p) => `R${p.regno} tried to subtract pointer from scalar`),
  "ptr-sub-fp": t<Reg>((p) => `R${p.regno} subtraction from stack pointer prohibited`),
  "ptr-bitwise": t<Reg & { op: string }>((p) => `R${p.regno} bitwise operator ${p.op} on pointer prohibited`),
  "ptr-arith-op": t<Reg & { op: string }>((p) => `R${p.regno} pointer arithmetic with ${p.op} operator prohibited`),

  // ---- legacy packet loads ------------------------------------------------------------------
  "ld-abs-prog-type": t(() => "BPF_LD_[ABS|IND] instructions not allowed for this program type"),
  "ld-abs-r6": t(() => "at the time of BPF_LD_ABS|IND R6 != pointer to skb"),

  // ---- memory -------------------------------------------------------------------------------
  "bad-deref": t<Reg & { type: string }>((p) => `R${p.regno} invalid mem access '${p.type}'`),
  "ptr-mismatch": t(() => "same insn cannot be used with different pointers"),
  "atomic-load": t<Reg & { type: string }>((p) => `BPF_ATOMIC loads from R${p.regno} ${p.type} is not allowed`),
  "atomic-store": t<Reg & { type: string }>((p) => `BPF_ATOMIC stores into R${p.regno} ${p.type} is not allowed`),
  "misaligned-pkt": t<{ varOff: string; off: number; insnOff: number; size: number }>((p) => `misaligned packet access off 2+${p.varOff}+${p.off}+${p.insnOff} size ${p.size}`),
  /** `what` is the kernel's word for the memory, with its space (`stack `, `value `), or nothing. */
  misaligned: t<{ what: string; varOff: string; off: number; insnOff: number; size: number }>((p) => `misaligned ${p.what}access off ${p.varOff}+${p.off}+${p.insnOff} size ${p.size}`),
  "negative-index": t<Reg>((p) => `R${p.regno} min value is negative, either use unsigned index or do a if (index >=0) check.`),
  "mem-bounds": t<Access & Reg & { memSize: number; bound: string }>((p) => `invalid access to memory, mem_size=${p.memSize} off=${p.off} size=${p.size}`, rangeLine),

  // map values
  "map-bounds": t<Access & Reg & { valueSize: number; bound: string }>((p) => `invalid access to map value, value_size=${p.valueSize} off=${p.off} size=${p.size}`, rangeLine),
  "map-unbounded": t<Reg>((p) => `R${p.regno} unbounded memory access, make sure to bounds check any such access`),
  "map-write-forbidden": t<Access & { valueSize: number }>((p) => `write into map forbidden, value_size=${p.valueSize} off=${p.off} size=${p.size}`),
  "map-read-forbidden": t<Access & { valueSize: number }>((p) => `read from map forbidden, value_size=${p.valueSize} off=${p.off} size=${p.size}`),

  // packets
  "pkt-readonly": t(() => "cannot write into packet"),
  "pkt-outside": t<Reg>((p) => `R${p.regno} offset is outside of the packet`),
  "pkt-bounds": t<Access & Reg & { id: number; range: number }>(
    (p) => `invalid access to packet, off=${p.off} size=${p.size}, R${p.regno}(id=${p.id},off=${p.off},r=${p.range})`,
    (p) => `R${p.regno} offset is outside of the packet`,
  ),

  // the context
  "ctx-access": t<Access>((p) => `invalid bpf_context access off=${p.off} size=${p.size}`),
  "ctx-negative-off": t<Reg & { off: number }>((p) => `negative offset ctx ptr R${p.regno} off=${p.off} disallowed`),
  "ctx-modified": t<Reg & { off: number }>((p) => `dereference of modified ctx ptr R${p.regno} off=${p.off} disallowed`),
  "ctx-variable": t<{ varOff: string }>((p) => `variable ctx access var_off=${p.varOff} disallowed`),
  "ctx-conversion": t(() => "verifier bug: error during ctx access conversion (0)"),
  "flow-keys-access": t<Access>((p) => `invalid access to flow keys off=${p.off} size=${p.size}`),
  "tp-buffer-access": t<Access & Reg>((p) => `R${p.regno} invalid tracepoint buffer access: off=${p.off}, size=${p.size}`),
  "tp-buffer-variable": t<Reg & { off: number; varOff: string }>((p) => `R${p.regno} invalid variable buffer offset: off=${p.off}, var_off=${p.varOff}`),

  // sockets
  "sock-write": t<Reg & { type: string }>((p) => `R${p.regno} cannot write into ${p.type}`),
  "sock-access": t<Access & Reg & { type: string }>((p) => `R${p.regno} invalid ${p.type} access off=${p.off} size=${p.size}`),

  // the stack; `dir` is `read from` or `write to`
  "stack-bounds": t<Access & Reg & { dir: string }>((p) => `invalid ${p.dir} stack R${p.regno} off=${p.off} size=${p.size}`),
  "stack-variable": t<Access & Reg & { dir: string; varOff: string }>((p) => `invalid variable-offset ${p.dir} stack R${p.regno} var_off=${p.varOff} off=${p.off} size=${p.size}`),
  "stack-unbounded": t<Reg & { dir: string }>((p) => `invalid unbounded variable-offset ${p.dir} stack R${p.regno}`),
  // (an atomic's read, which fills no register; the kernel's words name a helper)
  "stack-var-no-reg": t<Access & { varOff: string }>((p) => `variable offset stack pointer cannot be passed into helper function; var_off=${p.varOff} off=${p.off} size=${p.size}`),
  "spill-size": t(() => "invalid size of register spill"),
  "spill-fp-caller": t(() => "cannot spill pointers to stack into stack frame of the caller"),
  "fill-size": t(() => "invalid size of register fill"),

  // ---- calls --------------------------------------------------------------------------------
  callx: t(() => "callx is not supported by the kernel"),
  "helper-unknown": t<{ id: number }>((p) => `invalid func unknown#${p.id}`),
  "helper-prog-type": t<{ func: string; id: number }>((p) => `program of this type cannot use helper ${p.func}#${p.id}`),
  "arg-type": t<Reg & { type: string; expected: string }>((p) => `R${p.regno} type=${p.type} expected=${p.expected}`),
  "arg-not-const": t<Reg>((p) => `R${p.regno} is not a known constant'`),
  "pkt-helper": t(() => "helper access to the packet is not allowed"),
  "map-ptr-arg": t<{ field: string }>((p) => `invalid map_ptr to access map->${p.field}`),
  "sockmap-arg": t(() => "invalid arg_type for sockmap/sockhash"),
  "zero-sized-read": t(() => "invalid zero-sized read"),
  "size-negative": t<Reg>((p) => `R${p.regno} min value is negative, either use unsigned or 'var &= const'`),
  "size-zero": t<Reg & { umin: string; umax: string }>((p) => `R${p.regno} invalid zero-sized read: u64=[${p.umin},${p.umax}]`),
  "size-unbounded": t<Reg>((p) => `R${p.regno} unbounded memory access, use 'var &= const' or 'if (var < const)'`),
  /** `mapType` is the kernel's enum bpf_map_type number. */
  "map-func": t<{ mapType: number; func: string; id: number }>((p) => `cannot pass map_type ${p.mapType} into func ${p.func}#${p.id}`),
  "sockmap-update": t<{ mapType: number; func: string; id: number }>(
    () => "cannot update sockmap in this context",
    (p) => `cannot pass map_type ${p.mapType} into func ${p.func}#${p.id}`,
  ),
  "tail-call-map": t(() => "expected prog array map for tail call"),
  "local-storage-flags": t(() => "get_local_storage() doesn't support non-zero flags"),
  // ARG_PTR_TO_CONST_STR (check_reg_const_str; the kernel's messages end with a stray quote)
  "const-str-rdonly": t<Reg>((p) => `R${p.regno} does not point to a readonly map'`),
  "const-str-var-off": t<Reg>((p) => `R${p.regno} is not a constant address'`),
  "const-str-addr": t(() => "direct value access on string failed"),
  "const-str-nul": t(() => "string is not zero-terminated"),
  /** bpf_snprintf's format, parsed as bpf_bprintf_prepare does (isa/bprintf.ts). */
  "snprintf-format": t(() => "Invalid format string"),
  /** The kernel refuses this with EINVAL and prints nothing: the words are bpfplay's. */
  "snprintf-data-len": t<{ value: string }>((p) => `bpf_snprintf's data_len ${p.value} is not a multiple of 8`),
  "release-offset": t<Reg>((p) => `R${p.regno} must have zero offset when passed to release func or trusted arg to kfunc`),
  "release-unreferenced": t<Reg>((p) => `R${p.regno} must be referenced when passed to release function`),
  /** `at`: what would leak it (`BPF_EXIT instruction in main prog`, `tail_call`, `BPF_LD_[ABS|IND]`). */
  "ref-leak": t<{ id: number; allocInsn: number; at: string }>(
    (p) => `Unreleased reference id=${p.id} alloc_insn=${p.allocInsn}`,
    (p) => `${p.at} would lead to reference leak`,
  ),

  // ---- global functions (verified on their own, from their BTF prototype: global.ts) --------
  /** `what`: the kernel's line on the argument that does not match (one of global.ts's, or an access check's); `id`: func#, `func`: its name. */
  "global-args": t<{ what: string; id: number; func: string }>(
    (p) => p.what,
    (p) => `Caller passes invalid args into func#${p.id} ('${p.func}')`,
  ),

  // ---- exit ---------------------------------------------------------------------------------
  "global-ret": t<{ type: string }>((p) => `At subprogram exit the register R0 is not a scalar value (${p.type})`),
  /** A function (or a callback) returns a stack pointer: any frame's, as the kernel is conservative. */
  "ret-stack-ptr": t(() => "cannot return stack pointer to the caller"),
  "callback-ret": t<{ has: string }>((p) => `At callback return the register R0 has ${p.has} should have been in [0, 1]`),
  "ret-unknown": t<{ type: string }>((p) => `At program exit the register R0 is not a known value (${p.type})`),
  /** `has`: `smin=0 smax=5`, or `unknown scalar value`. */
  "ret-range": t<{ has: string; lo: string; hi: string }>((p) => `At program exit the register R0 has ${p.has} should have been in [${p.lo}, ${p.hi}]`),
} as const;

export type VerifierCode = keyof typeof REJECTIONS;

/**
 * The rejections whose message the kernel prints without a newline: the log's next line (the
 * statistics) follows on the same line, as `expected prog array map for tail callprocessed 3 insns`.
 */
export const UNTERMINATED: ReadonlySet<VerifierCode> = new Set<VerifierCode>(["tail-call-map"]);

export type ParamsOf<C extends VerifierCode> = (typeof REJECTIONS)[C] extends Template<infer P> ? P : never;

/** The parameters after the code: none for a code whose message has none. */
export type ParamArgs<C extends VerifierCode> = Record<never, never> extends ParamsOf<C> ? [params?: ParamsOf<C>] : [params: ParamsOf<C>];

export const VERIFIER_CODES = Object.keys(REJECTIONS) as VerifierCode[];

/** The kernel's words for a rejection: its message, and the line after it where there is one. */
export function rejectionText<C extends VerifierCode>(code: C, params: ParamsOf<C>): { message: string; detail?: string } {
  const tpl = REJECTIONS[code] as Template<ParamsOf<C>>;
  return tpl.detail ? { message: tpl.message(params), detail: tpl.detail(params) } : { message: tpl.message(params) };
}
