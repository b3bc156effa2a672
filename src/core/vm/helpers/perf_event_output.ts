import type { Run } from "../run.ts";
import { PerfEventArrayMap } from "../maps/index.ts";
import { errno } from "./types.ts";
import type { HelperImpl } from "./types.ts";

const BPF_F_CURRENT_CPU = 0xffffffffn;

/**
 * long bpf_perf_event_output(ctx, map, flags, data, size): a sample for the perf event in slot
 * flags (or the current CPU's). Under BPF_PROG_TEST_RUN no perf event is open, so the kernel
 * answers -ENOENT; bpfplay does the same unless the session attaches a reader.
 */
export const perfEventOutput: HelperImpl = {
  name: "perf_event_output",
  call(rt: Run, _m, label) {
    const m = rt.mapArg(2, label);
    if (!(m instanceof PerfEventArrayMap)) rt.fault(`${label}: map '${m.def.name}' is a ${m.def.type}, not a perf_event_array`);
    const flags = rt.argBig(3);
    const index = (flags & 0xffffffffn) === BPF_F_CURRENT_CPU ? rt.cpu : Number(flags & 0xffffffffn);
    // bits 32..51 carry a context length (BPF_F_CTXLEN_MASK); anything above is invalid
    if (flags >> 52n) return errno(22);
    if (index >= m.def.maxEntries) return errno(7);
    const data = rt.read(4, rt.argU32(5), label);
    if (!m.readers) return errno(2);
    return m.output(index, data) ? errno(2) : [0, 0];
  },
};
