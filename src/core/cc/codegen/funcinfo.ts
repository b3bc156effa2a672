// func_info for compiled functions, as the ELF reader gives it for clang's object of the same C
// (elf/btf_names.ts, elf/btf_params.ts): each function's linkage (global unless `static`, as
// clang's BTF_FUNC_GLOBAL) and its prototype in the verifier's terms, so a global function is
// verified on its own as the kernel verifies clang's object (verifier/global.ts).
//
// The C types map onto what BTF would say: integers, _Bool and enums are scalars; a pointer
// records the first typedef it points through, the struct or union it points to and the pointee's
// size (void, functions and incomplete records have none, in the kernel's words); a parameter's
// `btf_decl_tag("arg:...")` strings are its tags (libbpf's __arg_ctx, __arg_nonnull).

import type { FuncInfo, FuncParam, FuncSignature } from "../../program.ts";
import type { FuncSym } from "../ast.ts";
import { sizeOf } from "../types.ts";
import type { CType } from "../types.ts";

export function funcInfoOf(f: FuncSym, pc: number): FuncInfo {
  return { pc, name: f.name, linkage: f.isStatic ? "static" : "global", proto: protoText(f), sig: signatureOf(f) };
}

export function signatureOf(f: FuncSym): FuncSignature {
  return {
    params: f.type.params.map((t, k) => {
      const p = paramOf(t);
      const tags = (f.params[k]?.declTags ?? []).filter((s) => s.startsWith("arg:")).map((s) => s.slice(4));
      return tags.length ? { ...p, tags } : p;
    }),
    ret: retOf(f.type.ret),
  };
}

const isScalar = (t: CType) => t.kind === "int" || t.kind === "bool" || t.kind === "enum";

/** The BTF kind's name clang would give a type (btfKindName in elf/btf_params.ts). */
function btfKind(t: CType): string {
  switch (t.kind) {
    case "void": return "UNKNOWN";
    case "bool":
    case "int": return "INT";
    case "enum": return t.size === 8 ? "ENUM64" : "ENUM";
    case "float": return "FLOAT";
    case "ptr": return "PTR";
    case "array": return "ARRAY";
    case "struct": return t.def.complete ? "STRUCT" : "FWD";
    case "union": return t.def.complete ? "UNION" : "FWD";
    case "func": return "FUNC_PROTO";
  }
}

function retOf(t: CType): string {
  return isScalar(t) ? "scalar" : btfKind(t);
}

function paramOf(t: CType): FuncParam {
  if (t.kind === "array") return pointer(t.of); // an array parameter is a pointer
  if (t.kind !== "ptr") return isScalar(t) ? { kind: "scalar" } : { kind: "other", btfKind: btfKind(t) };
  return pointer(t.to);
}

function pointer(to: CType): FuncParam {
  const typedef = to.typedefName;
  // an incomplete record is a FWD in BTF: not a struct the kernel could match the context to
  const record = (to.kind === "struct" || to.kind === "union") && to.def.complete ? to.def : undefined;
  const struct = record?.tag;
  const size = pointeeSize(to);
  return {
    kind: "ptr",
    ...(struct !== undefined ? { struct } : {}),
    ...(typedef !== undefined ? { typedef } : {}),
    ...(to.kind === "void" ? { void: true as const } : {}),
    size: size ?? { unsized: `'${btfKind(to)} ${unsizedName(to)}'` },
  };
}

/** btf_resolve_size's answer for the pointee: undefined where BTF has no size for it. */
function pointeeSize(t: CType): number | undefined {
  switch (t.kind) {
    case "void":
    case "func":
      return undefined;
    case "struct":
    case "union":
      return t.def.complete ? t.def.size : undefined;
    case "array":
      return t.len === undefined ? 0 : (() => {
        const e = pointeeSize(t.of);
        return e === undefined ? undefined : e * t.len;
      })();
    default:
      return sizeOf(t);
  }
}

/** The name the kernel prints beside an unsized pointee's kind: a FWD's tag, nothing for void or a prototype. */
function unsizedName(t: CType): string {
  if ((t.kind === "struct" || t.kind === "union") && !t.def.complete) return t.def.tag ?? "";
  return "";
}

/** The prototype as btf_names.ts prints clang's: `int (struct xdp_md * ctx)`. */
function protoText(f: FuncSym): string {
  const ps = f.type.params;
  if (ps.length === 0) return `${typeName(f.type.ret)} (void)`;
  const names = f.params.map((p) => p.name);
  return `${typeName(f.type.ret)} (${ps.map((t, k) => {
    const n = typeName(t);
    const name = names[k] ?? "";
    return name ? `${n}${n.endsWith("*") ? "" : " "}${name}` : n;
  }).join(", ")})`;
}

function typeName(t: CType): string {
  const q = t.const ? "const " : "";
  const v = t.volatile ? "volatile " : "";
  if (t.typedefName) return `${q}${v}${t.typedefName}`;
  switch (t.kind) {
    case "void": return `${q}${v}void`;
    case "bool": return `${q}${v}_Bool`;
    case "int": {
      const base = { 1: "char", 2: "short", 4: "int", 8: "long", 16: "__int128" }[t.size];
      return `${q}${v}${t.size === 1 && !t.signed ? "unsigned char" : `${t.signed ? "" : "unsigned "}${base}`}`;
    }
    case "enum": return `${q}${v}enum ${t.tag ?? "(anon)"}`;
    case "float": return `${q}${v}${t.size === 4 ? "float" : "double"}`;
    case "ptr": {
      const to = typeName(t.to);
      return `${q}${v}${to.endsWith("*") ? `${to}*` : `${to} *`}`;
    }
    case "array": return `${typeName(t.of)}[${t.len ?? 0}]`;
    case "struct":
    case "union": return `${q}${v}${t.kind} ${t.def.tag ?? "(anon)"}`;
    case "func": return "func";
  }
}
