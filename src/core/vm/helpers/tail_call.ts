import type { Machine } from "../machine.ts";
import type { Run } from "../run.ts";
import { MAX_TAIL_CALL_CNT } from "../../isa/limits.ts";
import { ProgArrayMap } from "../maps/index.ts";
import { errno } from "./types.ts";
import type { HelperImpl } from "./types.ts";

/**
 * long bpf_tail_call(ctx, prog_array_map, index): jumps to the program in that slot, which
 * starts with r1 = ctx and the same stack; does not return on success. On failure (index out
 * of range, empty slot, more than 33 tail calls) the program goes on after the call.
 */
export const tailCall: HelperImpl = {
  name: "tail_call",
  call(rt: Run, m: Machine, label: string) {
    const map = rt.mapArg(2, label);
    if (!(map instanceof ProgArrayMap)) rt.fault(`${label}: map '${map.def.name}' is a ${map.def.type}, not a prog_array`);
    const slot = map.get(rt.argU32(3));
    if (!slot || m.tailCalls >= MAX_TAIL_CALL_CNT) return errno(2);
    if (m.frames.length > 1) rt.fault(`${label} from a bpf-to-bpf subprogram is not supported by bpfplay`);
    m.tailCalls++;
    m.pendingTail = { insns: slot.insns, entry: slot.entry ?? 0, r1: rt.arg(1) };
    return [0, 0];
  },
};
