// The verifier's rejections in plain words: what the kernel's message means and the usual
// fix. Entries are tried in order: the first whose pattern matches the message wins (most
// specific first), then the entry for the diagnostic's code, then a general one. Callers
// branch on the code; the patterns only pick the better sentence for messages that share one.

export interface Explanation {
  /** The entry that matched, for tests and for styling; "general" when none did. */
  readonly id: string;
  /** What the message means. */
  readonly meaning: string;
  /** What usually fixes it. */
  readonly fix: string;
}

interface Entry {
  readonly id: string;
  /** The diagnostic codes this entry answers when no pattern matched. */
  readonly codes?: readonly string[];
  readonly match?: RegExp;
  readonly meaning: (m: RegExpExecArray) => string;
  readonly fix: (m: RegExpExecArray) => string;
}

/** `R2` → `r2`: the kernel names registers in capitals, the assembly in lower case. */
const reg = (n: string | undefined) => (n === undefined ? "the register" : `r${n}`);

const ARG = ["", "first", "second", "third", "fourth", "fifth"];
const argName = (n: string | undefined) => (n && ARG[Number(n)] ? `the ${ARG[Number(n)]} argument (${reg(n)})` : n ? reg(n) : "an argument");

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

const ENTRIES: readonly Entry[] = [
  // ---- registers -------------------------------------------------------------------------
  {
    id: "uninit-r0-exit",
    match: /^R0 !read_ok/,
    meaning: () => "The program reads r0 before anything was written to it on this path. At exit, r0 is the return value, so it must hold one.",
    fix: () => "Set r0 on every path before it is read, for example `r0 = 0` before `exit`. After a helper call r0 holds its result.",
  },
  {
    id: "uninit-reg",
    codes: ["uninit-reg"],
    match: /^R(\d+) !read_ok/,
    meaning: (m) =>
      `The program reads ${m[1] ? `register ${reg(m[1])}` : "a register"} before writing it on this path. Only r1 (the context) and r10 (the frame pointer) hold values at the start, and a helper call leaves r1–r5 unreadable.`,
    fix: (m) => `Assign ${reg(m[1])} on every path that reaches this instruction, or keep values that must survive a call in r6–r9.`,
  },
  {
    id: "fp-write",
    codes: ["fp-write"],
    match: /frame pointer is read only/,
    meaning: () => "r10 is the frame pointer: it always points at the top of this function's 512-byte stack and cannot be changed.",
    fix: () => "Copy it and change the copy: `r2 = r10` then `r2 += -8`.",
  },

  // ---- packets ---------------------------------------------------------------------------
  {
    id: "pkt-bounds",
    codes: ["pkt-access"],
    match: /invalid access to packet|offset is outside of the packet/,
    meaning: () => "The program reads or writes packet bytes that it has not proven to lie before data_end on this path; the verifier only allows accesses inside a range checked against data_end.",
    fix: () => "Compare first: `r3 = r2; r3 += 14; if r3 > rEND goto out` (r2 = data, rEND = data_end), then access at most 14 bytes from r2 on the path where the check passed.",
  },
  {
    id: "pkt-readonly",
    match: /cannot write into packet/,
    meaning: () => "This program type may read the packet but not write to it.",
    fix: () => "Use a program type that can change packets (XDP or tc), or a helper such as bpf_skb_store_bytes where the type allows it.",
  },
  {
    id: "pkt-ptr-type",
    match: /type=(pkt|pkt_end|pkt_meta) expected=/,
    meaning: () => "A packet pointer was passed where a helper expects another kind of memory.",
    fix: () => "Copy the bytes to the stack first (or use bpf_skb_load_bytes) and pass the stack pointer.",
  },
  {
    id: "ld-abs",
    match: /BPF_LD_\[ABS\|IND\]|LD_ABS\|IND/,
    meaning: () => "Legacy packet loads (ld_abs, ld_ind) work only in socket filters and tc programs, with the context in r6.",
    fix: () => "Keep the context in r6 (`r6 = r1`) before the load, or read the packet through data/data_end pointers instead.",
  },

  // ---- null checks and pointers ----------------------------------------------------------
  {
    id: "null-check",
    match: /invalid mem access '(\w*_or_null)'/,
    meaning: (m) => `The pointer may be NULL here (${m[1]}): a map lookup returns NULL when the key is absent, a ring buffer reservation when the buffer is full, a socket lookup when no socket matches.`,
    fix: () => "Test it before the access: `if r0 == 0 goto out`, and dereference only on the other path (copies made after the test are checked too).",
  },
  {
    id: "scalar-deref",
    match: /invalid mem access 'scalar'/,
    meaning: () => "The register holds a number, not a pointer the verifier knows, so it cannot be dereferenced.",
    fix: () => "Load from a pointer the verifier tracks: the context (r1 at entry), the stack (r10 + offset), a checked packet pointer or a null-checked map value.",
  },
  {
    id: "bad-deref",
    codes: ["bad-deref"],
    match: /invalid mem access '(\w+)'/,
    meaning: (m) => `Memory of this kind${m[1] ? ` (${m[1]})` : ""} cannot be read or written through this register.`,
    fix: () => "Use the helper made for it (for a map: bpf_map_lookup_elem, then dereference the value it returns).",
  },
  {
    id: "sock-write",
    match: /cannot write into (sock|sock_common|tcp_sock)$/,
    meaning: (m) => `Socket fields (${m[1]}) can be read through this pointer but never written.`,
    fix: () => "Only read the fields; to change a socket use the helper made for it (bpf_setsockopt and the like, where the program type has them).",
  },
  {
    id: "sock-unconverted",
    match: /error during ctx access conversion/,
    meaning: () => "The kernel accepts this 4-byte read of half of a 64-bit bpf_tcp_sock counter (bytes_received, bytes_acked), then cannot rewrite it into a read of the real socket, and refuses the program.",
    fix: () => "Read the counter whole: `*(u64 *)(r0 + 80)` for bytes_received, `+ 88` for bytes_acked.",
  },
  {
    id: "sock-field",
    codes: ["sock-access"],
    match: /invalid (sock|sock_common|tcp_sock) access off=(-?\d+) size=(\d+)/,
    meaning: (m) => `There is no ${m[1] ?? "socket"} field that may be read at offset ${m[2] ?? "this offset"} with ${m[3] ?? "this"} bytes. Most fields are 4 bytes and may be read whole, or in aligned 1- or 2-byte parts; a sock_common pointer cannot see type, protocol, mark or priority.`,
    fix: () => "Check the offset against struct bpf_sock (family at 4, src_ip4 at 24, dst_port at 48, state at 72) or struct bpf_tcp_sock, and read it with its own width; for the full socket, call bpf_sk_fullsock first.",
  },
  {
    id: "leaks-addr",
    match: /leaks addr/,
    meaning: () => "The program would store a kernel pointer where user space can read it.",
    fix: () => "Store numbers only into the context and maps; never a pointer.",
  },

  // ---- map values ------------------------------------------------------------------------
  {
    id: "map-bounds",
    codes: ["map-access"],
    match: /invalid access to map value|value is outside of the allowed memory range/,
    meaning: () => "The access reaches outside the map value: offset plus size must stay within value_size on every path.",
    fix: () => "Use an offset below value_size; for a variable index, bound it first (`if r1 >= N goto out` or `r1 &= MASK`).",
  },
  {
    id: "negative-index",
    match: /min value is negative/,
    meaning: () => "The offset or size comes from a register that might be negative on this path.",
    fix: () => "Compare it unsigned (`if r1 > N goto out` is unsigned) or test `if r1 s< 0 goto out` before using it; `r1 &= MASK` also bounds it.",
  },
  {
    id: "unbounded",
    match: /unbounded memory access/,
    meaning: () => "The offset or size has no upper bound the verifier can see, so the access could reach anywhere.",
    fix: () => "Bound the register before the access: `if r1 > 64 goto out`, or `r1 &= 63`.",
  },
  {
    id: "map-readonly",
    match: /write into map forbidden/,
    meaning: () => "The map is read-only for programs (created with BPF_F_RDONLY_PROG).",
    fix: () => "Write to a map without that flag, or only read this one.",
  },
  {
    id: "map-value-ptr",
    codes: ["bad-map"],
    match: /bpf_map|map value pointer|map_ptr to access/,
    meaning: () => "The instruction refers to a map that does not exist, or to an offset past the end of its value.",
    fix: () => "Declare the map with `.map NAME, type=..., key_size=..., value_size=..., max_entries=...` and refer to it as `map[NAME]`.",
  },

  // ---- context ---------------------------------------------------------------------------
  {
    id: "ctx-access",
    codes: ["ctx-access"],
    match: /invalid bpf_context access/,
    meaning: () => "This program type has no context field that may be accessed at that offset and size (or it may be read but not written).",
    fix: () => "Check the field's offset and width in the context struct of this program type (xdp_md fields are 4 bytes; __sk_buff's data and data_end only for tc and cgroup_skb), and write only writable fields such as mark.",
  },
  {
    id: "ctx-modified",
    match: /modified ctx ptr|variable ctx access/,
    meaning: () => "The context may only be accessed through r1's original value plus a constant offset in the instruction.",
    fix: () => "Do not add to the context pointer: use `*(u32 *)(r1 + 76)` rather than `r1 += 76` and `*(u32 *)(r1 + 0)`.",
  },

  // ---- helpers ---------------------------------------------------------------------------
  {
    id: "arg-type",
    codes: ["arg-type"],
    match: /^R(\d+) type=(\w+) expected=(.+)$/,
    meaning: (m) => (m[2] ? `${cap(argName(m[1]))} of the call is ${typeWords(m[2])}, but the helper expects ${expectedWords(m[3])}.` : "An argument of the call has a type the helper's prototype does not accept."),
    fix: () => "Pass arguments in r1–r5 in the order of the helper's prototype: maps as `r1 = map[NAME] ll`, keys and buffers as stack pointers (`r2 = r10; r2 += -8`) with the bytes written first.",
  },
  {
    id: "arg-const",
    match: /is not a known constant/,
    meaning: () => "The helper needs this argument to be a constant the verifier can see.",
    fix: () => "Load the value with a constant move (`r3 = 8`) right before the call.",
  },
  {
    id: "arg-size",
    codes: ["arg-size"],
    match: /zero-sized read/,
    meaning: () => "A size argument may be zero, which the helper does not accept.",
    fix: () => "Check the size first: `if r3 == 0 goto out`, or pass a constant size.",
  },
  {
    id: "helper-unknown",
    match: /invalid func unknown/,
    meaning: () => "There is no helper with that number.",
    fix: () => "Call helpers by name (`call bpf_map_lookup_elem`) so the number is the kernel's.",
  },
  {
    id: "helper-prog-type",
    codes: ["bad-helper"],
    match: /cannot use helper/,
    meaning: () => "That helper exists, but programs of this type may not call it.",
    fix: () => "Pick a program type that offers the helper (Program type, in the header), or use another helper.",
  },
  {
    id: "map-func",
    codes: ["map-func"],
    match: /map_type|prog array/,
    meaning: () => "The helper does not work with this kind of map (queue helpers need a queue or stack, ringbuf helpers a ring buffer, tail calls a prog_array).",
    fix: () => "Declare the map with the type the helper works with, or call the helper made for this map type.",
  },
  {
    id: "no-btf",
    codes: ["no-btf"],
    match: /missing btf func_info/,
    meaning: () => "Loading a callback (`r2 = func[cb] ll`, for bpf_loop and friends) needs BTF describing the program's functions, which bytecode written in assembly does not carry.",
    fix: () => "Write the loop as a bounded loop or with may_goto instead of a callback helper.",
  },
  {
    id: "tail-call",
    codes: ["tail-call"],
    match: /tail_call is not allowed/,
    meaning: () => "A tail call from inside a bpf-to-bpf function needs BTF, which a program written in assembly does not have.",
    fix: () => "Make the tail call from the main program, after the function returned.",
  },
  {
    id: "bad-call",
    codes: ["bad-call"],
    match: /callx|kernel functions/,
    meaning: () => "This kind of call (an indirect callx, or a kfunc) is not something this verifier or the kernel allows here.",
    fix: () => "Call a helper by name, or a bpf-to-bpf function by its label (`call LABEL`).",
  },

  // ---- control flow ----------------------------------------------------------------------
  {
    id: "unreachable",
    codes: ["unreachable"],
    match: /unreachable insn/,
    meaning: () => "No path from the first instruction reaches this one. The kernel refuses dead code.",
    fix: () => "Delete the instructions, or make a jump reach them.",
  },
  {
    id: "jump-range",
    match: /jump out of range|call to invalid destination/,
    meaning: () => "A jump or call goes outside the program, or from one function into another.",
    fix: () => "Jump to a label of the same function; offsets count 8-byte slots from the next instruction (an ld_imm64 counts two).",
  },
  {
    id: "fall-off",
    match: /last insn is not an exit or jmp/,
    meaning: () => "Execution can run past the last instruction of the program (or of a function) into nothing.",
    fix: () => "End every path with `exit` (or a jump back).",
  },
  {
    id: "ldimm64-middle",
    match: /middle of ldimm64/,
    meaning: () => "A jump lands on the second half of a 16-byte ld_imm64 instruction.",
    fix: () => "Jump to labels rather than numeric offsets; an ld_imm64 takes two slots.",
  },
  {
    id: "cfg",
    codes: ["cfg"],
    meaning: () => "The control flow of the program is malformed.",
    fix: () => "Check the jump targets and that every path ends with exit.",
  },
  {
    id: "infinite-loop",
    codes: ["infinite-loop"],
    match: /infinite loop/,
    meaning: () => "The verifier came back to this instruction in exactly the same state: the loop makes no progress, so it never ends.",
    fix: () => "Make the loop change its counter on every iteration and test it against a bound (`r1 += 1; if r1 < 100 goto loop`).",
  },
  {
    id: "too-complex",
    codes: ["too-complex"],
    match: /too large|too complex/,
    meaning: () => "The verifier walked a million instructions without finishing: a loop with a large (or no) bound, or too many branches that multiply the paths.",
    fix: () => "Lower the loop bound, make loop states converge (check bounds before the loop), or use may_goto / bpf_loop for long loops.",
  },
  {
    id: "call-depth",
    codes: ["call-depth"],
    match: /too deep/,
    meaning: () => "bpf-to-bpf calls nest deeper than 8 frames.",
    fix: () => "Call less deeply, or inline the innermost functions.",
  },
  {
    id: "stack-size",
    codes: ["stack-size"],
    match: /combined stack size/,
    meaning: () => "The stacks of the functions on one call chain add up to more than 512 bytes.",
    fix: () => "Use less stack in the functions of that chain, or keep large data in a per-CPU array map.",
  },

  // ---- stack -----------------------------------------------------------------------------
  {
    id: "stack-variable",
    match: /variable-offset|variable stack access/,
    meaning: () => "The stack offset depends on a register, which the verifier cannot check here.",
    fix: () => "Use constant offsets from r10, or keep the indexed data in a map.",
  },
  {
    id: "stack-bounds",
    codes: ["stack-access"],
    match: /stack R\d+ off=|register fill/,
    meaning: () => "The stack access is outside the 512-byte frame (offsets from r10 must lie in -512..-1), or reads bytes that were never written on this path.",
    fix: () => "Use an offset between r10 - 512 and r10 - 1, and write the slot (`*(u64 *)(r10 - 8) = 0`) before reading it or passing it to a helper.",
  },
  {
    id: "misaligned",
    codes: ["misaligned"],
    match: /misaligned/,
    meaning: () => "The access is not aligned to its size, which strict alignment refuses.",
    fix: () => "Align the offset to the access size (4 for u32, 8 for u64); packet data starts 2 bytes past a 4-byte boundary (NET_IP_ALIGN).",
  },
  {
    id: "mem-access",
    codes: ["mem-access"],
    match: /invalid access to memory/,
    meaning: () => "The access reaches outside the memory the pointer refers to (a ring buffer record or a helper's buffer).",
    fix: () => "Keep offset plus size within the size that was reserved or returned.",
  },

  // ---- arithmetic ------------------------------------------------------------------------
  {
    id: "ptr-arith",
    codes: ["alu"],
    match: /pointer|pointer arithmetic|prohibited/,
    meaning: () => "The arithmetic on a pointer is not allowed: only adding or subtracting a bounded number, in 64 bits, keeps a pointer the verifier can check.",
    fix: () => "Add bounded scalars to pointers with 64-bit `+=`/`-=`; do any other arithmetic on the number before adding it, and never mix two pointers except to subtract packet pointers.",
  },
  {
    id: "div-zero",
    codes: ["div-zero"],
    match: /div by zero/,
    meaning: () => "Division or modulo by the constant 0. At run time BPF defines x / 0 = 0, but the verifier refuses a literal zero divisor.",
    fix: () => "Divide by a non-zero constant, or by a register (checked against 0 first if the result matters).",
  },
  {
    id: "bad-shift",
    codes: ["bad-shift"],
    match: /invalid shift/,
    meaning: () => "The shift amount is negative or not smaller than the operand's width (64, or 32 for w registers).",
    fix: () => "Shift by 0–63 (0–31 in 32-bit operations).",
  },

  // ---- exit and references ---------------------------------------------------------------
  {
    id: "ret-range",
    codes: ["ret-range"],
    match: /At program exit the register R0/,
    meaning: () => "The value returned in r0 may lie outside what this program type allows (cgroup programs return 0 or 1).",
    fix: () => "Return a constant in range (`r0 = 1` before `exit`), or bound r0 first.",
  },
  {
    id: "ref-leak",
    codes: ["ref-leak"],
    match: /reference leak|Unreleased reference/,
    meaning: () => "A reference acquired on this path (a ring buffer record from bpf_ringbuf_reserve, a socket from bpf_sk_lookup_tcp and its kin) is never released.",
    fix: () => "Release it on every path before exit, once it is not NULL: bpf_ringbuf_submit or bpf_ringbuf_discard for a record, bpf_sk_release for a socket.",
  },
  {
    id: "release-unreferenced",
    codes: ["release-unreferenced"],
    match: /must be referenced when passed to release function/,
    meaning: () => "Only a pointer the program acquired (a socket from a lookup helper) may be released; this one was not acquired, for example skb->sk, which the kernel holds for the program.",
    fix: () => "Call bpf_sk_release only on what bpf_sk_lookup_tcp, bpf_sk_lookup_udp or bpf_skc_lookup_tcp returned, once it is not NULL.",
  },

  // ---- encoding --------------------------------------------------------------------------
  {
    id: "invalid-insn",
    codes: ["invalid-insn"],
    match: /reserved fields|unknown opcode|invalid bpf_ld_imm64|unrecognized bpf_ld_imm64|invalid atomic|is invalid$|may_goto imm/,
    meaning: () => "The bytes are not an instruction the kernel accepts: an unknown opcode, or fields that must be zero are not.",
    fix: () => "Write the instruction in assembly rather than `.insn`, or check the raw fields against the instruction set.",
  },
  {
    id: "arena",
    match: /addr_space_cast/,
    meaning: () => "addr_space_cast converts arena pointers, and the program has no arena map.",
    fix: () => "Remove the instruction; arenas are not supported here.",
  },
  {
    id: "atomic-target",
    codes: ["atomic"],
    match: /BPF_ATOMIC (stores into|loads from)/,
    meaning: () => "Atomic operations (and load-acquire, store-release) work on the stack and map values, not on the context, the packet, the flow keys or a socket.",
    fix: () => "Do the atomic operation on a map value.",
  },
  {
    id: "ptr-mismatch",
    codes: ["ptr-mismatch"],
    match: /same insn cannot be used with different pointers/,
    meaning: () => "This load or store goes through the context (or a socket) on one path and through another kind of pointer on another; the kernel rewrites context accesses per instruction, so one instruction must always see the same kind.",
    fix: () => "Give each path its own load or store instruction, or keep the pointer kinds apart.",
  },
  {
    id: "empty",
    codes: ["empty"],
    match: /empty program/,
    meaning: () => "There are no instructions to verify.",
    fix: () => "Write at least `r0 = 0` and `exit`.",
  },
];

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const GENERAL: Explanation = {
  id: "general",
  meaning: "The verifier could not prove this instruction safe on the path that reaches it; the kernel's message says what it checked.",
  fix: "Look at the register states before this instruction (Verifier tab, or hover the line) on the highlighted error path.",
};

export function explain(code: string, message: string): Explanation {
  for (const e of ENTRIES) {
    const m = e.match?.exec(message);
    if (m) return { id: e.id, meaning: e.meaning(m), fix: e.fix(m) };
  }
  const byCode = ENTRIES.find((e) => e.codes?.includes(code));
  if (byCode) {
    const m = /$/.exec(message)!;
    return { id: byCode.id, meaning: byCode.meaning(m), fix: byCode.fix(m) };
  }
  return GENERAL;
}

/** The codes the table answers without looking at the message. */
export const EXPLAINED_CODES: ReadonlySet<string> = new Set(ENTRIES.flatMap((e) => e.codes ?? []));
