// The kernel types CO-RE relocations resolve against: bpfplay's built-in vmlinux.h (the same
// types its synthetic kernel objects and its C compiler use), parsed once by the C compiler's
// front end. libbpf resolves against the running kernel's BTF; bpfplay's kernel is this header.

import { parse } from "../cc/parse.ts";
import type { ParseState } from "../cc/preamble.ts";
import { preprocess } from "../cc/preprocess.ts";
import type { ScopeEntry } from "../cc/parse_state.ts";
import type { CType, Member } from "../cc/types.ts";

export interface CoreTarget {
  /** A struct, union or enum by tag, or a typedef by name (the aliased type). */
  readonly tags: ReadonlyMap<string, CType>;
  readonly typedefs: ReadonlyMap<string, CType>;
  /** Enumerators by name: value and the tag of their enum (undefined for an anonymous enum). */
  readonly enumerators: ReadonlyMap<string, { readonly value: bigint; readonly tag?: string }>;
}

let cached: CoreTarget | undefined;

/** Parses vmlinux.h on first use (about 0.2 s), then answers from memory. */
export function coreTarget(): CoreTarget {
  if (cached) return cached;
  const pp = preprocess("#include <vmlinux.h>\nint __bpfplay_core_end;\n", { file: "vmlinux_types.c" });
  const at = pp.tokens.findIndex((t) => t.text === "__bpfplay_core_end") - 1;
  let state: ParseState | undefined;
  parse(pp.tokens, { file: "vmlinux_types.c", pragmas: pp.pragmas, preamble: { at, save: (s) => (state = s) } });
  const tags = new Map(state?.tags ?? []);
  const typedefs = new Map<string, CType>();
  const enumerators = new Map<string, { value: bigint; tag?: string }>();
  const names = (state?.names ?? new Map()) as ReadonlyMap<string, ScopeEntry>;
  for (const [name, e] of names) if (e.kind === "typedef") typedefs.set(name, e.type);
  // an enumerator's type is int in C: its enum comes from the text, `enum TAG { A = 1, B, }`
  const toks = pp.tokens;
  for (let k = 0; k + 2 < toks.length; k++) {
    if (toks[k].text !== "enum" || toks[k + 2].text !== "{") continue;
    const tag = toks[k + 1].text;
    for (let j = k + 3, first = true; j < toks.length && toks[j].text !== "}"; j++) {
      const e = names.get(toks[j].text);
      if (first && e?.kind === "enumconst") enumerators.set(toks[j].text, { value: e.value, tag });
      first = toks[j].text === ",";
    }
  }
  for (const [name, e] of names) if (e.kind === "enumconst" && !enumerators.has(name)) enumerators.set(name, { value: e.value });
  cached = { tags, typedefs, enumerators };
  return cached;
}

/** A member found by name, looking through anonymous struct and union members as C does. */
export function findMember(t: CType, name: string, depth = 0): { readonly member: Member; readonly offset: number } | undefined {
  if ((t.kind !== "struct" && t.kind !== "union") || depth > 16) return undefined;
  for (const m of t.def.members) {
    if (m.name === name) return { member: m, offset: m.offset };
    if (m.name === undefined) {
      const inner = findMember(m.type, name, depth + 1);
      if (inner) return { member: inner.member, offset: m.offset + inner.offset };
    }
  }
  return undefined;
}
