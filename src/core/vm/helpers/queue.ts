// Shared by map_push_elem, map_pop_elem and map_peek_elem.
import { QueueMap } from "../maps/index.ts";
import type { Run } from "../run.ts";

export function queueArg(rt: Run, helper: string): QueueMap {
  const m = rt.mapArg(1, helper);
  if (!(m instanceof QueueMap)) rt.fault(`${helper}: map '${m.def.name}' is a ${m.def.type}, not a queue or stack`);
  return m;
}
