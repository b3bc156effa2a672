// BPF_MAP_TYPE_PERF_EVENT_ARRAY: bpf_perf_event_output appends a sample for the reader of
// the current CPU's slot. bpfplay keeps the samples so the inspector can show them.
import type { MapDef } from "../../program.ts";
import { Errno } from "./types.ts";
import type { BpfMap, Entry } from "./types.ts";

export class PerfEventArrayMap implements BpfMap {
  samples: { cpu: number; data: Uint8Array }[] = [];
  /**
   * Slots 0..readers-1 hold an open perf event with a reader, slot i counting on CPU i, as libbpf's
   * perf_buffer opens them (sessionMaps sets one per CPU); 0, as under BPF_PROG_TEST_RUN: none,
   * and the helper fails with -ENOENT.
   */
  readers = 0;

  constructor(readonly def: MapDef) {}

  output(cpu: number, data: Uint8Array): number {
    this.samples.push({ cpu, data: data.slice() });
    return 0;
  }

  lookup(): Uint8Array | undefined {
    return undefined;
  }
  update(): number {
    return -Errno.EOPNOTSUPP;
  }
  delete(): number {
    return -Errno.EOPNOTSUPP;
  }
  entries(): Entry[] {
    return this.samples.map((s) => ({ key: Uint8Array.of(s.cpu, 0, 0, 0), value: s.data }));
  }
  save(): unknown {
    return this.samples.slice();
  }
  restore(state: unknown): void {
    this.samples = state as { cpu: number; data: Uint8Array }[];
  }
}
