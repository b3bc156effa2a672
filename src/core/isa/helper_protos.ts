// One record per helper the verifier knows: argument and return types as the kernel's
// func_proto tables give them, which program types may call it (measured with the kernel's own
// bpf(): test/kernel/helper_availability.json, held to these records by
// test/kernel/helper_availability_vs_kernel.test.ts), what it does to packet pointers and
// references, which map types it takes and how its result is bounded. The verifier checks calls
// against these records; the VM implements the same helpers (src/core/vm/helpers/, one file
// each; helpers/index.test.ts lists the prototypes it lacks); isa/helper_c.ts gives each its C
// prototype (helper_c.test.ts holds the two to each other). The records themselves are in
// helper_protos_base.ts (every program type, tracing) and helper_protos_net.ts (packets and
// sockets); the helpers the kernel offers and bpfplay leaves out are in helper_left_out.ts.

import { PROG_TYPES } from "./progtypes.ts";
import type { AttachType } from "./progtypes.ts";
import { BASE_PROTOS } from "./helper_protos_base.ts";
import { NET_PROTOS } from "./helper_protos_net.ts";

export type ArgType =
  | "anything"
  | "const_map_ptr"
  | "map_key" // ARG_PTR_TO_MAP_KEY: initialised stack (or map value) of key_size bytes
  | "map_value" // ARG_PTR_TO_MAP_VALUE: initialised, value_size bytes
  | "map_value_or_null" // ARG_PTR_TO_MAP_VALUE | PTR_MAYBE_NULL: the same, or NULL
  | "uninit_map_value" // written by the helper, value_size bytes
  | "ctx"
  | "mem" // ARG_PTR_TO_MEM | MEM_RDONLY: initialised memory of the size in the next argument
  | "mem_or_null" // the same, or NULL (PTR_MAYBE_NULL)
  | "mem_inout" // ARG_PTR_TO_MEM without MEM_RDONLY (or with MEM_WRITE): initialised, and writable
  | "mem_inout_or_null" // the same, or NULL (ARG_PTR_TO_MEM_OR_NULL)
  | "uninit_mem" // ARG_PTR_TO_UNINIT_MEM: the helper writes it
  | "const_size" // ARG_CONST_SIZE: a known-bounds scalar > 0
  | "const_size_or_zero"
  | "const_alloc_size_or_zero"
  | "ringbuf_mem" // ARG_PTR_TO_RINGBUF_MEM | OBJ_RELEASE
  | "sock_common" // ARG_PTR_TO_SOCK_COMMON: any socket pointer
  | "sock" // ARG_PTR_TO_SOCKET: a full socket, not NULL
  | "sock_or_null" // ARG_PTR_TO_SOCKET_OR_NULL
  | "sock_release" // ARG_PTR_TO_BTF_ID_SOCK_COMMON | OBJ_RELEASE: a socket reference, given back
  | "const_str"
  | "func" // ARG_PTR_TO_FUNC: a callback, loaded with ld_imm64 src 4
  | "stack_or_null" // ARG_PTR_TO_STACK_OR_NULL
  | "long_out" // ARG_PTR_TO_FIXED_SIZE_MEM | MEM_UNINIT | MEM_ALIGNED, 8 bytes the helper writes
  | "u32_inout"; // ARG_PTR_TO_FIXED_SIZE_MEM | MEM_WRITE | MEM_ALIGNED, 4 bytes

/** The arguments that take NULL (PTR_MAYBE_NULL): a scalar known to be 0 passes their type check. */
export const ARG_MAY_BE_NULL: ReadonlySet<ArgType> = new Set<ArgType>(["map_value_or_null", "mem_or_null", "mem_inout_or_null", "sock_or_null", "stack_or_null"]);

/** The size arguments: a scalar whose bounds the verifier must know (ARG_CONST_SIZE*). */
export function isSizeArg(a: ArgType): boolean {
  return a === "const_size" || a === "const_size_or_zero" || a === "const_alloc_size_or_zero";
}

export type RetType = "integer" | "void" | "map_value" | "map_value_or_null" | "ringbuf_mem_or_null" | "sock_or_null" | "sock_common_or_null" | "tcp_sock_or_null";

/**
 * What the helper does to references: `acquire` returns a new one (the kernel's is_acquire_function),
 * `cast` returns another view of its socket argument, holding the same reference (is_ptr_cast_function).
 */
export type RefKind = "none" | "acquire" | "cast";

export interface HelperProto {
  readonly id: number;
  readonly name: string;
  readonly args: readonly ArgType[];
  /** Where a program type's prototype takes other arguments (as many), those, by program type. */
  readonly argsFor: Readonly<Record<string, readonly ArgType[]>>;
  readonly ret: RetType;
  /** The program types that may call it (kernel names), as the kernel answered bpf(). */
  readonly callers: readonly string[];
  /**
   * Program types the kernel lets call it and bpfplay refuses, each with why: there the kernel's
   * prototype takes arguments bpfplay cannot check (a BTF pointer), so accepting would guess.
   */
  readonly narrowed: Readonly<Record<string, string>>;
  /**
   * Program types whose func_proto gives the helper and where the kernel still refuses the call
   * (helper_availability.json's `other`: it might sleep, its allowed() says no, get_func_ip's own
   * check). Their live registers read its arguments, as where it may be called.
   */
  readonly refusedWithProto: readonly string[];
  /** Only programs with a GPL-compatible license may call it (the proto's gpl_only, in some program type). */
  readonly gplOnly: boolean;
  readonly ref: RefKind;
  /** May be given packet memory, in program types that read the packet directly (the kernel's pkt_access). */
  readonly pktAccess: boolean;
  /** Packet pointers are invalid after the call: the packet may have moved (bpf_helper_changes_pkt_data). */
  readonly changesPktData: boolean;
  /**
   * The map types of RESTRICTED_MAP_TYPES this helper may be given, or, when `mapsOnly`, the only
   * map types it takes at all (check_map_func_compatibility, both ways).
   */
  readonly maps: readonly string[];
  readonly mapsOnly: boolean;
  /** Returns at most the size of the buffer it fills, or -errno (do_refine_retval_range). */
  readonly retAtMostSize: boolean;
  /**
   * The program types whose prototype of it is bpf_fastcall and inlined on x86-64 (allow_fastcall):
   * there the spills and fills around a call leave the stack depth (verifier/fastcall.ts).
   */
  readonly fastcall: readonly string[];
}

/**
 * Map types that only the helpers naming them (in `maps`) may be given: the map side of
 * check_map_func_compatibility. A sockmap or sockhash also takes map_update_elem and
 * map_delete_elem where the program type may update it (ProgType.sockmap).
 */
export const RESTRICTED_MAP_TYPES: ReadonlySet<string> = new Set([
  "prog_array", "perf_event_array", "ringbuf", "user_ringbuf", "stack_trace", "cgroup_array", "cgroup_storage",
  "percpu_cgroup_storage", "devmap", "devmap_hash", "cpumap", "xskmap", "array_of_maps", "hash_of_maps", "sockmap",
  "sockhash", "reuseport_sockarray", "queue", "stack", "sk_storage", "bloom_filter", "inode_storage", "task_storage",
  "cgrp_storage",
]);

/** Whether the helper may be given a map of this type (the sockmap update rule aside). */
export function helperTakesMap(p: HelperProto, mapType: string): boolean {
  if (RESTRICTED_MAP_TYPES.has(mapType) && !p.maps.includes(mapType)) return false;
  return !p.mapsOnly || p.maps.includes(mapType);
}

export const HELPER_PROTOS: readonly HelperProto[] = [...BASE_PROTOS, ...NET_PROTOS].sort((a, b) => a.id - b.id);

const byId = new Map(HELPER_PROTOS.map((p) => [p.id, p]));

export function helperProto(id: number): HelperProto | undefined {
  return byId.get(id);
}

/**
 * The program types that may call the helper (kernel names), in PROG_TYPES order; a type only
 * some of whose attach types may, with their sections: `cgroup_sock_addr (cgroup/connect4, cgroup/connect6)`.
 */
export function helperCallers(p: HelperProto): string[] {
  return PROG_TYPES.flatMap((t) => {
    if (p.callers.includes(t.name) && !t.attachTypes.some((a) => a.refuses?.includes(p.name))) return [t.name];
    const some = t.attachTypes.filter((a) => helperAllowed(p, t.name, a));
    return some.length ? [`${t.name} (${some.map((a) => a.sections[0]).join(", ")})`] : [];
  });
}

/** Whether a program type may call the helper; with its attach type, as loaded with that one. */
export function helperAllowed(p: HelperProto, progType: string, attach?: AttachType): boolean {
  return (p.callers.includes(progType) || attach?.adds?.includes(p.name) === true) && !attach?.refuses?.includes(p.name);
}

/**
 * Whether the kernel has a prototype of the helper for the program type (get_func_proto): where it
 * may call it, and where bpfplay narrows it. The kernel's live registers read a call's arguments
 * from it, and take r1-r5 where there is none.
 */
export function helperProtoFor(p: HelperProto, progType: string, attach?: AttachType): boolean {
  return helperAllowed(p, progType, attach) || progType in p.narrowed || p.refusedWithProto.includes(progType);
}
