// bpfplay's bytecode through the running kernel (test/kernel/bpf_ref.py, load only): every SEC()
// program of a known type with every map of the object, global data seeded and `.rodata` frozen as
// libbpf does.
import { availableParallelism } from "node:os";
import { BPF_F_RDONLY_PROG } from "../../src/core/program.ts";
import { kernelRunBatch } from "../kernel/reference.ts";
import type { KernelRequest } from "../kernel/reference.ts";
import type { BpfplaySide } from "./bpfplay_side.ts";


/**
 * As libbpf: a perf event array without max_entries gets one slot per possible CPU; a ring
 * buffer's size is rounded up to a power of 2 of at least a page.
 */
function maxEntries(x: { type: string; maxEntries: number }): number {
  if (x.type === "perf_event_array" && x.maxEntries === 0) return availableParallelism();
  if (x.type === "ringbuf" || x.type === "user_ringbuf") {
    let n = 4096;
    while (n < x.maxEntries && n < 2 ** 30) n *= 2;
    return n;
  }
  return x.maxEntries;
}

export function kernelRequests(b: BpfplaySide): { name: string; req: KernelRequest }[] {
  const out: { name: string; req: KernelRequest }[] = [];
  for (const p of b.programs) {
    if (!p.progType) continue;
    out.push({
      name: p.name,
      req: {
        prog_type: p.progType,
        section: p.section,
        insns_hex: p.insnsHex,
        maps: b.maps.map((x) => ({
          name: x.name, type: x.type, key_size: x.keySize, value_size: x.valueSize, max_entries: maxEntries(x), flags: x.flags,
          ...(x.flags & BPF_F_RDONLY_PROG && x.initHex ? { freeze: true } : {}),
          ...(x.inner ? { inner: { name: `${x.name}.inner`, type: x.inner.type, key_size: x.inner.keySize, value_size: x.inner.valueSize, max_entries: maxEntries(x.inner), flags: x.inner.flags } } : {}),
          ...(x.slots ? { slots: x.slots } : {}),
        })),
        init: b.maps.filter((x) => x.initHex).map((x) => ({ map: x.name, key: "00000000", value: x.initHex! })),
        load_only: true,
      },
    });
  }
  return out;
}

/** Whether the kernel loads every program; else the first rejection (program, errno, the log's last lines). */
export function kernelLoads(b: BpfplaySide): { accepted: boolean; log?: string } {
  const reqs = kernelRequests(b);
  if (reqs.length === 0) return { accepted: false, log: "no program of a type the kernel harness knows" };
  let replies;
  try {
    replies = kernelRunBatch(reqs.map((r) => r.req));
  } catch (e) {
    return { accepted: false, log: `harness: ${(e as Error).message.slice(0, 300)}` };
  }
  for (let i = 0; i < replies.length; i++) {
    const r = replies[i];
    if (!r.available) return { accepted: false, log: `harness: ${r.reason}` };
    if (r.error !== undefined) return { accepted: false, log: `${reqs[i].name}: harness: ${r.error}` };
    if (!r.accepted) {
      const tail = r.verifier_log.trim().split("\n").filter((l) => l.trim()).slice(-2).join(" / ");
      return { accepted: false, log: `${reqs[i].name}: errno ${r.errno}: ${tail}` };
    }
  }
  return { accepted: true };
}
