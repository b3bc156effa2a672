// Conditional inclusion: the #if family of directives, the groups not taken (skipped by a scan
// over the file's tokens, never expanded), and #if's operators (`defined`, __has_include,
// __has_builtin, ...) before its expression goes to preprocess_expr.ts.

import { BUILTIN_FUNCTIONS, KNOWN_ATTRIBUTES } from "./builtin_names.ts";
import { BITOP_BUILTINS } from "./parse_bitops.ts";
import type { Preprocessor } from "./preprocess.ts";
import { headerName, resolve } from "./preprocess_include.ts";
import { PPExprError, evalPPExpr } from "./preprocess_expr.ts";
import { after, type Token } from "./token.ts";

/** `#if`, `#ifdef`, `#ifndef`, `#elif` (and `#elifdef`, `#elifndef`), `#else`, `#endif`. */
export function conditional(pp: Preprocessor, nameTok: Token, hash: Token): void {
  const ctx = pp.files[pp.files.length - 1];
  switch (nameTok.text) {
    case "if": {
      const v = condition(pp, pp.line(), nameTok);
      ctx.conds.push({ at: hash, taken: v, sawElse: false });
      if (!v) skip(pp);
      return;
    }
    case "ifdef":
    case "ifndef": {
      const l = pp.line();
      if (!l[0]) pp.err(after(nameTok), "macro name missing");
      else if (l[0].kind !== "ident") pp.err(l[0], "macro name must be an identifier");
      const v = pp.ex.macros.has(l[0]?.text ?? "") === (nameTok.text === "ifdef");
      ctx.conds.push({ at: hash, taken: v, sawElse: false });
      if (!v) skip(pp);
      return;
    }
    case "elif":
    case "elifdef":
    case "elifndef": {
      const c = ctx.conds[ctx.conds.length - 1];
      const l = pp.line();
      if (!c) return pp.err(nameTok, "#elif without #if");
      if (c.sawElse) pp.err(nameTok, "#elif after #else");
      if (c.taken) return skip(pp);
      let v: boolean;
      if (nameTok.text === "elif") v = condition(pp, l, nameTok);
      else v = pp.ex.macros.has(l[0]?.text ?? "") === (nameTok.text === "elifdef");
      c.taken = v;
      if (!v) skip(pp);
      return;
    }
    case "else": {
      pp.line();
      const c = ctx.conds[ctx.conds.length - 1];
      if (!c) return pp.err(nameTok, "#else without #if");
      if (c.sawElse) pp.err(nameTok, "#else after #else");
      c.sawElse = true;
      if (c.taken) return skip(pp);
      c.taken = true;
      return;
    }
    case "endif":
      pp.line();
      if (!ctx.conds.pop()) pp.err(nameTok, "#endif without #if");
      return;
  }
}

/** Skip a group not taken: up to the #elif/#else/#endif that closes it, left unread. */
export function skip(pp: Preprocessor): void {
  const f = pp.ex.topFile();
  if (!f) return;
  const toks = f.toks;
  let depth = 0;
  for (let i = f.i; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind === "eof") {
      f.i = i;
      return;
    }
    if (!(t.bol && t.kind === "punct" && t.text === "#")) continue;
    const d = toks[i + 1];
    if (d.bol) continue;
    const n = d.text;
    if (n === "if" || n === "ifdef" || n === "ifndef") depth++;
    else if (n === "endif") {
      if (depth === 0) {
        f.i = i;
        return;
      }
      depth--;
    } else if ((n === "elif" || n === "else" || n === "elifdef" || n === "elifndef") && depth === 0) {
      f.i = i;
      return;
    }
  }
}

/** Replace `defined X` and the __has_* operators by 0 or 1. */
export function operators(pp: Preprocessor, l: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < l.length; i++) {
    const t = l[i];
    if (t.kind !== "ident") {
      out.push(t);
      continue;
    }
    const one = (v: boolean, to: number): void => {
      out.push({ ...t, kind: "num", text: v ? "1" : "0" });
      i = to;
    };
    if (t.text === "defined") {
      if (l[i + 1]?.text === "(") {
        if (l[i + 2]?.kind !== "ident" || l[i + 3]?.text !== ")") {
          pp.err(l[i + 2] ?? t, "macro name must be an identifier");
          one(false, i + 3);
        } else one(pp.ex.macros.has(l[i + 2].text), i + 3);
      } else if (l[i + 1]?.kind === "ident") one(pp.ex.macros.has(l[i + 1].text), i + 1);
      else {
        pp.err(l[i + 1] ?? t, "macro name must be an identifier");
        one(false, i + 1);
      }
      continue;
    }
    const m = pp.ex.macros.get(t.text);
    if (m?.special === "has" && l[i + 1]?.text === "(") {
      let j = i + 2;
      let depth = 1;
      const arg: Token[] = [];
      for (; j < l.length; j++) {
        if (l[j].text === "(") depth++;
        else if (l[j].text === ")" && --depth === 0) break;
        arg.push(l[j]);
      }
      one(has(pp, t.text, arg), j);
      continue;
    }
    out.push(t);
  }
  return out;
}

export function has(pp: Preprocessor, op: string, arg: Token[]): boolean {
  const word = arg.map((t) => t.text).join("").replace(/^__(.*)__$/, "$1");
  switch (op) {
    case "__has_include":
    case "__has_include_next": {
      const name = headerName(arg.length && arg[0].kind !== "str" && arg[0].text !== "<" ? pp.ex.expandList(arg) : arg);
      return !!name && resolve(pp, name.name, name.quoted) !== undefined;
    }
    case "__has_builtin":
      return BUILTIN_FUNCTIONS.has(arg.map((t) => t.text).join("")) || BITOP_BUILTINS.has(arg.map((t) => t.text).join(""));
    case "__has_attribute":
    case "__has_c_attribute":
      return KNOWN_ATTRIBUTES.has(word);
    case "__has_feature":
    case "__has_extension":
      return word === "c_static_assert" || word === "c_alignof" || word === "c_alignas";
    case "__is_identifier":
      return true;
    default:
      return false;
  }
}

export function condition(pp: Preprocessor, l: Token[], at: Token): boolean {
  if (l.length === 0) {
    pp.err(after(at), "expected value in expression");
    return false;
  }
  const expanded = operators(pp, pp.ex.expandList(operators(pp, l)));
  try {
    return evalPPExpr(expanded, after(l[l.length - 1])) !== 0n;
  } catch (e) {
    if (e instanceof PPExprError) {
      pp.err(e.at.file ? e.at : at, e.message);
      return false;
    }
    throw e;
  }
}
