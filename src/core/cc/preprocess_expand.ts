// Macro expansion over a stack of token frames (files at the bottom, expansions on top), with
// Prosser's hide sets as C17 6.10.3 specifies them: a macro's own name is hidden in its expansion,
// arguments are fully expanded before substitution unless they meet `#` or `##`, the result is
// rescanned. Every token of an expansion stands at the outermost invocation's place.

import type { Diagnostic } from "../diag.ts";
import { lex } from "./lexer.ts";
import { diagAt, makeToken, relocate, type Token } from "./token.ts";

export interface Macro {
  readonly name: string;
  /** Function-like when params is set. */
  readonly params?: readonly string[];
  /** The variadic parameter's name (`__VA_ARGS__`, or `args` for GNU `args...`). */
  readonly variadic?: string;
  readonly body: readonly Token[];
  /** __FILE__, __LINE__, __COUNTER__, and the __has_* operators (only meaningful in #if). */
  readonly special?: "file" | "line" | "counter" | "has";
}

interface Frame {
  toks: readonly Token[];
  i: number;
  /** Set for a file's frame. */
  readonly file?: string;
}

const PLACEMARKER = makeToken("punct", "", "", 0, 0, 0, 0, false, false);
const SENTINEL = makeToken("eof", "", "", 0, 0, 0, 0, false, true);
/** Bounds the work of a pathological expansion (each macro expansion counts once). */
const MAX_EXPANSIONS = 5_000_000;

function withName(hide: ReadonlySet<string> | undefined, name: string): ReadonlySet<string> {
  if (!hide) return new Set([name]);
  if (hide.has(name)) return hide;
  const s = new Set(hide);
  s.add(name);
  return s;
}

function intersect(a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined): ReadonlySet<string> | undefined {
  if (!a || !b) return undefined;
  const s = new Set<string>();
  for (const x of a) if (b.has(x)) s.add(x);
  return s.size ? s : undefined;
}

export class Expander {
  readonly macros = new Map<string, Macro>();
  frames: Frame[] = [];
  counter = 0;
  expansions = 0;
  listDepth = 0;
  /** Runs a `#` directive met while reading a macro call's arguments (clang accepts `#if` lines there). */
  onDirective: ((hash: Token) => void) | undefined;
  constructor(readonly diagnostics: Diagnostic[]) {}

  pushFile(toks: readonly Token[], file: string): void {
    this.frames.push({ toks, i: 0, file });
  }

  /** The next raw token; a file frame ends with its `eof`, which the caller handles. */
  next(): Token {
    for (;;) {
      const f = this.frames[this.frames.length - 1];
      if (f.i < f.toks.length) return f.toks[f.i++];
      this.frames.pop();
    }
  }

  peek(): Token {
    for (let k = this.frames.length - 1; k >= 0; k--) {
      const f = this.frames[k];
      if (f.i < f.toks.length) return f.toks[f.i];
    }
    return SENTINEL;
  }

  /** Whether the next raw token comes from a file (not from a macro's replacement). */
  private nextFromFile(): boolean {
    for (let k = this.frames.length - 1; k >= 0; k--) {
      const f = this.frames[k];
      if (f.i < f.toks.length) return f.file !== undefined;
    }
    return false;
  }

  /** The innermost file frame when it is on top (directives are only recognised there). */
  topFile(): Frame | undefined {
    const f = this.frames[this.frames.length - 1];
    return f.file !== undefined ? f : undefined;
  }

  /** Expand `t` if it names a macro; returns false if it is to be kept as it is. */
  expand(t: Token): boolean {
    const m = this.macros.get(t.text);
    if (!m || t.hide?.has(t.text)) return false;
    if (m.special) {
      if (m.special === "has") return false;
      let r: Token;
      if (m.special === "file") r = { ...relocate(t, t, t.hide), kind: "str", text: JSON.stringify(t.file) };
      else r = { ...relocate(t, t, t.hide), kind: "num", text: String(m.special === "line" ? t.line : this.counter++) };
      r.space = t.space || t.bol;
      this.frames.push({ toks: [r], i: 0 });
      return true;
    }
    if (++this.expansions > MAX_EXPANSIONS) {
      if (this.expansions === MAX_EXPANSIONS + 1) this.diagnostics.push(diagAt("error", "macro-limit", "macro expansion limit exceeded", t));
      return false;
    }
    if (!m.params) {
      const hs = withName(t.hide, m.name);
      const out = m.body.map((b) => relocate(b, t, hs));
      if (out.length) out[0].space = t.space || t.bol;
      this.frames.push({ toks: out, i: 0 });
      return true;
    }
    if (this.peek().text !== "(" || this.peek().kind !== "punct") return false;
    this.next();
    const read = this.readArgs(m, t);
    if (!read) {
      // As clang: the name stays, unexpanded (the parser then reports it as undeclared).
      this.frames.push({ toks: [relocate(t, t, withName(t.hide, m.name))], i: 0 });
      return true;
    }
    const hs = withName(intersect(t.hide, read.rparen.hide), m.name);
    const out = this.subst(m, read.args, t);
    // Tokens of one argument share a hide set: union each distinct one once.
    let lastH: ReadonlySet<string> | undefined;
    let lastU = hs;
    for (let k = 0; k < out.length; k++) {
      const h = out[k].hide;
      if (h && h !== lastH) {
        lastH = h;
        lastU = union(h, hs);
      }
      out[k] = relocate(out[k], t, h ? lastU : hs);
    }
    if (out.length) out[0].space = t.space || t.bol;
    this.frames.push({ toks: out, i: 0 });
    return true;
  }

  private readArgs(m: Macro, at: Token): { args: Token[][]; rparen: Token } | undefined {
    const params = m.params!;
    const args: Token[][] = [[]];
    let depth = 0;
    for (;;) {
      const fromFile = this.nextFromFile();
      const t = this.next();
      if (fromFile && t.bol && t.kind === "punct" && t.text === "#" && this.onDirective) {
        this.onDirective(t);
        continue;
      }
      if (t.kind === "eof") {
        // Leave the file's end for the caller to see.
        this.frames[this.frames.length - 1].i--;
        this.diagnostics.push(diagAt("error", "macro-args", "unterminated function-like macro invocation", at));
        return undefined;
      }
      if (t.kind === "punct") {
        if (t.text === "(") depth++;
        else if (t.text === ")") {
          if (depth === 0) {
            if (args.length === 1 && args[0].length === 0 && params.length === 0) args.pop();
            const named = params.length;
            if (m.variadic && args.length === named - 1) args.push([]);
            if (args.length < named) {
              this.diagnostics.push(diagAt("error", "macro-args", "too few arguments provided to function-like macro invocation", t));
              return undefined;
            }
            if (args.length > named) {
              this.diagnostics.push(diagAt("error", "macro-args", "too many arguments provided to function-like macro invocation", t));
              return undefined;
            }
            return { args, rparen: t };
          }
          depth--;
        } else if (t.text === "," && depth === 0 && !(m.variadic && args.length === params.length)) {
          args.push([]);
          continue;
        }
      }
      args[args.length - 1].push(t);
    }
  }

  /** Fully macro-expand a token list on its own (an argument before substitution). */
  expandList(toks: readonly Token[]): Token[] {
    if (this.listDepth >= 200) {
      if (toks.length) this.diagnostics.push(diagAt("error", "macro-depth", "macro arguments nested too deeply", toks[0]));
      return [...toks];
    }
    this.listDepth++;
    try {
      return this.expandListInner(toks);
    } finally {
      this.listDepth--;
    }
  }

  private expandListInner(toks: readonly Token[]): Token[] {
    const saved = this.frames;
    this.frames = [{ toks: [...toks, SENTINEL], i: 0 }];
    const out: Token[] = [];
    for (;;) {
      const t = this.next();
      if (t === SENTINEL) break;
      if (t.kind === "ident" && this.expand(t)) continue;
      out.push(t);
    }
    this.frames = saved;
    return out;
  }

  private subst(m: Macro, args: Token[][], at: Token): Token[] {
    const params = m.params!;
    const expanded: (Token[] | undefined)[] = [];
    const paramIndex = (t: Token | undefined): number => (t && t.kind === "ident" ? params.indexOf(t.text) : -1);
    const exp = (k: number): Token[] => (expanded[k] ??= this.expandList(args[k]));
    const vaIndex = m.variadic ? params.length - 1 : -1;
    const out: Token[] = [];
    const body = m.body;
    const substRange = (from: number, to: number): void => {
      for (let i = from; i < to; i++) {
        const b = body[i];
        const nxt = i + 1 < to ? body[i + 1] : undefined;
        if (b.kind === "punct" && b.text === "#") {
          const k = paramIndex(nxt);
          if (k >= 0) {
            const s = stringize(args[k], b);
            s.space = b.space;
            out.push(s);
            i++;
            continue;
          }
        }
        if (b.kind === "punct" && b.text === "##") {
          const k = paramIndex(nxt);
          // GNU: `, ## __VA_ARGS__` drops the comma when the variable arguments are empty.
          if (k >= 0 && k === vaIndex && out.length && out[out.length - 1].text === ",") {
            if (args[k].length === 0) out.pop();
            else out.push(...args[k]);
            i++;
            continue;
          }
          if (!nxt) continue;
          i++;
          let right: Token[];
          if (k >= 0) right = args[k].length ? [...args[k]] : [PLACEMARKER];
          else if (nxt.kind === "ident" && nxt.text === "__VA_OPT__" && m.variadic) {
            const close = matchParen(body, i + 1, to);
            const save = out.length;
            if (exp(vaIndex).length) substRange(i + 2, close);
            right = out.splice(save);
            if (!right.length) right = [PLACEMARKER];
            i = close;
          } else right = [nxt];
          const left = out.pop() ?? PLACEMARKER;
          if (left === PLACEMARKER) out.push(...right);
          else if (right[0] === PLACEMARKER) out.push(left, ...right.slice(1));
          else out.push(this.paste(left, right[0], at), ...right.slice(1));
          continue;
        }
        if (b.kind === "ident" && b.text === "__VA_OPT__" && m.variadic && nxt?.text === "(") {
          const close = matchParen(body, i + 1, to);
          if (exp(vaIndex).length) substRange(i + 2, close);
          else out.push(PLACEMARKER);
          i = close;
          continue;
        }
        const k = paramIndex(b);
        if (k >= 0) {
          const toks = nxt?.kind === "punct" && nxt.text === "##" ? args[k] : exp(k);
          if (toks.length === 0) out.push(PLACEMARKER);
          else {
            const first = out.length;
            out.push(...toks);
            out[first] = { ...out[first], space: b.space };
          }
          continue;
        }
        out.push(b);
      }
    };
    substRange(0, body.length);
    return out.filter((t) => t !== PLACEMARKER);
  }

  private paste(left: Token, right: Token, at: Token): Token {
    const text = left.text + right.text;
    const r = lex(text, left.file);
    if (r.tokens.length !== 2 || r.diagnostics.length) {
      this.diagnostics.push(diagAt("error", "paste", `pasting formed '${text}', an invalid preprocessing token`, at));
      return left;
    }
    const t = r.tokens[0];
    return { ...left, kind: t.kind, text, hide: left.hide };
  }
}

function union(a: ReadonlySet<string>, b: ReadonlySet<string>): ReadonlySet<string> {
  if (a === b) return a;
  if (subset(a, b)) return b;
  if (subset(b, a)) return a;
  const s = new Set(a);
  for (const x of b) s.add(x);
  return s;
}

function subset(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size > b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

function matchParen(body: readonly Token[], open: number, to: number): number {
  let depth = 0;
  for (let j = open; j < to; j++) {
    if (body[j].text === "(") depth++;
    else if (body[j].text === ")" && --depth === 0) return j;
  }
  return to - 1;
}

/** `#x`: the argument's spelling as a string literal (6.10.3.2). */
export function stringize(toks: readonly Token[], at: Token): Token {
  let s = "";
  toks.forEach((t, k) => {
    if (k > 0 && t.space) s += " ";
    s += t.kind === "str" || t.kind === "char" ? t.text.replace(/[\\"]/g, (c) => "\\" + c) : t.text;
  });
  return { ...at, kind: "str", text: `"${s}"`, hide: undefined };
}
