// The JSON form of kernel events (one object, or a list of them) checked into KernelEvents,
// with the place of the first problem (`[2].process.pid`).

import type { EventError, KernelEvent } from "./types.ts";

const KEYS = ["kind", "name", "fields", "process"];
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Checks the shape; the values are read (and refused) by prepareKernelEvent. */
export function parseKernelEvents(json: unknown): readonly KernelEvent[] | EventError {
  const list = Array.isArray(json) ? json : [json];
  if (list.length === 0) return { error: "the list of events is empty" };
  const out: KernelEvent[] = [];
  for (let k = 0; k < list.length; k++) {
    const at = Array.isArray(json) ? `[${k}]` : "";
    const e = list[k];
    if (!isRecord(e)) return { error: "an event is an object", path: at || undefined };
    const bad = Object.keys(e).find((x) => !KEYS.includes(x));
    if (bad) return { error: `an event has no key '${bad}' (it takes ${KEYS.join(", ")})`, path: `${at}${at ? "." : ""}${bad}` };
    if (typeof e.kind !== "string") return { error: 'kind is "tracepoint", "raw_tracepoint", "kprobe" or "kretprobe"', path: `${at}${at ? "." : ""}kind` };
    if (typeof e.name !== "string") return { error: "name is a string (a tracepoint as category/name, or a kernel function)", path: `${at}${at ? "." : ""}name` };
    if (e.fields !== undefined && !isRecord(e.fields)) return { error: "fields is an object of values by name", path: `${at}${at ? "." : ""}fields` };
    if (e.process !== undefined && !isRecord(e.process)) return { error: "process is an object (pid, tgid, uid, gid, comm, cgroup_id)", path: `${at}${at ? "." : ""}process` };
    out.push(e as unknown as KernelEvent);
  }
  return out;
}
