// Statements and blocks, with scopes, loop and switch contexts, labels checked at the end of the
// function, and error recovery: a syntax error skips to the next `;` or `}` and parsing goes on.

import type { Expr, Loc, Stmt, SwitchCase } from "./ast.ts";
import { ERR, typeName } from "./check_types.ts";
import { assignConv, castTo, promote, rvalue } from "./check_conv.ts";
import { bytesText, stringBytes } from "./literal.ts";
import { isTypeStart } from "./parse_decl.ts";
import { constInt, errExpr } from "./check_ops.ts";
import { parseExpr } from "./parse_expr.ts";
import { parseDeclaration } from "./parse.ts";
import { Resync, type Parser } from "./parse_state.ts";
import { spanLoc } from "./token.ts";
import { isScalar, isInteger, type CType } from "./types.ts";

export function parseStaticAssert(p: Parser): void {
  const kw = p.next();
  p.expect("(");
  const e = parseCondExpr(p);
  let msg = "";
  if (p.consume(",")) while (p.t.kind === "str") msg += bytesText(stringBytes(p.next().text).bytes);
  p.expect(")");
  p.expect(";", "static_assert");
  const v = constInt(p, e, "static assertion");
  if (v === 0n) p.error(p.loc(kw), `static assertion failed${msg ? ": " + msg : ""}`);
}

function parseCondExpr(p: Parser): Expr {
  return parseCondOnly(p);
}

/** A condition of if/while/for: a scalar value. */
function condition(p: Parser, e: Expr): Expr {
  const r = rvalue(e);
  if (r.type !== ERR && !isScalar(r.type)) {
    p.error(e.loc, `statement requires expression of scalar type (${typeName(r.type)} invalid)`);
    return errExpr(e.loc);
  }
  return r;
}

function parenCond(p: Parser): Expr {
  p.expect("(");
  const e = condition(p, parseExpr(p));
  p.expect(")");
  return e;
}

/** `{ ... }` with its own scope. */
export function parseBlock(p: Parser): Stmt {
  const open = p.next();
  p.enter();
  const body = blockItems(p);
  const close = p.loc();
  p.expect("}");
  p.leave();
  return { kind: "block", body, loc: spanLoc(p.loc(open), close) };
}

function blockItems(p: Parser): Stmt[] {
  const body: Stmt[] = [];
  for (let guard = 0; !p.is("}") && p.t.kind !== "eof" && guard < 10_000_000; guard++) {
    const start = p.pos;
    try {
      unknownTypeName(p);
      if (isDeclarationStart(p)) parseDeclaration(p, body);
      else body.push(parseStmt(p));
    } catch (e) {
      if (!(e instanceof Resync)) throw e;
      p.skipToSync(start);
    }
  }
  return body;
}

/**
 * `foo_t x;` with foo_t undeclared: in a function clang reports the undeclared identifier once and
 * skips the statement (`foo_t *x;` is an expression to it, and reads on).
 */
function unknownTypeName(p: Parser): void {
  const t = p.t;
  if (t.kind !== "ident" || p.lookup(t.text) || isTypeStart(p)) return;
  const n = p.peek();
  if (n.kind === "ident" && !n.text.startsWith("__attribute") && !KEYWORDS.has(t.text) && !KEYWORDS.has(n.text)) p.fail(p.loc(t), `use of undeclared identifier '${t.text}'`);
}

const KEYWORDS = new Set(["if", "while", "do", "for", "switch", "case", "default", "break", "continue", "return", "goto", "sizeof", "else", "asm", "__asm__", "__asm"]);

function isDeclarationStart(p: Parser): boolean {
  if (p.is("_Static_assert") || p.is("static_assert")) return true;
  if (!isTypeStart(p)) return false;
  // `T:` is a label even when T names a type.
  return !(p.t.kind === "ident" && p.peek().text === ":" && p.peek().kind === "punct");
}

export function parseStmt(p: Parser): Stmt {
  p.deeper();
  try {
    return parseStmtInner(p);
  } finally {
    p.depth--;
  }
}

function parseStmtInner(p: Parser): Stmt {
  const t = p.t;
  const loc = p.loc(t);
  const fn = p.fn!;
  if (t.kind === "punct") {
    if (t.text === "{") return parseBlock(p);
    if (t.text === ";") {
      p.next();
      return { kind: "empty", loc };
    }
  }
  if (t.kind === "ident") {
    switch (t.text) {
      case "if": {
        p.next();
        const cond = parenCond(p);
        const then = parseStmt(p);
        const els = p.consume("else") ? parseStmt(p) : undefined;
        return { kind: "if", cond, then, ...(els ? { else: els } : {}), loc };
      }
      case "while": {
        p.next();
        const cond = parenCond(p);
        const body = loopBody(p, fn);
        return { kind: "while", cond, body, ...(t.unroll !== undefined ? { unroll: t.unroll } : {}), loc };
      }
      case "do": {
        p.next();
        const body = loopBody(p, fn);
        if (!p.consume("while")) p.fail(p.loc(), "expected 'while' in do/while loop");
        const cond = parenCond(p);
        p.expect(";", "do/while statement");
        return { kind: "dowhile", body, cond, ...(t.unroll !== undefined ? { unroll: t.unroll } : {}), loc };
      }
      case "for": {
        p.next();
        p.expect("(");
        p.enter();
        let init: Stmt | undefined;
        if (isDeclarationStart(p)) {
          const decls: Stmt[] = [];
          parseDeclaration(p, decls);
          init = decls.length === 1 ? decls[0] : { kind: "block", body: decls, loc: p.loc() };
        } else if (!p.consume(";")) {
          const e = parseExpr(p);
          init = { kind: "expr", expr: e, loc: e.loc };
          p.expect(";", "expression");
        }
        const cond = p.is(";") ? undefined : condition(p, parseExpr(p));
        p.expect(";", "expression");
        const step = p.is(")") ? undefined : parseExpr(p);
        p.expect(")");
        const body = loopBody(p, fn);
        p.leave();
        return { kind: "for", ...(init ? { init } : {}), ...(cond ? { cond } : {}), ...(step ? { step } : {}), body, ...(t.unroll !== undefined ? { unroll: t.unroll } : {}), loc };
      }
      case "switch":
        return parseSwitch(p, loc);
      case "case":
      case "default":
        return parseCase(p, loc);
      case "break":
        p.next();
        if (fn.loops === 0 && fn.switches.length === 0 && !(fn as { breakable?: number }).breakable) p.error(loc, "'break' statement not in loop or switch statement");
        p.expect(";", "break statement");
        return { kind: "break", loc };
      case "continue":
        p.next();
        if (fn.loops === 0) p.error(loc, "'continue' statement not in loop statement");
        p.expect(";", "continue statement");
        return { kind: "continue", loc };
      case "return": {
        p.next();
        const ret = fn.sym.type.ret;
        if (p.consume(";")) {
          if (ret.kind !== "void") p.error(loc, `non-void function '${fn.sym.name}' should return a value`);
          return { kind: "return", loc };
        }
        const e = parseExpr(p);
        p.expect(";", "return statement");
        if (ret.kind === "void") {
          if (rvalue(e).type.kind !== "void") p.error(loc, `void function '${fn.sym.name}' should not return a value`);
          return { kind: "return", loc };
        }
        return { kind: "return", value: assignConv(p, e, ret, "return", e.loc), loc };
      }
      case "goto": {
        p.next();
        if (p.is("*")) p.fail(loc, "indirect goto is not supported in BPF programs");
        const name = p.next();
        if (name.kind !== "ident") p.fail(p.loc(name), "expected identifier");
        fn.gotos.push({ name: name.text, loc: p.loc(name) });
        p.expect(";", "goto statement");
        return { kind: "goto", name: name.text, loc };
      }
      case "asm":
      case "__asm__":
      case "__asm": {
        p.next();
        while (p.is("volatile") || p.is("__volatile__") || p.is("goto") || p.is("inline")) p.next();
        if (!p.is("(")) p.fail(p.loc(), "expected '(' after 'asm'");
        // An empty template (barrier(), barrier_var()) emits nothing: only a compiler barrier.
        let k = 1;
        let template = "";
        while (p.peek(k).kind === "str") template += bytesText(stringBytes(p.peek(k++).text).bytes);
        const empty = k > 1 && template.trim() === "";
        let depth = 0;
        do {
          const u = p.next();
          if (u.text === "(") depth++;
          else if (u.text === ")") depth--;
          if (u.kind === "eof") break;
        } while (depth > 0);
        p.expect(";", "asm statement");
        if (!empty) fn.deferred.push({ loc, message: "inline assembly is not supported in BPF programs" });
        return { kind: "empty", loc };
      }
      case "_Static_assert":
      case "static_assert":
        parseStaticAssert(p);
        return { kind: "empty", loc };
    }
    if (p.peek().text === ":" && p.peek().kind === "punct") {
      p.next();
      p.next();
      if (fn.labels.has(t.text)) p.error(loc, `redefinition of label '${t.text}'`);
      fn.labels.set(t.text, loc);
      const body = p.is("}") ? ({ kind: "empty", loc } as Stmt) : parseStmt(p);
      return { kind: "label", name: t.text, body, loc };
    }
  }
  const e = parseExpr(p);
  if (!p.consume(";")) p.fail(p.afterPrev(), "expected ';' after expression");
  return { kind: "expr", expr: e, loc: e.loc };
}

function loopBody(p: Parser, fn: NonNullable<Parser["fn"]>): Stmt {
  fn.loops++;
  const saved = fn.switches.splice(0);
  try {
    return parseStmt(p);
  } finally {
    fn.loops--;
    fn.switches.push(...saved);
  }
}

function parseSwitch(p: Parser, loc: Loc): Stmt {
  const fn = p.fn!;
  p.next();
  p.expect("(");
  const raw = parseExpr(p);
  p.expect(")");
  let value = promote(raw);
  if (value.type !== ERR && !isInteger(value.type)) {
    p.error(loc, `statement requires expression of integer type (${typeName(value.type)} invalid)`);
    value = errExpr(raw.loc);
  }
  const ctx = { cases: [] as SwitchCase[], default: undefined as SwitchCase | undefined, type: value.type, seen: new Map<bigint, Loc>() };
  fn.switches.push(ctx);
  const savedLoops = fn.loops;
  // `continue` inside a switch still belongs to the enclosing loop; `break` to the switch.
  let body: Stmt;
  try {
    body = parseStmt(p);
  } finally {
    fn.switches.pop();
    fn.loops = savedLoops;
  }
  return { kind: "switch", value, body, cases: ctx.cases, ...(ctx.default ? { default: ctx.default } : {}), loc };
}

function parseCase(p: Parser, loc: Loc): Stmt {
  const fn = p.fn!;
  const kw = p.next();
  const sw = fn.switches[fn.switches.length - 1];
  let label: SwitchCase;
  if (kw.text === "case") {
    const e = parseCondExprNoComma(p);
    let v = constInt(p, e, "case");
    // GNU `case lo ... hi:` becomes one label per value (nested), bounded.
    if (p.consume("...")) {
      const hiExpr = parseCondExprNoComma(p);
      const hi = constInt(p, hiExpr, "case");
      if (!p.consume(":")) p.fail(p.afterPrev(), "expected ':' after 'case'");
      if (v !== undefined && hi !== undefined) {
        if (hi < v) p.warn(hiExpr.loc, "empty case range specified");
        else if (hi - v >= 1024n) p.error(loc, "case range of more than 1024 values is not supported");
        else {
          const labels: SwitchCase[] = [];
          for (let x = v; x <= hi; x++) labels.push(caseLabel(p, sw, e, x, loc));
          let body: Stmt = p.is("}") ? ({ kind: "empty", loc } as Stmt) : parseStmt(p);
          for (let k = labels.length - 1; k >= 0; k--) body = { kind: "case", label: labels[k], body, loc };
          return body;
        }
      }
      const body = p.is("}") ? ({ kind: "empty", loc } as Stmt) : parseStmt(p);
      return { kind: "case", label: { id: p.caseId++, value: 0n }, body, loc };
    }
    if (!p.consume(":")) p.fail(p.afterPrev(), "expected ':' after 'case'");
    if (sw && v !== undefined && sw.type !== ERR) {
      v = (castTo({ kind: "num", type: e.type, value: v, loc: e.loc }, sw.type as CType) as { value: bigint }).value;
      if (sw.seen.has(v)) p.error(e.loc, `duplicate case value '${v}'`);
      sw.seen.set(v, e.loc);
    }
    label = { id: p.caseId++, value: v ?? 0n };
    if (sw) sw.cases.push(label);
  } else {
    if (!p.consume(":")) p.fail(p.afterPrev(), "expected ':' after 'default'");
    label = { id: p.caseId++ };
    if (sw?.default) p.error(loc, "multiple default labels in one switch");
    else if (sw) sw.default = label;
  }
  if (!sw) p.error(loc, `'${kw.text}' statement not in switch statement`);
  const body = p.is("}") ? ({ kind: "empty", loc } as Stmt) : parseStmt(p);
  return { kind: "case", label, body, loc };
}

/** A `case` label for value `v` (already folded) around `body`. */
function caseLabel(p: Parser, sw: SwitchCtxT | undefined, e: Expr, v: bigint, loc: Loc): SwitchCase {
  let value = v;
  if (sw && sw.type !== ERR) {
    value = (castTo({ kind: "num", type: e.type, value: v, loc: e.loc }, sw.type as CType) as { value: bigint }).value;
    if (sw.seen.has(value)) p.error(e.loc, `duplicate case value '${value}'`);
    sw.seen.set(value, e.loc);
  }
  const label: SwitchCase = { id: p.caseId++, value };
  sw?.cases.push(label);
  if (!sw && v === value) p.error(loc, "'case' statement not in switch statement");
  return label;
}

type SwitchCtxT = NonNullable<Parser["fn"]>["switches"][number];

function parseCondExprNoComma(p: Parser): Expr {
  return parseCondOnly(p);
}

import { parseCond as parseCondOnly } from "./parse_expr.ts";

/** `({ ... })`: a block whose last expression statement is the value. */
export function parseStmtExpr(p: Parser, loc: Loc): Expr {
  if (!p.fn) p.fail(loc, "statement expression not allowed at file scope");
  p.next();
  p.enter();
  const body = blockItems(p);
  p.expect("}");
  p.leave();
  const last = body[body.length - 1];
  if (last?.kind === "expr") {
    body.pop();
    const result = rvalue(last.expr);
    return { kind: "stmtexpr", type: result.type, body, result, loc: spanLoc(loc, p.loc()) };
  }
  return { kind: "stmtexpr", type: { kind: "void" }, body, loc: spanLoc(loc, p.loc()) };
}
