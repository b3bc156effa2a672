// The parser's state: the token cursor, scopes, symbols of the unit, the function being checked,
// and diagnostics. Parsing and checking happen in one pass (as in chibicc): each parse_* module
// is a set of functions over this state, returning typed AST nodes.

import type { Diagnostic } from "../diag.ts";
import type { Expr, FuncSym, Loc, Stmt, SwitchCase, VarSym } from "./ast.ts";
import type { CType } from "./types.ts";
import { diagAt, locOf, type Token } from "./token.ts";
import type { IgnoredRange, PackEvent, Pragmas } from "./preprocess.ts";

export type ScopeEntry =
  | { readonly kind: "var"; readonly sym: VarSym }
  | { readonly kind: "func"; readonly sym: FuncSym }
  | { readonly kind: "typedef"; readonly type: CType }
  | { readonly kind: "enumconst"; readonly value: bigint; readonly type: CType };

export interface Scope {
  readonly names: Map<string, ScopeEntry>;
  readonly tags: Map<string, CType>;
}

export interface SwitchCtx {
  readonly cases: SwitchCase[];
  default?: SwitchCase;
  readonly type: CType;
  readonly seen: Map<bigint, Loc>;
}

export interface FuncCtx {
  readonly sym: FuncSym;
  readonly labels: Map<string, Loc>;
  readonly gotos: { name: string; loc: Loc }[];
  loops: number;
  readonly switches: SwitchCtx[];
  /** Errors clang's back end reports (inline asm, memcpy of a variable size): only if the function is emitted. */
  readonly deferred: Deferred[];
}

export interface Deferred {
  readonly loc: Loc;
  readonly message: string;
}

/** A syntax error already reported: unwinds to the nearest statement or declaration. */
export class Resync {
  constructor(readonly at: number) {}
}

const MAX_ERRORS = 100;
export const MAX_DEPTH = 256;

export class Parser {
  pos = 0;
  readonly diags: Diagnostic[] = [];
  errors = 0;
  readonly scopes: Scope[] = [{ names: new Map(), tags: new Map() }];
  readonly globals: VarSym[] = [];
  readonly funcs: FuncSym[] = [];
  /** Global function-pointer variables initialised with a helper id: `static long (*f)(...) = (void *) 1;`. */
  readonly helpers = new Map<VarSym, number>();
  /** Functions referenced from code (for deferring inline-asm errors of unused header functions). */
  readonly used = new Set<FuncSym>();
  /** References made from inside each function body: reachability from the emitted functions. */
  readonly refs = new Map<FuncSym, Set<FuncSym>>();
  readonly pendingAsm = new Map<FuncSym, Deferred[]>();
  fn: FuncCtx | undefined;
  nextId = 1;
  caseId = 0;
  recordId = 1;
  localStatics = 0;
  /** Nesting of expressions, statements and declarators being parsed (bounded, as clang bounds brackets). */
  depth = 0;

  readonly ignored: readonly IgnoredRange[];
  readonly packEvents: readonly PackEvent[];

  constructor(readonly toks: Token[], readonly file: string, pragmas?: unknown) {
    this.ignored = (pragmas as Pragmas | undefined)?.ignored ?? [];
    this.packEvents = (pragmas as Pragmas | undefined)?.pack ?? [];
  }

  /** The `#pragma pack` value in force at the current token. */
  packHere(): number | undefined {
    let v: number | undefined;
    for (const e of this.packEvents) {
      if (e.at > this.pos) break;
      v = e.value;
    }
    return v;
  }

  /** Is the warning group `flag` (clang's -W name) silenced by a pragma here? */
  silenced(flag: string | undefined): boolean {
    if (!flag || !this.ignored.length) return false;
    const at = this.pos;
    return this.ignored.some((r) => r.flag === flag && at >= r.from && at <= r.to);
  }

  get t(): Token {
    return this.toks[this.pos];
  }
  peek(k = 1): Token {
    return this.toks[Math.min(this.pos + k, this.toks.length - 1)];
  }
  /** Is the current token the punctuator or keyword `text`? */
  is(text: string): boolean {
    const t = this.toks[this.pos];
    return t.text === text && (t.kind === "punct" || t.kind === "ident");
  }
  consume(text: string): boolean {
    if (!this.is(text)) return false;
    this.pos++;
    return true;
  }
  next(): Token {
    const t = this.toks[this.pos];
    if (t.kind !== "eof") this.pos++;
    return t;
  }
  loc(t: Token = this.t): Loc {
    return locOf(t);
  }
  /** The place just after the previous token (where clang puts "expected ';'"). */
  afterPrev(): Loc {
    const p = this.toks[Math.max(0, this.pos - 1)];
    return { file: p.file, line: p.endLine, column: p.endColumn, endLine: p.endLine, endColumn: p.endColumn + 1 };
  }

  error(loc: Loc, message: string, code = "cc", flag?: string): void {
    if (this.silenced(flag)) return;
    if (++this.errors > MAX_ERRORS) {
      if (this.errors === MAX_ERRORS + 1) this.diags.push(diagAt("error", "too-many-errors", "too many errors emitted, stopping now", loc));
      return;
    }
    this.diags.push(diagAt("error", code, message, loc));
  }
  warn(loc: Loc, message: string, code = "cc-warning", flag?: string): void {
    if (this.silenced(flag)) return;
    this.diags.push(diagAt("warning", code, message, loc));
  }
  /** Report a syntax error and unwind. */
  fail(loc: Loc, message: string): never {
    this.error(loc, message, "syntax");
    throw new Resync(this.pos);
  }
  expect(text: string, after?: string): void {
    if (this.consume(text)) return;
    // clang puts a missing ';' just after the previous token, a missing bracket at the token found.
    if (text === ";") this.fail(this.afterPrev(), `expected '${text}'${after ? ` after ${after}` : ""}`);
    this.fail(this.loc(), `expected '${text}'${after ? ` after ${after}` : ""}`);
  }

  /** Skip to just past the next `;` at this nesting level, or to a `}` that closes it. */
  skipToSync(start: number): void {
    if (this.pos === start && this.t.kind !== "eof") this.pos++;
    let depth = 0;
    for (;;) {
      const t = this.t;
      if (t.kind === "eof") return;
      if (t.kind === "punct") {
        if (t.text === "{" || t.text === "(" || t.text === "[") depth++;
        else if (t.text === "}" || t.text === ")" || t.text === "]") {
          if (depth === 0) {
            if (t.text === "}") return;
            this.pos++;
            continue;
          }
          depth--;
          if (depth === 0 && t.text === "}") {
            this.pos++;
            if (this.is(";")) this.pos++;
            return;
          }
        } else if (t.text === ";" && depth === 0) {
          this.pos++;
          return;
        }
      }
      this.pos++;
    }
  }

  /** Go one nesting level deeper (undone by `depth--`); past MAX_DEPTH it is a located error, not a stack overflow. */
  /** A function named in code: a root at file scope, else an edge from the function being parsed. */
  use(sym: FuncSym): void {
    const from = this.fn?.sym;
    if (!from) {
      this.used.add(sym);
      return;
    }
    let s = this.refs.get(from);
    if (!s) this.refs.set(from, (s = new Set()));
    s.add(sym);
  }

  deeper(): void {
    if (this.depth >= MAX_DEPTH) this.fail(this.loc(), `bracket nesting level exceeded maximum of ${MAX_DEPTH}`);
    this.depth++;
  }

  enter(): void {
    this.scopes.push({ names: new Map(), tags: new Map() });
  }
  leave(): void {
    this.scopes.pop();
  }
  lookup(name: string): ScopeEntry | undefined {
    for (let k = this.scopes.length - 1; k >= 0; k--) {
      const e = this.scopes[k].names.get(name);
      if (e) return e;
    }
    return undefined;
  }
  lookupTag(name: string): CType | undefined {
    for (let k = this.scopes.length - 1; k >= 0; k--) {
      const e = this.scopes[k].tags.get(name);
      if (e) return e;
    }
    return undefined;
  }
  declare(name: string, e: ScopeEntry): void {
    this.scopes[this.scopes.length - 1].names.set(name, e);
  }
  get atFileScope(): boolean {
    return this.scopes.length === 1;
  }
  isTypedefName(t: Token): boolean {
    if (t.kind !== "ident") return false;
    return this.lookup(t.text)?.kind === "typedef";
  }
}

export type { Expr, Stmt };
