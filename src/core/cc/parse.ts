// The parser and checker's entry: external declarations, function definitions and global
// placement into sections as clang and libbpf place them; declarations in blocks come here too.

import type { Diagnostic } from "../diag.ts";
import type { FuncSym, Loc, Stmt, Unit, VarSym } from "./ast.ts";
import { ERR, compatible, derive, typeName } from "./check_types.ts";
import { assignConv, rvalue } from "./check_conv.ts";
import { constValue } from "./consteval.ts";
import { VARIADIC } from "./builtin_names.ts";
import type { Attrs } from "./parse_attr.ts";
import { paramDecls, parseDeclarator, parseDeclSpec, type DeclSpec } from "./parse_decl.ts";
import { parseAssign } from "./parse_expr.ts";
import { parseGlobalInit, parseLocalInit } from "./parse_init.ts";
import { Parser, Resync } from "./parse_state.ts";
import { parseBlock, parseStaticAssert } from "./parse_stmt.ts";
import { diagAt, type Token } from "./token.ts";
import { restoreParser, saveParser, type ParseHook } from "./preamble.ts";
import { sizeOf, type CType, type FuncType } from "./types.ts";

export function parse(tokens: Token[], opts: { file: string; pragmas: unknown; preamble?: ParseHook }): { unit: Unit; diagnostics: Diagnostic[] } {
  const p = new Parser(tokens, opts.file, opts.pragmas);
  const hook = opts.preamble;
  if (hook?.resume) restoreParser(p, hook.resume, hook.at);
  try {
    parseUnit(p, hook?.save ? hook : undefined);
  } catch (e) {
    // A safety net: the depth bound should make this unreachable.
    if (!(e instanceof RangeError)) throw e;
    p.error(p.loc(), "program is nested too deeply");
  }
  // Inline asm in a function that is compiled: reachable from an emitted function (not a static
  // function of a header that no program calls, directly or through other unused inlines).
  if (p.pendingAsm.size) {
    const live = reachable(p);
    for (const [fn, errs] of p.pendingAsm) {
      if (live.has(fn)) for (const d of errs) p.diags.push(diagAt("error", d.message.startsWith("inline") ? "asm" : "cc", d.message, d.loc));
    }
  }
  return { unit: { globals: p.globals, funcs: p.funcs }, diagnostics: p.diags };
}

/** Functions clang emits: non-static, in a section, or named at file scope, and all they reference. */
function reachable(p: Parser): Set<FuncSym> {
  const live = new Set<FuncSym>();
  const work: FuncSym[] = [];
  const add = (f: FuncSym): void => {
    if (live.has(f)) return;
    live.add(f);
    work.push(f);
  };
  for (const f of p.funcs) if (!f.isStatic || f.section) add(f);
  for (const f of p.used) add(f);
  // Each function is pushed once, so this ends after at most |funcs| steps.
  while (work.length) for (const g of p.refs.get(work.pop()!) ?? []) add(g);
  return live;
}

/** `hook`: saves the state where a declaration starts at the preamble's end (preamble.ts). */
function parseUnit(p: Parser, hook?: ParseHook): void {
  while (p.t.kind !== "eof") {
    const start = p.pos;
    if (hook?.save && start === hook.at) {
      const s = saveParser(p);
      if (s) hook.save(s);
      hook = undefined;
    }
    try {
      if (p.consume(";")) continue;
      if (p.is("_Static_assert") || p.is("static_assert")) {
        parseStaticAssert(p);
        continue;
      }
      if ((p.is("asm") || p.is("__asm__")) && p.peek().text === "(") {
        p.fail(p.loc(), "inline assembly is not supported in BPF programs");
      }
      parseDeclaration(p, undefined);
    } catch (e) {
      if (!(e instanceof Resync)) throw e;
      p.skipToSync(start);
      if (p.is("}")) p.next();
    }
  }
}

const isAggregate = (t: CType): boolean => t.kind === "array" || t.kind === "struct" || t.kind === "union";
function isConstObject(t: CType): boolean {
  if (t.kind === "array") return isConstObject(t.of);
  return !!t.const;
}

/** A declaration (file scope when `out` is undefined, else into a block's statements). */
export function parseDeclaration(p: Parser, out: Stmt[] | undefined): void {
  if (p.is("_Static_assert") || p.is("static_assert")) {
    parseStaticAssert(p);
    return;
  }
  const spec = parseDeclSpec(p);
  if (!spec) {
    const t = p.t;
    if (t.kind === "ident" && (p.peek().kind === "ident" || p.peek().text === "*")) p.fail(p.loc(t), `unknown type name '${t.text}'`);
    p.fail(p.loc(t), out ? "expected expression" : "expected external declaration");
  }
  if (!spec.typed && spec.storage !== "typedef") {
    if (p.t.kind === "ident" || p.is("*")) p.error(spec.loc, "type specifier missing, defaults to 'int'; ISO C99 and later do not support implicit int");
  }
  if (p.consume(";")) return;
  for (let first = true; ; first = false) {
    const attrs: Attrs = { ...spec.attrs, names: [...spec.attrs.names] };
    const d = parseDeclarator(p, spec.type, attrs, false);
    const name = d.name!;
    if (spec.storage === "typedef") {
      declareTypedef(p, name, d.type, d.nameLoc);
    } else if (d.type.kind === "func") {
      const fn = declareFunc(p, name, d.type, spec, attrs, d.nameLoc);
      if (first && p.is("{")) {
        if (out) p.fail(p.loc(), "function definition is not allowed here");
        defineFunc(p, fn, d.type, d.nameLoc);
        return;
      }
    } else if (!out || spec.storage === "static" || spec.storage === "extern") {
      declareGlobal(p, name, d.type, spec, attrs, d.nameLoc, !!out);
    } else {
      declareLocal(p, name, d.type, spec, d.nameLoc, out);
    }
    if (!p.consume(",")) break;
  }
  if (out) {
    if (!p.consume(";")) p.fail(p.afterPrev(), "expected ';' at end of declaration");
  } else p.expect(";", "top level declarator");
}

function declareTypedef(p: Parser, name: string, type: CType, loc: Loc): void {
  const scope = p.scopes[p.scopes.length - 1];
  const old = scope.names.get(name);
  const t: CType = derive(type, { typedefName: name });
  if (old) {
    if (old.kind !== "typedef" || !compatible(old.type, type)) p.error(loc, old.kind === "typedef" ? `typedef redefinition with different types (${typeName(t)} vs ${typeName(old.type)})` : `redefinition of '${name}' as different kind of symbol`);
    if (old.kind === "typedef") return;
  }
  scope.names.set(name, { kind: "typedef", type: t });
}

function declareFunc(p: Parser, name: string, type: FuncType, spec: DeclSpec, attrs: Attrs, loc: Loc): FuncSym {
  const old = p.scopes[0].names.get(name);
  if (old?.kind === "func") {
    const sym = old.sym as { -readonly [K in keyof FuncSym]: FuncSym[K] };
    if (!compatible(old.sym.type, type)) p.error(loc, `conflicting types for '${name}'`);
    if (attrs.section && !sym.section) sym.section = attrs.section;
    if (attrs.alwaysInline) sym.inline = "always";
    if (attrs.noinline) sym.inline = "never";
    if (!old.sym.body) {
      sym.type = type;
      const decls = paramDecls.get(type);
      if (decls) sym.params = decls.map((d, k) => ({ kind: "var", name: d.name ?? `.arg${k}`, type: d.type, storage: "param", id: p.nextId++, loc: d.loc, addressTaken: false }));
    }
    if (p.scopes.length > 1) p.declare(name, old);
    return old.sym;
  }
  if (old) p.error(loc, `redefinition of '${name}' as different kind of symbol`);
  const decls = paramDecls.get(type) ?? type.params.map((t) => ({ name: undefined, loc, type: t }));
  const sym: FuncSym = {
    kind: "func",
    name,
    type,
    id: p.nextId++,
    loc,
    params: decls.map((d, k) => ({ kind: "var", name: d.name ?? `.arg${k}`, type: d.type, storage: "param", id: p.nextId++, loc: d.loc, addressTaken: false, ...("declTags" in d && d.declTags ? { declTags: d.declTags } : {}) })),
    ...(attrs.section !== undefined ? { section: attrs.section } : {}),
    inline: attrs.alwaysInline ? "always" : attrs.noinline ? "never" : "default",
    isStatic: spec.storage === "static",
    locals: [],
  };
  p.funcs.push(sym);
  p.scopes[0].names.set(name, { kind: "func", sym });
  if (p.scopes.length > 1) p.declare(name, { kind: "func", sym });
  return sym;
}

function defineFunc(p: Parser, sym: FuncSym, type: FuncType, loc: Loc): void {
  if (sym.body) p.error(loc, `redefinition of '${sym.name}'`);
  // A static or always_inline one may be inlined, its variable arguments unread, as clang does:
  // the code generator refuses it if it has to be a function of its own.
  if (type.variadic && !(sym.isStatic || sym.inline === "always")) p.error(loc, VARIADIC);
  const ret = type.ret;
  if ((ret.kind === "struct" || ret.kind === "union") && !ret.def.complete) p.error(loc, `incomplete result type ${typeName(ret)} in function definition`);
  if (ret.kind === "float") p.error(loc, "floating point is not supported by the BPF target");
  p.fn = { sym, labels: new Map(), gotos: [], loops: 0, switches: [], deferred: [] };
  p.enter();
  for (const param of sym.params) {
    if (param.name.startsWith(".arg") && type.params.length) p.error(param.loc, "parameter name omitted");
    if (param.type.kind === "float") p.error(param.loc, "floating point is not supported by the BPF target");
    if ((param.type.kind === "struct" || param.type.kind === "union") && !param.type.def.complete) p.error(param.loc, `variable has incomplete type ${typeName(param.type)}`);
    if (isAggregate(param.type)) param.addressTaken = true;
    p.declare(param.name, { kind: "var", sym: param });
  }
  try {
    sym.body = parseBlock(p);
  } finally {
    p.leave();
    const fn = p.fn;
    p.fn = undefined;
    for (const g of fn.gotos) if (!fn.labels.has(g.name)) p.error(g.loc, `use of undeclared label '${g.name}'`);
    if (fn.deferred.length) p.pendingAsm.set(sym, fn.deferred);
  }
}

function sectionOf(type: CType, attrs: Attrs, bytes: Uint8Array | undefined, relocated: boolean): string {
  if (attrs.section !== undefined) return attrs.section;
  if (isConstObject(type)) return ".rodata";
  // An address is not zero (clang keeps a relocated variable out of .bss even with addend 0).
  if (relocated || (bytes && bytes.some((b) => b !== 0))) return ".data";
  return ".bss";
}

function attrList(attrs: Attrs): string[] {
  const out: string[] = [];
  if (attrs.weak) out.push("weak");
  if (attrs.section === ".ksyms") out.push("__ksym");
  if (attrs.section === ".kconfig") out.push("__kconfig");
  if (attrs.aligned) out.push(`aligned(${attrs.aligned})`);
  return out;
}

type MutVar = { -readonly [K in keyof VarSym]: VarSym[K] };

function declareGlobal(p: Parser, name: string, type: CType, spec: DeclSpec, attrs: Attrs, loc: Loc, inFunction: boolean): void {
  const isExtern = spec.storage === "extern";
  const isStatic = spec.storage === "static";
  if (type.kind === "float" || (type.kind === "array" && type.of.kind === "float")) p.error(loc, "floating point is not supported by the BPF target");
  if (type.kind === "void") p.error(loc, `variable has incomplete type 'void'`);
  const globalName = inFunction && !isExtern ? `${p.fn?.sym.name ?? ""}.${name}` : name;
  const fileScope = p.scopes[0];
  let sym: MutVar | undefined;
  const old = inFunction && !isExtern ? undefined : fileScope.names.get(name);
  if (old) {
    if (old.kind !== "var") p.error(loc, `redefinition of '${name}' as different kind of symbol`);
    else {
      sym = old.sym as MutVar;
      if (!compatible(old.sym.type, type)) p.error(loc, `redefinition of '${name}' with a different type: ${typeName(type)} vs ${typeName(old.sym.type)}`);
      else if (type.kind === "array" && type.len !== undefined) sym.type = type;
    }
  }
  if (!sym) {
    sym = { kind: "var", name: globalName, type, storage: isExtern ? "extern" : "global", id: p.nextId++, loc, addressTaken: true, isStatic: isStatic || inFunction };
  }
  if (!isExtern && sym.storage === "extern") sym.storage = "global";
  if (attrs.section !== undefined) sym.section = attrs.section;
  const al = attrList(attrs);
  if (al.length) sym.attrs = [...(sym.attrs ?? []), ...al];
  if (inFunction) p.declare(name, { kind: "var", sym });
  else if (!old) fileScope.names.set(name, { kind: "var", sym });
  let helper = false;
  if (p.consume("=")) {
    if (sym.init) p.error(loc, `redefinition of '${name}'`);
    if (type.kind === "ptr" && type.to.kind === "func") {
      // libbpf's helper declarations: `static long (*name)(...) = (void *) ID;`
      const e = parseAssign(p);
      const v = constValue(rvalue(e));
      if (v !== undefined && v > 0n) {
        p.helpers.set(sym as VarSym, Number(v));
        helper = true;
      } else {
        const c = assignConv(p, e, type, "init", loc);
        if (v === 0n) sym.init = new Uint8Array(8);
        else if (c.type !== ERR) p.error(e.loc, "a global function pointer initialised with a function's address is not supported");
      }
    } else {
      const r = parseGlobalInit(p, type, loc);
      sym.type = r.type;
      sym.init = r.bytes;
      if (r.relocs.length) sym.initRelocs = r.relocs;
    }
  }
  if (helper) return;
  if (!isExtern && (sym.type.kind === "struct" || sym.type.kind === "union") && !sym.type.def.complete) p.error(loc, `variable has incomplete type ${typeName(sym.type)}`);
  if (!isExtern && !sym.init && sym.type.kind === "array" && sym.type.len === undefined && !inFunction) {
    // A tentative definition of an unsized array gets one element, as clang warns.
    sym.type = { ...sym.type, len: 1 };
  }
  if (sym.storage === "global") sym.section = sectionOf(sym.type, attrs.section !== undefined ? attrs : { ...attrs, section: sym.section }, sym.init, !!sym.initRelocs);
  if (sym.storage === "global" && !sym.init) sym.init = new Uint8Array(sizeOf(sym.type));
  if (!p.globals.includes(sym as VarSym)) p.globals.push(sym as VarSym);
}

function declareLocal(p: Parser, name: string, type: CType, spec: DeclSpec, loc: Loc, out: Stmt[]): void {
  const fn = p.fn!;
  if (type.kind === "float" || (type.kind === "array" && type.of.kind === "float")) p.error(loc, "floating point is not supported by the BPF target");
  if (type.kind === "void") p.error(loc, "variable has incomplete type 'void'");
  const scope = p.scopes[p.scopes.length - 1];
  if (scope.names.has(name)) p.error(loc, `redefinition of '${name}'`);
  const sym: MutVar = { kind: "var", name, type, storage: "local", id: p.nextId++, loc, addressTaken: isAggregate(type) };
  void spec;
  p.declare(name, { kind: "var", sym });
  fn.sym.locals.push(sym as VarSym);
  if (p.consume("=")) {
    const r = parseLocalInit(p, type, loc);
    sym.type = r.type;
    out.push({ kind: "decl", sym: sym as VarSym, init: r.init, loc });
  } else {
    out.push({ kind: "decl", sym: sym as VarSym, loc });
  }
  const t = sym.type;
  if ((t.kind === "struct" || t.kind === "union") && !t.def.complete) p.error(loc, `variable has incomplete type ${typeName(t)}`);
  if (t.kind === "array" && t.len === undefined) p.error(loc, `definition of variable with array type needs an explicit size or an initializer`);
}
