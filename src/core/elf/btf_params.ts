// A function's BTF prototype in the terms the verifier needs to check a global function on its
// own (the kernel's btf_prepare_func_args): each parameter an int/enum, a pointer (to a struct
// whose name may make it the context, or to memory of the pointee's size), or something the
// kernel does not support; and whether the function returns an int or enum.

import type { FuncParam, FuncSignature } from "../program.ts";
import { BTF_KIND, btfType } from "./btf.ts";
import type { Btf, BtfType } from "./btf.ts";

/** The kernel's names of the BTF kinds (btf_type_str), as its messages print them. */
const KIND_NAMES = [
  "UNKNOWN", "INT", "PTR", "ARRAY", "STRUCT", "UNION", "ENUM", "FWD", "TYPEDEF", "VOLATILE", "CONST",
  "RESTRICT", "FUNC", "FUNC_PROTO", "VAR", "DATASEC", "FLOAT", "DECL_TAG", "TYPE_TAG", "ENUM64",
];
export const btfKindName = (kind: number): string => KIND_NAMES[kind] ?? "UNKNOWN";

const MODIFIERS: ReadonlySet<number> = new Set([BTF_KIND.TYPEDEF, BTF_KIND.VOLATILE, BTF_KIND.CONST, BTF_KIND.RESTRICT, BTF_KIND.TYPE_TAG]);
/** The kernel's MAX_RESOLVE_DEPTH: deeper chains of modifiers and arrays have no size. */
const MAX_RESOLVE_DEPTH = 32;

/** Type `id`, void (id 0) included, or undefined where the id is out of range. */
const typeOf = (btf: Btf, id: number): BtfType | undefined => btf.types[id];

function skip(btf: Btf, id: number): BtfType | undefined {
  let t = typeOf(btf, id);
  for (let d = 0; t && MODIFIERS.has(t.kind) && d < MAX_RESOLVE_DEPTH; d++) t = typeOf(btf, t.sizeOrType);
  return t;
}

const isScalar = (t: BtfType | undefined) => !!t && (t.kind === BTF_KIND.INT || t.kind === BTF_KIND.ENUM || t.kind === BTF_KIND.ENUM64);

/** btf_resolve_size: through modifiers and arrays to a sized type; undefined for void, FWD, FUNC_PROTO, ... */
function resolveSize(btf: Btf, t: BtfType): number | undefined {
  let n = 1;
  let cur: BtfType | undefined = t;
  for (let d = 0; cur && d < MAX_RESOLVE_DEPTH; d++) {
    switch (cur.kind) {
      case BTF_KIND.INT:
      case BTF_KIND.STRUCT:
      case BTF_KIND.UNION:
      case BTF_KIND.ENUM:
      case BTF_KIND.ENUM64:
      case BTF_KIND.FLOAT: {
        const size = n * cur.sizeOrType;
        return size <= 0xffffffff ? size : undefined;
      }
      case BTF_KIND.PTR:
        return n * 8;
      case BTF_KIND.ARRAY:
        if (!cur.array) return undefined;
        n *= cur.array.nelems;
        cur = typeOf(btf, cur.array.type);
        break;
      default:
        if (!MODIFIERS.has(cur.kind)) return undefined;
        cur = typeOf(btf, cur.sizeOrType);
    }
  }
  return undefined;
}

function param(btf: Btf, id: number): FuncParam {
  const t = skip(btf, id);
  if (!t) return { kind: "other", btfKind: "UNKNOWN" };
  if (t.kind !== BTF_KIND.PTR) return isScalar(t) ? { kind: "scalar" } : { kind: "other", btfKind: btfKindName(t.kind) };
  // the pointee: a typedef met first (kprobe's bpf_user_pt_regs_t), then what is underneath
  let typedef: string | undefined;
  let to = typeOf(btf, t.sizeOrType);
  for (let d = 0; to && MODIFIERS.has(to.kind) && d < MAX_RESOLVE_DEPTH; d++) {
    if (to.kind === BTF_KIND.TYPEDEF && typedef === undefined) typedef = to.name;
    to = typeOf(btf, to.sizeOrType);
  }
  const struct = to && (to.kind === BTF_KIND.STRUCT || to.kind === BTF_KIND.UNION) && to.name ? to.name : undefined;
  const size = to ? resolveSize(btf, to) : undefined;
  return {
    kind: "ptr",
    ...(struct !== undefined ? { struct } : {}),
    ...(typedef !== undefined ? { typedef } : {}),
    ...(to?.kind === 0 ? { void: true as const } : {}),
    // (void has no name in the kernel's words)
    size: size ?? { unsized: `'${btfKindName(to?.kind ?? 0)} ${to && to.kind !== 0 ? to.name : ""}'` },
  };
}

/** The signature of FUNC `funcId`: its prototype's parameters, with the `arg:` tags the FUNC's DECL_TAGs put on each. */
export function funcSignature(btf: Btf, funcId: number): FuncSignature {
  const proto = btfType(btf, btfType(btf, funcId).sizeOrType);
  const ret = skip(btf, proto.sizeOrType);
  const tags = new Map<number, string[]>();
  for (const t of btf.types) {
    if (t.kind !== BTF_KIND.DECL_TAG || t.sizeOrType !== funcId || t.componentIdx === undefined || !t.name.startsWith("arg:")) continue;
    tags.set(t.componentIdx, [...(tags.get(t.componentIdx) ?? []), t.name.slice(4)]);
  }
  return {
    params: proto.members.map((m, k) => {
      const p = param(btf, m.type);
      const on = tags.get(k);
      return on ? { ...p, tags: on } : p;
    }),
    ret: isScalar(ret) ? "scalar" : btfKindName(ret?.kind ?? 0),
  };
}
