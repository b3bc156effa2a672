// BTF types as C text, for func_info's prototypes (`int (struct xdp_md *ctx)`) and messages.

import type { FuncInfo } from "../program.ts";
import { BTF_KIND, btfType } from "./btf.ts";
import { funcSignature } from "./btf_params.ts";
import type { Btf } from "./btf.ts";
import { ElfFault } from "./elf.ts";

const MAX_DEPTH = 16;

/** A type's name as C writes it before a declarator: `unsigned int`, `struct sock *`, `const char *`. */
export function btfTypeName(btf: Btf, id: number, depth = 0): string {
  if (depth > MAX_DEPTH) return "...";
  const t = btfType(btf, id);
  switch (t.kind) {
    case 0:
      return "void";
    case BTF_KIND.PTR: {
      const to = btfTypeName(btf, t.sizeOrType, depth + 1);
      return to.endsWith("*") ? `${to}*` : `${to} *`;
    }
    case BTF_KIND.STRUCT:
      return `struct ${t.name || "(anon)"}`;
    case BTF_KIND.UNION:
      return `union ${t.name || "(anon)"}`;
    case BTF_KIND.ENUM:
    case BTF_KIND.ENUM64:
      return `enum ${t.name || "(anon)"}`;
    case BTF_KIND.FWD:
      return `${t.kindFlag ? "union" : "struct"} ${t.name}`;
    case BTF_KIND.CONST:
      return `const ${btfTypeName(btf, t.sizeOrType, depth + 1)}`;
    case BTF_KIND.VOLATILE:
      return `volatile ${btfTypeName(btf, t.sizeOrType, depth + 1)}`;
    case BTF_KIND.RESTRICT:
    case BTF_KIND.TYPE_TAG:
      return btfTypeName(btf, t.sizeOrType, depth + 1);
    case BTF_KIND.ARRAY:
      return t.array ? `${btfTypeName(btf, t.array.type, depth + 1)}[${t.array.nelems}]` : "?[]";
    case BTF_KIND.FUNC_PROTO:
      return `${btfTypeName(btf, t.sizeOrType, depth + 1)} (*)(${params(btf, t.id, depth + 1)})`;
    default:
      return t.name || `(kind ${t.kind})`;
  }
}

function params(btf: Btf, protoId: number, depth: number): string {
  const p = btfType(btf, protoId);
  if (p.members.length === 0) return "void";
  // a last parameter of type 0 is `...`
  return p.members.map((m) => (m.type === 0 ? "..." : `${btfTypeName(btf, m.type, depth)}${m.name ? (btfTypeName(btf, m.type, depth).endsWith("*") ? "" : " ") + m.name : ""}`)).join(", ");
}

/** func_info's record for the function starting at `pc`: its FUNC type's name, linkage and prototype. */
export function funcInfoOf(btf: Btf, typeId: number, pc: number): FuncInfo {
  const f = btfType(btf, typeId);
  if (f.kind !== BTF_KIND.FUNC) throw new ElfFault(".BTF.ext", 0, `func_info names type ${typeId}, which is not a FUNC`);
  const proto = btfType(btf, f.sizeOrType);
  if (proto.kind !== BTF_KIND.FUNC_PROTO) throw new ElfFault(".BTF", 0, `function '${f.name}': type ${f.sizeOrType} is not a FUNC_PROTO`);
  return { pc, name: f.name, linkage: f.vlen === 1 ? "global" : "static", proto: `${btfTypeName(btf, proto.sizeOrType)} (${params(btf, proto.id, 1)})`, sig: funcSignature(btf, f.id) };
}
