// The verifier's rejections in plain words: what each code means and the usual fix, keyed by
// the code alone (core/verifier/codes.ts lists the codes and the kernel's message for each).
// The words may use the rejection's parameters (which register, which type); never its text.

import { REJECTIONS } from "../../core/verifier/codes.ts";
import type { Param, ParamsOf, VerifierCode } from "../../core/verifier/codes.ts";

export interface Explanation {
  /** The code explained, for tests and for styling; "general" for a code the table does not know. */
  readonly id: string;
  /** What the message means. */
  readonly meaning: string;
  /** What usually fixes it. */
  readonly fix: string;
}

interface Words<P> {
  readonly meaning: string | ((p: P) => string);
  readonly fix: string | ((p: P) => string);
}

/** `2` → `r2`: the kernel names registers in capitals, the assembly in lower case. */
const reg = (n: number | undefined) => (n === undefined ? "the register" : `r${n}`);

const ARG = ["", "first", "second", "third", "fourth", "fifth"];
const argName = (n: number | undefined) => (n !== undefined && ARG[n] ? `the ${ARG[n]} argument (${reg(n)})` : reg(n));
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const TYPE_WORDS: Readonly<Record<string, string>> = {
  scalar: "a plain number",
  ctx: "the context pointer",
  fp: "a stack pointer",
  map_ptr: "a map (r1 = map[NAME] ll)",
  map_value: "a pointer into a map value",
  map_value_or_null: "a map value pointer that may be NULL",
  pkt: "a packet pointer",
  pkt_end: "the packet end pointer",
  pkt_meta: "a packet metadata pointer",
  ringbuf_mem: "a ring buffer record",
  ringbuf_mem_or_null: "a ring buffer record that may be NULL",
  mem: "a pointer to memory (a global function's argument)",
  mem_or_null: "a global function's pointer argument, which may be NULL",
  sock: "a socket (struct bpf_sock)",
  sock_or_null: "a socket that may be NULL",
  sock_common: "a socket's common fields",
  sock_common_or_null: "a socket pointer that may be NULL",
  tcp_sock: "a TCP socket (struct bpf_tcp_sock)",
  tcp_sock_or_null: "a TCP socket that may be NULL",
};
const typeWords = (t: string | undefined) => (t ? (TYPE_WORDS[t] ?? t) : "something else");
/** The kernel lists every memory type it takes; in words that is "memory". */
const expectedWords = (list: string | undefined) => {
  const types = (list ?? "").split(/,\s*/).filter(Boolean);
  if (types.length === 0) return "another type";
  if (types.includes("sock_common")) return "a socket pointer (from a socket lookup, or skb->sk after a NULL check)";
  return types.length > 2 ? "a pointer to memory (the stack, the packet or a map value)" : types.map(typeWords).join(" or ");
};

// ---- words several codes share ---------------------------------------------------------------
const ENCODING: Words<unknown> = {
  meaning: "The bytes are not an instruction the kernel accepts: an unknown opcode, or fields that must be zero are not.",
  fix: "Write the instruction in assembly rather than `.insn`, or check the raw fields against the instruction set.",
};
const MAP_REF: Words<unknown> = {
  meaning: "The instruction refers to a map that does not exist, or to an offset past the end of its value.",
  fix: "Declare the map with `.map NAME, type=..., key_size=..., value_size=..., max_entries=...` and refer to it as `map[NAME]`.",
};
const NO_BTF_SUBPROG = (what: string): Words<unknown> => ({
  meaning: `${what} inside a bpf-to-bpf function needs BTF describing the program's functions, which a program written in assembly does not have.`,
  fix: `Do the ${what.includes("tail") ? "tail call" : "legacy packet load"} in the main program, after the function returned.`,
});
const JUMP_RANGE: Words<unknown> = {
  meaning: "A jump or call goes outside the program, or from one function into another.",
  fix: "Jump to a label of the same function; offsets count 8-byte slots from the next instruction (an ld_imm64 counts two).",
};
const TOO_COMPLEX: Words<unknown> = {
  meaning: "The verifier walked a million instructions (or kept too many branches waiting) without finishing: a loop with a large (or no) bound, or too many branches that multiply the paths.",
  fix: "Lower the loop bound, make loop states converge (check bounds before the loop), or use may_goto / bpf_loop for long loops.",
};
const CALL_DEPTH: Words<unknown> = { meaning: "bpf-to-bpf calls nest deeper than 8 frames.", fix: "Call less deeply, or inline the innermost functions." };
const PTR_ARITH: Words<unknown> = {
  meaning: "The arithmetic on a pointer is not allowed: only adding or subtracting a bounded number, in 64 bits, keeps a pointer the verifier can check.",
  fix: "Add bounded scalars to pointers with 64-bit `+=`/`-=`; do any other arithmetic on the number before adding it, and never mix two pointers except to subtract packet pointers.",
};
const PTR_OFFSET: Words<unknown> = {
  meaning: "The offset added to the pointer is too large, or has no lower bound, so the verifier cannot keep track of where the pointer points.",
  fix: "Bound the offset before adding it (`if r1 > 1024 goto out`, or `r1 &= 0xff`), and keep constant offsets small.",
};
const ATOMIC_TARGET: Words<unknown> = {
  meaning: "Atomic operations (and load-acquire, store-release) work on the stack and map values, not on the context, the packet, the flow keys or a socket.",
  fix: "Do the atomic operation on a map value.",
};
const MISALIGNED: Words<unknown> = {
  meaning: "The access is not aligned to its size, which strict alignment refuses.",
  fix: "Align the offset to the access size (4 for u32, 8 for u64); packet data starts 2 bytes past a 4-byte boundary (NET_IP_ALIGN).",
};
const NEGATIVE: Words<unknown> = {
  meaning: "The offset or size comes from a register that might be negative on this path.",
  fix: "Compare it unsigned (`if r1 > N goto out` is unsigned) or test `if r1 s< 0 goto out` before using it; `r1 &= MASK` also bounds it.",
};
const UNBOUNDED: Words<unknown> = {
  meaning: "The offset or size has no upper bound the verifier can see, so the access could reach anywhere.",
  fix: "Bound the register before the access: `if r1 > 64 goto out`, or `r1 &= 63`.",
};
const MAP_BOUNDS: Words<unknown> = {
  meaning: "The access reaches outside the map value: offset plus size must stay within value_size on every path.",
  fix: "Use an offset below value_size; for a variable index, bound it first (`if r1 >= N goto out` or `r1 &= MASK`).",
};
const PKT_BOUNDS: Words<unknown> = {
  meaning: "The program reads or writes packet bytes that it has not proven to lie before data_end on this path; the verifier only allows accesses inside a range checked against data_end.",
  fix: "Compare first: `r3 = r2; r3 += 14; if r3 > rEND goto out` (r2 = data, rEND = data_end), then access at most 14 bytes from r2 on the path where the check passed.",
};
const CTX_ACCESS: Words<unknown> = {
  meaning: "This program type has no context field that may be accessed at that offset and size (or it may be read but not written).",
  fix: "Check the field's offset and width in the context struct of this program type (xdp_md fields are 4 bytes; __sk_buff's data and data_end only for tc and cgroup_skb), and write only writable fields such as mark.",
};
const CTX_MODIFIED: Words<unknown> = {
  meaning: "The context may only be accessed through r1's original value plus a constant offset in the instruction.",
  fix: "Do not add to the context pointer: use `*(u32 *)(r1 + 76)` rather than `r1 += 76` and `*(u32 *)(r1 + 0)`.",
};
const STACK_BOUNDS: Words<unknown> = {
  meaning: "The stack access is outside the 512-byte frame (offsets from r10 must lie in -512..-1), or reads bytes that were never written on this path.",
  fix: "Use an offset between r10 - 512 and r10 - 1, and write the slot (`*(u64 *)(r10 - 8) = 0`) before reading it or passing it to a helper.",
};
const STACK_VARIABLE: Words<unknown> = {
  meaning: "The stack offset depends on a register whose range reaches outside the 512-byte frame.",
  fix: "Use constant offsets from r10, bound the index so every offset it can take stays in the frame, or keep the indexed data in a map.",
};
const SPILL_SIZE: Words<unknown> = {
  meaning: "A pointer may only be saved to the stack and loaded back whole: 8 bytes at an 8-byte aligned slot.",
  fix: "Store and load pointers with `*(u64 *)(r10 - 8) = rN` / `rN = *(u64 *)(r10 - 8)`.",
};
const ZERO_SIZE: Words<unknown> = {
  meaning: "A size argument may be zero, which the helper does not accept.",
  fix: "Check the size first: `if r3 == 0 goto out`, or pass a constant size.",
};
const MAP_FUNC: Words<unknown> = {
  meaning: "The helper does not work with this kind of map (queue helpers need a queue or stack, ringbuf helpers a ring buffer, tail calls a prog_array), or not from this program type.",
  fix: "Declare the map with the type the helper works with, or call the helper made for this map type.",
};
const RELEASE: Words<unknown> = {
  meaning: "Only a pointer the program acquired (a socket from a lookup helper, a ring buffer record), unchanged, may be released; this one was not acquired, for example skb->sk, which the kernel holds for the program.",
  fix: "Call bpf_sk_release only on what bpf_sk_lookup_tcp, bpf_sk_lookup_udp or bpf_skc_lookup_tcp returned, once it is not NULL; submit or discard a record through the pointer bpf_ringbuf_reserve returned.",
};
const RET_RANGE: Words<unknown> = {
  meaning: "The value returned in r0 may lie outside what this program type allows (cgroup programs return 0 or 1).",
  fix: "Return a constant in range (`r0 = 1` before `exit`), or bound r0 first.",
};
const LD_ABS: Words<unknown> = {
  meaning: "Legacy packet loads (ld_abs, ld_ind) work only in socket filters and tc programs, with the context in r6.",
  fix: "Keep the context in r6 (`r6 = r1`) before the load, or read the packet through data/data_end pointers instead.",
};

const EXPLANATIONS: { readonly [C in VerifierCode]: Words<ParamsOf<C>> } = {
  // encoding
  empty: { meaning: "There are no instructions to verify.", fix: "Write at least `r0 = 0` and `exit`." },
  "unknown-opcode": ENCODING,
  "reserved-fields": ENCODING,
  "bad-register": ENCODING,
  "bad-ldimm64": ENCODING,
  "unrecognized-ldimm64": ENCODING,
  "atomic-size": ENCODING,
  "atomic-opcode": ENCODING,
  "may-goto-imm": ENCODING,
  "fd-idx": MAP_REF,
  "bad-map-fd": MAP_REF,
  "map-value-ptr-off": MAP_REF,
  "map-direct-value-unsupported": {
    meaning: "`map_value[NAME]` takes the address of a map's value, and a constant string (bpf_snprintf's format, bpf_strncmp's second string) is read from one, which only an array map can give.",
    fix: "Make the map an array of one entry (as .data, .rodata and .bss are), or look the value up with bpf_map_lookup_elem.",
  },
  kfunc: {
    meaning: "The call is to a kernel function (kfunc), which needs the kernel's BTF to be checked; a program without BTF cannot call one.",
    fix: "Call a helper by name, or a bpf-to-bpf function by its label (`call LABEL`).",
  },
  "no-func-info": {
    meaning: "Loading a callback (`r2 = func[cb] ll`, for bpf_loop and friends) needs BTF describing the program's functions, which bytecode written in assembly does not carry.",
    fix: "Write the loop as a bounded loop or with may_goto instead of a callback helper.",
  },
  "callback-not-static": {
    meaning: "A callback (the function whose address is loaded, for bpf_loop and friends) must be a static function: a global one is verified on its own, for any caller.",
    fix: "Declare the callback `static`.",
  },
  "no-arena": { meaning: "addr_space_cast converts arena pointers, and the program has no arena map.", fix: "Remove the instruction; arenas are not supported here." },

  // control flow
  "bad-call-target": JUMP_RANGE,
  "jump-range": JUMP_RANGE,
  "ldimm64-middle": { meaning: "A jump lands on the second half of a 16-byte ld_imm64 instruction.", fix: "Jump to labels rather than numeric offsets; an ld_imm64 takes two slots." },
  "fall-off": { meaning: "Execution can run past the last instruction of the program (or of a function) into nothing.", fix: "End every path with `exit` (or a jump back)." },
  unreachable: { meaning: "No path from the first instruction reaches this one. The kernel refuses dead code.", fix: "Delete the instructions, or make a jump reach them." },
  "ld-abs-subprog": NO_BTF_SUBPROG("A legacy packet load (ld_abs, ld_ind)"),
  "tail-call-subprog": NO_BTF_SUBPROG("A tail call"),
  "ld-abs-int-return": {
    meaning: "A function other than the program's own uses a legacy packet load (ld_abs, ld_ind), which may end the program; the kernel allows that only in a function that returns an integer.",
    fix: "Make the function return an int, or read the packet through bpf_skb_load_bytes.",
  },
  "tail-call-int-return": {
    meaning: "A function other than the program's own makes a tail call, which ends the program when it succeeds; the kernel allows that only in a function that returns an integer.",
    fix: "Make the function return an int (the program's verdict).",
  },
  "callback-unexpected-regs": {
    meaning: "A tail call (or a legacy packet load) inside a callback may leave the callback at once; the kernel's precision tracking then meets a case it does not handle and stops with this 'verifier bug' message, refusing the program.",
    fix: "Make the tail call from the program's own function, after the loop.",
  },
  "tail-call-stack": {
    meaning: "A function that makes a tail call is called with more than 256 bytes of stack in the functions above it: a tail call frees only its own frame, so the kernel bounds what its callers hold.",
    fix: "Use less stack in the functions that call it (keep large data in a per-CPU array map), or make the tail call from the program's own function.",
  },
  "infinite-loop": {
    meaning: "The verifier came back to this instruction in exactly the same state: the loop makes no progress, so it never ends.",
    fix: "Make the loop change its counter on every iteration and test it against a bound (`r1 += 1; if r1 < 100 goto loop`).",
  },
  "too-large": {
    // the worker places the problem at the loop the failing path went round most (core/cfg/stuck.ts)
    meaning: (p) => {
      const q = p as { stoppedAt?: number; loopHeader?: number; loopLatch?: number; turns?: number };
      if (q.loopHeader === undefined) return TOO_COMPLEX.meaning as string;
      return (
        `The verifier walked a million instructions without finishing. It ran out at insn ${q.stoppedAt}, on a path that went round the loop of insns ${q.loopHeader}–${q.loopLatch} ` +
        `${q.turns} times in its last instructions: each turn's state differed from the ones before, so the loop never converged.`
      );
    },
    fix: TOO_COMPLEX.fix,
  },
  "jump-seq": TOO_COMPLEX,
  "call-depth": CALL_DEPTH,
  "call-chain-depth": CALL_DEPTH,
  "stack-size": {
    meaning: "The stacks of the functions on one call chain, each rounded up to 16 bytes, add up to more than 512 bytes.",
    fix: "Use less stack in the functions of that chain, or keep large data in a per-CPU array map.",
  },

  // registers and arithmetic
  "uninit-reg": {
    meaning: (p) =>
      p.regno === 0
        ? "The program reads r0 before anything was written to it on this path. At exit, r0 is the return value, so it must hold one."
        : `The program reads register ${reg(p.regno)} before writing it on this path. Only r1 (the context) and r10 (the frame pointer) hold values at the start, and a helper call leaves r1–r5 unreadable.`,
    fix: (p) =>
      p.regno === 0
        ? "Set r0 on every path before it is read, for example `r0 = 0` before `exit`. After a helper call r0 holds its result."
        : `Assign ${reg(p.regno)} on every path that reaches this instruction, or keep values that must survive a call in r6–r9.`,
  },
  "fp-write": {
    meaning: "r10 is the frame pointer: it always points at the top of this function's 512-byte stack and cannot be changed.",
    fix: "Copy it and change the copy: `r2 = r10` then `r2 += -8`.",
  },
  "div-zero": {
    meaning: "Division or modulo by the constant 0. At run time BPF defines x / 0 = 0, but the verifier refuses a literal zero divisor.",
    fix: "Divide by a non-zero constant, or by a register (checked against 0 first if the result matters).",
  },
  "bad-shift": {
    meaning: "The shift amount is negative or not smaller than the operand's width (64, or 32 for w registers).",
    fix: "Shift by 0–63 (0–31 in 32-bit operations).",
  },
  "ptr-math-const": PTR_OFFSET,
  "ptr-offset": PTR_OFFSET,
  "ptr-math-unbounded": PTR_OFFSET,
  "ptr-out-of-bounds": PTR_OFFSET,
  "ptr-arith-32": PTR_ARITH,
  "ptr-ptr": PTR_ARITH,
  "ptr-arith-null": {
    meaning: (p) => `Arithmetic on ${typeWords(p.type)}: the pointer may still be NULL here, and NULL plus an offset would pass a later NULL check.`,
    fix: () => "Test it first (`if r0 == 0 goto out`), then add to it on the other path.",
  },
  "ptr-arith-type": {
    meaning: (p) => `${cap(typeWords(p.type))} cannot take arithmetic: the verifier could not check accesses through the result.`,
    fix: () => "Use it as it is; for a map, call a helper with it (bpf_map_lookup_elem) and do arithmetic on the value pointer it returns.",
  },
  "ptr-sub-from-scalar": PTR_ARITH,
  "ptr-sub-fp": PTR_ARITH,
  "ptr-bitwise": PTR_ARITH,
  "ptr-arith-op": PTR_ARITH,

  // legacy packet loads
  "ld-abs-prog-type": LD_ABS,
  "ld-abs-r6": LD_ABS,

  // memory
  "bad-deref": {
    meaning: (p) =>
      p.type === "mem_or_null"
        ? "A global function is verified on its own, for any caller: its pointer argument may be NULL (mem_or_null), since a caller may pass NULL."
        : p.type.endsWith("_or_null")
        ? `The pointer may be NULL here (${p.type}): a map lookup returns NULL when the key is absent, a ring buffer reservation when the buffer is full, a socket lookup when no socket matches.`
        : p.type === "scalar"
          ? "The register holds a number, not a pointer the verifier knows, so it cannot be dereferenced."
          : `Memory of this kind (${p.type}) cannot be read or written through this register.`,
    fix: (p) =>
      p.type === "mem_or_null"
        ? "Check it in the function before the access (`if (!p) return 0;`), tag the parameter `__arg_nonnull` (callers must then pass a pointer that cannot be NULL), or make the function static."
        : p.type.endsWith("_or_null")
        ? "Test it before the access: `if r0 == 0 goto out`, and dereference only on the other path (copies made after the test are checked too)."
        : p.type === "scalar"
          ? "Load from a pointer the verifier tracks: the context (r1 at entry), the stack (r10 + offset), a checked packet pointer or a null-checked map value."
          : "Use the helper made for it (for a map: bpf_map_lookup_elem, then dereference the value it returns).",
  },
  "ptr-mismatch": {
    meaning: "This load or store goes through the context (or a socket) on one path and through another kind of pointer on another; the kernel rewrites context accesses per instruction, so one instruction must always see the same kind.",
    fix: "Give each path its own load or store instruction, or keep the pointer kinds apart.",
  },
  "atomic-load": ATOMIC_TARGET,
  "atomic-store": ATOMIC_TARGET,
  "misaligned-pkt": MISALIGNED,
  misaligned: MISALIGNED,
  "negative-index": NEGATIVE,
  "mem-bounds": {
    meaning: "The access reaches outside the memory the pointer refers to (a ring buffer record or a helper's buffer).",
    fix: "Keep offset plus size within the size that was reserved or returned.",
  },
  "map-bounds": MAP_BOUNDS,
  "map-unbounded": UNBOUNDED,
  "map-write-forbidden": { meaning: "The map is read-only for programs (created with BPF_F_RDONLY_PROG).", fix: "Write to a map without that flag, or only read this one." },
  "map-helper-write-forbidden": { meaning: "The map is read-only for programs (created with BPF_F_RDONLY_PROG): no helper may update, delete, push or pop its entries.", fix: "Use a map without that flag, or only look entries up in this one." },
  "map-read-forbidden": { meaning: "The map is write-only for programs (created with BPF_F_WRONLY_PROG).", fix: "Read from a map without that flag, or only write this one." },
  "pkt-readonly": {
    meaning: "This program type may read the packet but not write to it.",
    fix: "Use a program type that can change packets (XDP or tc), or a helper such as bpf_skb_store_bytes where the type allows it.",
  },
  "pkt-outside": PKT_BOUNDS,
  "pkt-bounds": PKT_BOUNDS,
  "ctx-access": CTX_ACCESS,
  "ctx-negative-off": CTX_MODIFIED,
  "ctx-modified": CTX_MODIFIED,
  "ctx-variable": CTX_MODIFIED,
  "ctx-conversion": {
    meaning: "The kernel accepts this 4-byte read of half of a 64-bit bpf_tcp_sock counter (bytes_received, bytes_acked), then cannot rewrite it into a read of the real socket, and refuses the program.",
    fix: "Read the counter whole: `*(u64 *)(r0 + 80)` for bytes_received, `+ 88` for bytes_acked.",
  },
  "flow-keys-access": {
    meaning: "The access reaches outside struct bpf_flow_keys, the flow dissector's output.",
    fix: "Keep offset plus size within the struct, at a constant offset from the flow_keys pointer.",
  },
  "tp-buffer-access": {
    meaning: "A writable tracepoint's buffer is accessed before its start.",
    fix: "Use non-negative constant offsets from the buffer pointer.",
  },
  "tp-buffer-variable": {
    meaning: "A writable tracepoint's buffer may only be accessed at a constant offset.",
    fix: "Use constant offsets from the buffer pointer, not a register added to it.",
  },
  "sock-write": {
    meaning: (p) => `Socket fields (${p.type}) can be read through this pointer but never written.`,
    fix: () => "Only read the fields; to change a socket use the helper made for it (bpf_setsockopt and the like, where the program type has them).",
  },
  "sock-access": {
    meaning: (p) =>
      `There is no ${p.type} field that may be read at offset ${p.off} with ${p.size} bytes. Most fields are 4 bytes and may be read whole, or in aligned 1- or 2-byte parts; a sock_common pointer cannot see type, protocol, mark or priority.`,
    fix: () => "Check the offset against struct bpf_sock (family at 4, src_ip4 at 24, dst_port at 48, state at 72) or struct bpf_tcp_sock, and read it with its own width; for the full socket, call bpf_sk_fullsock first.",
  },
  "stack-bounds": STACK_BOUNDS,
  "stack-variable": STACK_VARIABLE,
  "stack-unbounded": STACK_VARIABLE,
  "stack-var-no-reg": {
    meaning: "An atomic operation on the stack needs a constant offset: its pointer to the stack has a variable part. (The kernel's message speaks of helpers: it shares the check.)",
    fix: "Apply the atomic operation at a constant offset from r10, or keep the indexed data in a map value.",
  },
  "spill-size": SPILL_SIZE,
  "spill-fp-caller": {
    meaning: "A function stores a pointer to the stack into its caller's stack. The pointer could outlive the frame it points into: once the function returns, the caller would hold a pointer to freed stack.",
    fix: "Store a pointer into the caller's stack only from the caller's own frame, or pass the value itself instead of a pointer to it.",
  },
  "fill-size": SPILL_SIZE,

  // calls
  callx: {
    meaning: "An indirect call (callx) is not something the kernel allows in a program.",
    fix: "Call a helper by name, or a bpf-to-bpf function by its label (`call LABEL`).",
  },
  "helper-unknown": { meaning: "There is no helper with that number.", fix: "Call helpers by name (`call bpf_map_lookup_elem`) so the number is the kernel's." },
  "helper-prog-type": {
    meaning: "That helper exists, but programs of this type may not call it.",
    fix: "Pick a program type that offers the helper (Program type, in the header), or use another helper.",
  },
  "arg-type": {
    meaning: (p) => `${cap(argName(p.regno))} of the call is ${typeWords(p.type)}, but the helper expects ${expectedWords(p.expected)}.`,
    fix: (p) =>
      ["pkt", "pkt_end", "pkt_meta"].includes(p.type)
        ? "Copy the bytes to the stack first (or use bpf_skb_load_bytes) and pass the stack pointer."
        : "Pass arguments in r1–r5 in the order of the helper's prototype: maps as `r1 = map[NAME] ll`, keys and buffers as stack pointers (`r2 = r10; r2 += -8`) with the bytes written first.",
  },
  "arg-not-const": { meaning: "The helper needs this argument to be a constant the verifier can see.", fix: "Load the value with a constant move (`r3 = 8`) right before the call." },
  "pkt-helper": {
    meaning: "This helper may not read or write the packet through a packet pointer in this program type.",
    fix: "Copy the bytes to the stack first (or use bpf_skb_load_bytes) and pass the stack pointer.",
  },
  "map-ptr-arg": {
    meaning: "A key or value pointer was passed before the map it belongs to: the helper's map argument is missing or is not a map.",
    fix: "Load the map into r1 (`r1 = map[NAME] ll`) before passing the key in r2.",
  },
  "sockmap-arg": MAP_FUNC,
  "zero-sized-read": ZERO_SIZE,
  "size-negative": NEGATIVE,
  "size-zero": ZERO_SIZE,
  "size-unbounded": UNBOUNDED,
  "map-func": MAP_FUNC,
  "sockmap-update": MAP_FUNC,
  "tail-call-map": MAP_FUNC,
  "local-storage-flags": {
    meaning: "bpf_get_local_storage cannot fail, so it takes no flags: its second argument must be the constant 0.",
    fix: "Pass 0 as the flags (`r2 = 0`) before the call.",
  },
  "const-str-rdonly": {
    meaning: (p) => `${cap(argName(p.regno))} must be a constant string: it must point into a map the program may only read (BPF_F_RDONLY_PROG) and that was frozen once filled, as libbpf makes .rodata. This map may still change.`,
    fix: "Pass a string literal (the compiler puts it in .rodata), or a `const` global array of char.",
  },
  "const-str-var-off": {
    meaning: (p) => `${cap(argName(p.regno))} must be a constant string, so its address in the map must be known; it moves by a variable amount.`,
    fix: "Point at the string with a constant offset (a literal, or `&str[3]` with a constant index).",
  },
  "const-str-addr": {
    meaning: "A constant string is read from the map's value when the program is loaded, which only a one-entry array (as .rodata is) allows.",
    fix: "Keep the string in .rodata (a string literal or a `const` global) rather than in a larger array map.",
  },
  "const-str-nul": {
    meaning: "A constant string must end with a NUL byte inside the map's value, from where the pointer points.",
    fix: "Make sure the array holding the string has room for its terminating NUL (a literal always has one).",
  },
  "snprintf-format": {
    meaning: "bpf_snprintf's format is checked when the program loads: every conversion must be one it knows (%d %i %u %x %X with l or ll, %c, %s, %p and its forms %pK %px %ps %pS %pB %pks %pus %pI4 %pi4 %pI6 %pi6, %%), without precision, and there must be a u64 of data for each.",
    fix: "Use only those conversions, and pass as many values as the format has conversions (data_len = 8 × their number).",
  },
  "snprintf-data-len": {
    meaning: "bpf_snprintf's data is an array of u64 values: its length in bytes (the fifth argument) must be a multiple of 8. The kernel refuses the program with EINVAL and no message.",
    fix: "Pass sizeof() of a __u64 array, as the BPF_SNPRINTF macro does.",
  },
  "release-offset": RELEASE,
  "release-unreferenced": RELEASE,
  "ref-leak": {
    meaning: "A reference acquired on this path (a ring buffer record from bpf_ringbuf_reserve, a socket from bpf_sk_lookup_tcp and its kin) is never released.",
    fix: "Release it on every path before exit, once it is not NULL: bpf_ringbuf_submit or bpf_ringbuf_discard for a record, bpf_sk_release for a socket.",
  },

  // global functions
  "global-args": {
    meaning: (p) =>
      `'${p.func}' is a global function: the kernel verifies it once, on its own, for any arguments its prototype allows, so each call must pass what the prototype says (a scalar for an integer, the context for a context pointer, memory of the pointed-to type's size for another pointer).`,
    fix: "Pass arguments of the prototype's types (a pointer to enough initialised memory), or make the function static so it is verified with its callers' arguments.",
  },
  "global-ret": {
    meaning: "A global function must return a number: its R0 at exit holds a pointer here.",
    fix: "Return an integer from the global function (or make it static).",
  },

  // exit
  "ret-stack-ptr": {
    meaning: "A function returns a pointer into a stack: its own frame is gone once it returns, and the kernel refuses any stack pointer in R0 at a function's exit, even the caller's.",
    fix: "Return a value, or have the caller pass a pointer to its own stack and write the result through it.",
  },
  "ret-unknown": RET_RANGE,
  "ret-range": RET_RANGE,
  "callback-ret": {
    meaning: "A callback given to a helper (bpf_loop, bpf_for_each_map_elem) must return 0 (go on) or 1 (stop); this one may return something else.",
    fix: "End the callback with `return 0;` or `return 1;` (in assembly, `r0 = 0` before `exit`).",
  },
};

const GENERAL: Explanation = {
  id: "general",
  meaning: "The verifier could not prove this instruction safe on the path that reaches it; the kernel's message says what it checked.",
  fix: "Look at the register states before this instruction (Verifier tab, or hover the line) on the highlighted error path.",
};

const isCode = (code: string): code is VerifierCode => Object.hasOwn(REJECTIONS, code);

/** The words for a rejection, from its code and parameters. */
export function explain(code: string, params: Readonly<Record<string, Param>> = {}): Explanation {
  if (!isCode(code)) return GENERAL;
  const w = EXPLANATIONS[code] as Words<Readonly<Record<string, Param>>>;
  const say = (f: Words<Readonly<Record<string, Param>>>["meaning"]) => (typeof f === "string" ? f : f(params));
  try {
    return { id: code, meaning: say(w.meaning), fix: say(w.fix) };
  } catch {
    return GENERAL; // parameters missing (a verdict from an older worker): no words rather than wrong ones
  }
}
