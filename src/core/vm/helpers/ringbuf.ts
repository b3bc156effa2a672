// Shared by the ringbuf helpers.
import { RingbufMap } from "../maps/index.ts";
import type { RingRecord } from "../maps/ringbuf.ts";
import type { Run } from "../run.ts";

export function ringbufArg(rt: Run, n: number, helper: string): RingbufMap {
  const m = rt.mapArg(n, helper);
  if (!(m instanceof RingbufMap)) rt.fault(`${helper}: map '${m.def.name}' is a ${m.def.type}, not a ringbuf`);
  return m;
}

/** The reserved record an argument points at (its first byte), or a fault. */
export function recordArg(rt: Run, helper: string): RingRecord {
  const [hi, lo] = rt.arg(1);
  const at = rt.regionOf(hi, lo);
  const rec = at && at.at === 0 ? rt.records.get(at.r.bytes) : undefined;
  if (!rec) rt.fault(`${helper}: R1 is not a record from bpf_ringbuf_reserve`);
  if (rec.state !== "busy") rt.fault(`${helper}: the record was already submitted or discarded`);
  return rec;
}
