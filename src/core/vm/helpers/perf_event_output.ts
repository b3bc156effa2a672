import type { Run } from "../run.ts";
import { PerfEventArrayMap } from "../maps/index.ts";
import { errno } from "./types.ts";
import type { HelperImpl } from "./types.ts";

const BPF_F_CURRENT_CPU = 0xffffffffn;
const ENOENT = 2;
const E2BIG = 7;
const EFAULT = 14;
const EINVAL = 22;
const EOPNOTSUPP = 95;

/**
 * long bpf_perf_event_output(ctx, map, flags, data, size): a sample for the perf event in slot
 * flags (or the current CPU's). XDP and socket buffer programs may add the packet's first bytes
 * (flags bits 32..51, BPF_F_CTXLEN_MASK; -EFAULT past the packet, bpf_xdp/skb_event_output);
 * other types take no more than the index (-EINVAL). Under BPF_PROG_TEST_RUN no perf event is
 * open, so the kernel answers -ENOENT; bpfplay does the same unless the session attaches readers
 * (PerfEventArrayMap.readers), each slot's event on its own CPU: a sample to another CPU's slot
 * is refused with -EOPNOTSUPP, as the kernel refuses it.
 */
export const perfEventOutput: HelperImpl = {
  name: "perf_event_output",
  call(rt: Run, _m, label) {
    const m = rt.mapArg(2, label);
    if (!(m instanceof PerfEventArrayMap)) rt.fault(`${label}: map '${m.def.name}' is a ${m.def.type}, not a perf_event_array`);
    const flags = rt.argBig(3);
    const ctxKind = rt.opts.progType.ctx;
    const packet = ctxKind === "xdp_md" || ctxKind === "__sk_buff" ? rt.ctx.packet : undefined;
    if (flags >> (packet ? 52n : 32n)) return errno(EINVAL);
    const ctxLen = Number((flags >> 32n) & 0xfffffn);
    if (packet && ctxLen > packet.end - packet.data) return errno(EFAULT);
    const index = (flags & 0xffffffffn) === BPF_F_CURRENT_CPU ? rt.cpu : Number(flags & 0xffffffffn);
    if (index >= m.def.maxEntries) return errno(E2BIG);
    const data = rt.read(4, rt.argU32(5), label);
    if (index >= m.readers) return errno(ENOENT);
    if (index !== rt.cpu) return errno(EOPNOTSUPP);
    if (!packet || ctxLen === 0) return m.output(index, data) ? errno(ENOENT) : [0, 0];
    // the sample's raw data: the program's bytes, then the packet's first ctxLen bytes
    const sample = new Uint8Array(data.length + ctxLen);
    sample.set(data);
    sample.set(packet.region.bytes.subarray(packet.data, packet.data + ctxLen), data.length);
    return m.output(index, sample) ? errno(ENOENT) : [0, 0];
  },
};
