// #include: finding a header by clang's search order (the including file's folder for "...",
// the main file's folder, -I, the built-in headers), and lexing each file once: a header's tokens
// are shared by every compilation that has its text, and an include-guarded file is entered once.

import { lex } from "./lexer.ts";
import type { Preprocessor } from "./preprocess.ts";
import type { Token } from "./token.ts";

const MAX_INCLUDE_DEPTH = 200;

/** Lexed headers by path, kept while their text is the same (the built-in headers, a reread file). */
export const SHARED_LEX = new Map<string, { text: string; lexed: Lexed }>();

export interface Lexed {
  readonly tokens: Token[];
  /** The macro of an include guard wrapping the whole file, if there is one. */
  readonly guard?: string;
}

export const dirname = (p: string): string => (p.includes("/") ? p.slice(0, p.lastIndexOf("/")) : "");

function joinPath(dir: string, name: string): string {
  if (name.startsWith("/") || !dir) return normalise(name);
  return normalise(dir + "/" + name);
}

function normalise(p: string): string {
  const abs = p.startsWith("/");
  const out: string[] = [];
  for (const part of p.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === ".." && out.length && out[out.length - 1] !== "..") out.pop();
    else if (part === ".." && abs) continue;
    else out.push(part);
  }
  return (abs ? "/" : "") + out.join("/");
}

/** The guard macro if the file is `#ifndef X ... #endif` with nothing outside. */
function findGuard(toks: readonly Token[]): string | undefined {
  if (toks.length < 4 || toks[0].text !== "#" || toks[1].text !== "ifndef" || toks[2].kind !== "ident") return undefined;
  let depth = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!(t.bol && t.text === "#" && t.kind === "punct")) continue;
    const d = toks[i + 1];
    if (d.bol) continue;
    if (d.text === "if" || d.text === "ifdef" || d.text === "ifndef") depth++;
    else if ((d.text === "else" || d.text === "elif") && depth === 1) return undefined;
    else if (d.text === "endif" && --depth === 0) {
      let j = i + 2;
      while (!toks[j].bol) j++;
      return toks[j].kind === "eof" ? toks[2].text : undefined;
    }
  }
  return undefined;
}

export function headerName(l: readonly Token[]): { name: string; quoted: boolean } | undefined {
  if (l[0]?.kind === "str") return { name: l[0].text.slice(1, -1), quoted: true };
  if (l[0]?.text === "<") {
    let s = "";
    for (let k = 1; k < l.length; k++) {
      if (l[k].text === ">") return { name: s, quoted: false };
      s += (k > 1 && l[k].space ? " " : "") + l[k].text;
    }
  }
  return undefined;
}

/** The path and text of an included file, by clang's search order (see the contract). */
export function resolve(pp: Preprocessor, name: string, quoted: boolean): { path: string; text: string } | undefined {
  const read = (p: string): { path: string; text: string } | undefined => {
    const text = pp.opts.reader?.read(p);
    return text === undefined ? undefined : { path: p, text };
  };
  if (name.startsWith("/")) return read(normalise(name));
  if (quoted) {
    const including = pp.files[pp.files.length - 1]?.name ?? "";
    const path = joinPath(dirname(including), name);
    const r = read(path);
    if (r) return r;
    // A built-in header's quoted include finds its sibling among the built-in headers.
    if (pp.headers[including] !== undefined && pp.headers[path] !== undefined) return { path, text: pp.headers[path] };
  }
  for (const dir of [pp.mainDir, ...(pp.opts.includeDirs ?? [])]) {
    const r = read(joinPath(dir, name));
    if (r) return r;
  }
  const b = pp.headers[name];
  return b === undefined ? undefined : { path: name, text: b };
}

export function include(pp: Preprocessor, l: Token[], at: Token): void {
  let hn = headerName(l);
  if (!hn && l.length) hn = headerName(pp.ex.expandList(l));
  if (!hn) return pp.err(l[0] ?? at, "expected \"FILENAME\" or <FILENAME>");
  const found = resolve(pp, hn.name, hn.quoted);
  if (!found) return pp.err(l[0], `'${hn.name}' file not found`, "pp-include");
  if (pp.files.length >= MAX_INCLUDE_DEPTH) return pp.err(l[0], `#include nested depth ${MAX_INCLUDE_DEPTH} exceeds maximum of ${MAX_INCLUDE_DEPTH}`, "pp-include");
  if (pp.once.has(found.path)) return;
  let lexed = pp.cache.get(found.path);
  if (!lexed) {
    // Tokens are never mutated, so a header's tokens are shared by every compilation that has its text.
    const shared = SHARED_LEX.get(found.path);
    if (shared && shared.text === found.text) lexed = shared.lexed;
    else {
      const r = lex(found.text, found.path);
      pp.diagnostics.push(...r.diagnostics);
      lexed = { tokens: r.tokens, guard: findGuard(r.tokens) };
      if (!r.diagnostics.length) SHARED_LEX.set(found.path, { text: found.text, lexed });
    }
    pp.cache.set(found.path, lexed);
    pp.sources[found.path] = found.text;
  }
  if (lexed.guard && pp.ex.macros.has(lexed.guard)) return;
  pp.ex.pushFile(lexed.tokens, found.path);
  pp.files.push({ name: found.path, conds: [] });
}
