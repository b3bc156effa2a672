// A function's BTF (FUNC_PROTO, FUNC and its `arg:` DECL_TAGs) from its FuncInfo, so an object
// bpfplay writes tells the kernel what clang's tells it: a global function's linkage and the
// parameter types btf_prepare_func_args reads (an int, a pointer to the context struct by name,
// a pointer to memory of a size, a void pointer), and that it returns an int. Only what the
// kernel reads is kept: an int parameter is written `int` whatever its width, a struct pointee
// has its name and size but no members. Read back (btf_params.ts), it gives the same FuncSignature.

import type { FuncInfo, FuncParam, FuncSignature } from "../program.ts";
import type { BtfBuilder } from "./btf_write.ts";

/** The FUNC's type id for `info`; `fallback` where it has no signature (an object read without BTF). */
export function writeFunc(btf: BtfBuilder, name: string, info: FuncInfo | undefined, fallback: () => number, entry: boolean): number {
  const linkage = info ? (info.linkage === "global" ? 1 : 0) : entry ? 1 : 0;
  if (!info?.sig) return btf.func(name, fallback(), linkage);
  const names = paramNames(info.proto, info.sig.params.length);
  const params = info.sig.params.map((p, k) => ({ name: names[k], type: paramType(btf, p) }));
  const id = btf.func(name, btf.funcProto(retType(btf, info.sig), params), linkage);
  info.sig.params.forEach((p, k) => {
    for (const tag of p.tags ?? []) btf.declTag(`arg:${tag}`, id, k);
  });
  return id;
}

const int = (btf: BtfBuilder) => btf.int("int", 4, true);

function retType(btf: BtfBuilder, sig: FuncSignature): number {
  switch (sig.ret) {
    case "scalar": return int(btf);
    case "UNKNOWN": return 0; // void
    case "PTR": return btf.ptr(0);
    default: return btf.struct("", 0, []);
  }
}

function paramType(btf: BtfBuilder, p: FuncParam): number {
  if (p.kind === "scalar") return int(btf);
  // another kind the kernel refuses (a struct by value, ...): the refusal is what matters
  if (p.kind !== "ptr") return p.btfKind === "PTR" ? btf.ptr(0) : btf.struct("", 8, []);
  let to: number;
  if (p.void) to = 0;
  else if (typeof p.size !== "number") {
    const [kind, name = ""] = p.size.unsized.replace(/^'|'$/g, "").split(" ");
    to = kind === "FWD" ? btf.fwd(name || (p.struct ?? "")) : kind === "FUNC_PROTO" ? btf.funcProto(int(btf), []) : 0;
  } else if (p.struct !== undefined) to = btf.struct(p.struct, p.size, []);
  else if ([1, 2, 4, 8].includes(p.size)) to = btf.int(`__u${p.size * 8}`, p.size, false);
  else to = btf.array(btf.int("unsigned char", 1, false), int(btf), p.size);
  if (p.typedef !== undefined) to = btf.typedef(p.typedef, to);
  return btf.ptr(to);
}

/** The parameters' names in a prototype's text (`int (struct xdp_md * ctx, int n)`), or argN where it names none. */
function paramNames(proto: string, n: number): string[] {
  const open = proto.indexOf("(");
  const inner = open < 0 ? "" : proto.slice(open + 1, proto.lastIndexOf(")"));
  const parts = inner === "void" ? [] : inner.split(",");
  return Array.from({ length: n }, (_, k) => {
    const m = parts.length === n ? /[*\s]([A-Za-z_][A-Za-z0-9_]*)\s*$/.exec(parts[k]) : null;
    // a type's last word (`unsigned int`) is not a name: a name follows a space or `*` after the type
    const word = m?.[1];
    const typeWords = new Set(["int", "char", "short", "long", "unsigned", "signed", "_Bool", "void", "double", "float"]);
    return word && !typeWords.has(word) && /\s|\*/.test(parts[k].trim().slice(0, parts[k].trim().length - word.length)) ? word : `arg${k}`;
  });
}
