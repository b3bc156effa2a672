// Reading the kernel verifier's log (BPF_PROG_LOAD, log_level 1): which line is the error.
//
// At level 1 a rejected program's log is the path that failed, one instruction a line, then
// the error, then the statistics line:
//
//   5: (85) call bpf_map_lookup_elem#1    ; R0=map_value_or_null(id=1,map=m,ks=4,vs=8)
//   6: (79) r0 = *(u64 *)(r0 +0)
//   R0 invalid mem access 'map_value_or_null'
//   processed 6 insns (limit 1000000) max_states_per_insn 0 total_states 0 peak_states 0 mark_read 0
//
// Some errors take several lines ("invalid access to packet, ..." then "R2 offset is outside of
// the packet"; "infinite loop detected at insn 1" then the two states); the first is the error.
// Errors found before the walk (CFG, opcodes, ld_imm64) come alone, with "processed 0 insns".
// A few messages lack their newline ("expected prog array map for tail call" runs into
// "processed ..."). An accepted program's level-1 log is the statistics line only.

export interface KernelError {
  /** The first line of the error: the kernel's own wording. */
  readonly message: string;
  /** Every line of the error, the first included. */
  readonly lines: readonly string[];
  /** The instruction the walk had reached (its last `N: (op)` line), if it had started. */
  readonly pc: number | null;
}

const STATS = /processed \d+ insns \(limit \d+\)/;
const INSN = /^(\d+): (\([0-9a-f]{2}\)|BUG_)/;

/** Lines that are part of the walk's trace or of a state dump, never of the error itself. */
function isTrace(line: string): boolean {
  return (
    /^\d+: /.test(line) || // an instruction, or the state before one ("3: R1=ctx() R2=0", "15: frame7: ...")
    /^from \d+ to \d+: /.test(line) ||
    /^\s/.test(line) || // indented state lines (" frame1: R1=1 R10=fp0")
    /^(callee|caller|returning from callee|to caller at \d+):$/.test(line) ||
    /^func#\d+ @\d+$/.test(line) ||
    /^Live regs before insn:$/.test(line) ||
    /^mark_precise: /.test(line) ||
    /^-- (BEGIN|END) PROG LOAD LOG --$/.test(line) || // libbpf's wrapper, if a log came through it
    /^; /.test(line) // source lines (BTF line info)
  );
}

/** The error in a rejected program's log; undefined if the log has none (empty, or accepted). */
export function kernelError(log: string): KernelError | undefined {
  const all = log.split("\n");
  let end = all.length;
  let tail: string | undefined;
  for (let i = all.length - 1; i >= 0; i--) {
    const m = STATS.exec(all[i]);
    if (!m) continue;
    end = i;
    const before = all[i].slice(0, m.index).trimEnd();
    if (before) tail = before; // a message without its newline
    break;
  }
  const lines: string[] = tail !== undefined ? [tail] : [];
  let i = end - 1;
  for (; i >= 0; i--) {
    const line = all[i];
    if (line.trim() === "" && lines.length === 0) continue;
    if (isTrace(line)) break;
    if (line.trim() !== "") lines.unshift(line.trimEnd());
  }
  if (lines.length === 0) return undefined;
  let pc: number | null = null;
  for (; i >= 0; i--) {
    const m = INSN.exec(all[i]);
    if (m) {
      pc = Number(m[1]);
      break;
    }
  }
  return { message: lines[0], lines, pc };
}
