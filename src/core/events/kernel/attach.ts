// The kernel's check when a tracepoint program is attached: the verifier lets a tracepoint
// program read its context anywhere below PERF_MAX_TRACE_SIZE (it does not know which tracepoint
// the program will meet) and records the furthest byte read, prog->aux->max_ctx_offset;
// perf_event_attach_bpf_prog then refuses a tracepoint whose record ends before it (EACCES).
// attach_vs_kernel.test.ts checks both halves against the running kernel.
//
// The furthest byte is read off the verifier's states (a context access needs a constant
// offset, so every state at a load agrees on it). Structural types keep events free of the
// verifier and program modules.

/** The instructions as far as this needs them. */
export interface InsnLike {
  readonly code: number;
  readonly src: number;
  readonly off: number;
}

/** The verifier's register states before each instruction, as far as this needs them. */
export type StatesLike = ReadonlyMap<number, readonly { readonly frame: number; readonly regs: readonly { readonly no: number; readonly reg: { readonly type: string; readonly off: number } }[] }[]>;

const LDX_SIZE: Readonly<Record<number, number>> = { 0x61: 4, 0x69: 2, 0x71: 1, 0x79: 8, 0x81: 4, 0x89: 2, 0x91: 1 };

/** The end of the furthest context read (max_ctx_offset): 0 when the program reads none. */
export function ctxExtent(insns: readonly InsnLike[], states: StatesLike): number {
  let max = 0;
  for (const [pc, frames] of states) {
    const i = insns[pc];
    const size = i ? LDX_SIZE[i.code] : undefined;
    if (!i || size === undefined) continue;
    for (const f of frames) {
      const r = f.regs.find((x) => x.no === i.src)?.reg;
      if (r?.type === "ctx") max = Math.max(max, r.off + i.off + size);
    }
  }
  return max;
}

/**
 * Why the kernel would refuse to attach the program to the tracepoint, in libbpf's words and
 * the reason behind them, or undefined when it attaches.
 */
export function attachRefusal(tracepoint: string, recordEnd: number, extent: number): string | undefined {
  if (extent <= recordEnd) return undefined;
  return `failed to attach to tracepoint '${tracepoint}': Permission denied (EACCES): the program reads its context up to byte ${extent}, and the tracepoint's record ends at byte ${recordEnd}`;
}
