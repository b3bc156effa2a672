// struct, union and enum specifiers: tags in scope, forward declarations completed later, member
// lists with bitfields and anonymous members laid out by layout.ts, enumerators as constants.

import { setUnnamedAt } from "./check_types.ts";
import { layoutRecord, type FieldDecl } from "./layout.ts";
import { newAttrs, parseAttributes, type Attrs } from "./parse_attr.ts";
import { parseDeclarator, parseDeclSpec } from "./parse_decl.ts";
import { constInt } from "./check_ops.ts";
import { parseCond } from "./parse_expr.ts";
import { parseStaticAssert } from "./parse_stmt.ts";
import type { Parser } from "./parse_state.ts";
import { INT, isInteger, sizeOf, type CType, type RecordDef } from "./types.ts";

export function parseRecord(p: Parser, outer: Attrs): CType {
  const kw = p.next();
  const kind = kw.text as "struct" | "union";
  const attrs = newAttrs();
  parseAttributes(p, attrs);
  let tag: string | undefined;
  let tagTok = kw;
  if (p.t.kind === "ident" && !p.is("__attribute__")) {
    tagTok = p.next();
    tag = tagTok.text;
  }
  parseAttributes(p, attrs);
  const scope = p.scopes[p.scopes.length - 1];
  if (!p.is("{")) {
    if (!tag) p.fail(p.loc(), `declaration of anonymous ${kind} must be a definition`);
    // `struct foo;` alone declares the tag here; otherwise an existing tag is used.
    const alone = p.is(";");
    const found = alone ? scope.tags.get(tag) : p.lookupTag(tag);
    if (found) {
      if (found.kind !== kind) p.error(p.loc(tagTok), `use of '${tag}' with tag type that does not match previous declaration`);
      return found;
    }
    const t: CType = { kind, def: newDef(p, kind, tag) };
    // A tag first met in a parameter list or body still names the one type of the unit, as clang warns.
    scope.tags.set(tag, t);
    return t;
  }
  let type = tag ? scope.tags.get(tag) : undefined;
  if (type && (type.kind !== kind || (type as { def: RecordDef }).def.complete)) {
    if (type.kind === kind) p.error(p.loc(tagTok), `redefinition of '${tag}'`);
    type = undefined;
  }
  if (!type) {
    type = { kind, def: newDef(p, kind, tag) };
    if (tag) scope.tags.set(tag, type);
    else setUnnamedAt(type.def, kw);
  }
  const def = (type as { def: RecordDef }).def;
  const pack = p.packHere();
  p.next();
  const fields: FieldDecl[] = [];
  const names = new Set<string>();
  const addName = (n: string | undefined, loc: import("./ast.ts").Loc): void => {
    if (n === undefined) return;
    if (names.has(n)) p.error(loc, `duplicate member '${n}'`);
    names.add(n);
  };
  for (let guard = 0; !p.is("}") && guard < 1_000_000; guard++) {
    if (p.t.kind === "eof") p.fail(p.loc(), "expected '}'");
    if (p.consume(";")) continue;
    if (p.is("_Static_assert") || p.is("static_assert")) {
      parseStaticAssert(p);
      continue;
    }
    const spec = parseDeclSpec(p);
    if (!spec) p.fail(p.loc(), p.t.kind === "ident" ? `unknown type name '${p.t.text}'` : "expected member name or ';' after declaration specifiers");
    if (p.is(";") && (spec.type.kind === "struct" || spec.type.kind === "union")) {
      // An anonymous struct or union member: its members are found through it. A tagged or
      // typedef'd one declares nothing here (that is Microsoft's extension, off in clang).
      if (spec.type.def.tag !== undefined || spec.type.typedefName) {
        p.warn(spec.loc, "declaration does not declare anything");
        p.next();
        continue;
      }
      p.next();
      for (const m of allNames(spec.type)) addName(m, spec.loc);
      fields.push({ type: spec.type, aligned: spec.attrs.aligned, packed: spec.attrs.packed });
      continue;
    }
    for (;;) {
      // The member's own attributes; the specifiers' ones apply too.
      const fattrs: Attrs = { names: [] };
      let name: string | undefined;
      let t = spec.type;
      let nameLoc = spec.loc;
      if (!p.is(":")) {
        const d = parseDeclarator(p, spec.type, fattrs, false);
        name = d.name;
        t = d.type;
        nameLoc = d.nameLoc;
      }
      let bitWidth: number | undefined;
      if (p.consume(":")) {
        const e = parseCond(p);
        const v = constInt(p, e, "bit-field");
        bitWidth = Number(v ?? 1n);
        if (!isInteger(t)) p.error(nameLoc, `bit-field '${name ?? "(anonymous)"}' has non-integral type ${JSON.stringify(t.kind)}`);
        else if (v !== undefined && (v < 0n || v > BigInt(sizeOf(t) * 8)))
          p.error(e.loc, `width of bit-field '${name ?? "(anonymous)"}' (${v} bits) exceeds the width of its type (${sizeOf(t) * 8} bits)`);
        else if (v === 0n && name !== undefined) p.error(nameLoc, `named bit-field '${name}' has zero width`);
      }
      parseAttributes(p, fattrs);
      if (t.kind === "func") p.error(nameLoc, `field '${name}' declared as a function`);
      else if (t.kind === "void" || ((t.kind === "struct" || t.kind === "union") && !t.def.complete))
        p.error(nameLoc, `field has incomplete type ${t.kind === "void" ? "'void'" : `'${t.kind} ${t.def.tag ?? ""}'`}`);
      addName(name, nameLoc);
      fields.push({ name, type: t, bitWidth, aligned: fattrs.aligned ?? spec.attrs.aligned, packed: fattrs.packed || spec.attrs.packed });
      if (!p.consume(",")) break;
    }
    p.expect(";", "declaration list");
  }
  p.expect("}");
  parseAttributes(p, attrs);
  // Attributes of the whole declaration (`struct x {..} __attribute__((packed)) v;`) apply too.
  const packed = !!attrs.packed || !!outer.packed;
  const layout = layoutRecord(kind, fields, packed, attrs.aligned, pack);
  def.members = layout.members;
  def.size = layout.size;
  def.align = layout.align;
  def.packed = packed;
  def.complete = true;
  return type;
}

function newDef(p: Parser, kind: "struct" | "union", tag: string | undefined): RecordDef {
  return { kind, tag, complete: false, members: [], size: 0, align: 1, packed: false, id: p.recordId++ };
}

function* allNames(t: CType): Generator<string> {
  if (t.kind !== "struct" && t.kind !== "union") return;
  for (const m of t.def.members) {
    if (m.name !== undefined) yield m.name;
    else yield* allNames(m.type);
  }
}

export function parseEnum(p: Parser, _outer: Attrs): CType {
  const kw = p.next();
  const attrs = newAttrs();
  parseAttributes(p, attrs);
  let tag: string | undefined;
  if (p.t.kind === "ident" && !p.is("__attribute__")) tag = p.next().text;
  parseAttributes(p, attrs);
  if (p.consume(":")) {
    // C23 fixed underlying type: read and ignore (the values decide the size below).
    parseDeclSpec(p);
  }
  if (!p.is("{")) {
    if (!tag) p.fail(p.loc(), "expected identifier or '{'");
    const found = p.lookupTag(tag);
    if (found) return found;
    const t: CType = { kind: "enum", tag, size: 4, signed: false };
    p.scopes[p.scopes.length - 1].tags.set(tag, t);
    return t;
  }
  p.next();
  const consts: { name: string; value: bigint; loc: import("./ast.ts").Loc }[] = [];
  let next = 0n;
  for (let guard = 0; !p.is("}") && guard < 1_000_000; guard++) {
    const nameTok = p.next();
    if (nameTok.kind !== "ident") p.fail(p.loc(nameTok), "expected identifier");
    parseAttributes(p, newAttrs());
    if (p.consume("=")) {
      const e = parseCond(p);
      const v = constInt(p, e, "enumerator");
      if (v !== undefined) next = v;
    }
    consts.push({ name: nameTok.text, value: next, loc: p.loc(nameTok) });
    // Declared at once: a later enumerator's value may use it.
    if (p.scopes[p.scopes.length - 1].names.has(nameTok.text)) p.error(p.loc(nameTok), `redefinition of enumerator '${nameTok.text}'`);
    p.declare(nameTok.text, { kind: "enumconst", value: next, type: INT });
    next++;
    if (!p.consume(",")) break;
  }
  p.expect("}");
  parseAttributes(p, attrs);
  let min = 0n;
  let max = 0n;
  for (const c of consts) {
    if (c.value < min) min = c.value;
    if (c.value > max) max = c.value;
  }
  const signed = min < 0n;
  const fits32 = signed ? min >= -(1n << 31n) && max < 1n << 31n : max < 1n << 32n;
  const packed = !!attrs.packed;
  let size: 4 | 8 = fits32 ? 4 : 8;
  if (packed) size = 4; // packed enums shrink to the smallest type; BPF programs do not use them
  const type: CType = { kind: "enum", tag, size, signed };
  if (!tag) setUnnamedAt(type, kw);
  if (tag) p.scopes[p.scopes.length - 1].tags.set(tag, type);
  // Enumerators that do not fit int take the enum's type, as clang does.
  for (const c of consts) {
    const fitsInt = c.value >= -(1n << 31n) && c.value < 1n << 31n;
    if (!fitsInt) p.declare(c.name, { kind: "enumconst", value: c.value, type });
  }
  return type;
}
