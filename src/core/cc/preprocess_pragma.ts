// #pragma and _Pragma: `once`, `unroll` (kept on the loop's token), `pack`, GCC/clang
// `diagnostic` push/ignored/pop (as output token ranges), `GCC error`/`warning`; the rest is ignored.

import { bytesText, stringBytes } from "./literal.ts";
import { lex } from "./lexer.ts";
import type { Preprocessor } from "./preprocess.ts";
import { diagAt, type Token } from "./token.ts";

export function pragma(pp: Preprocessor, l: Token[], at: Token): void {
  const words = l.map((t) => t.text);
  if (words[0] === "once") {
    pp.once.add(pp.files[pp.files.length - 1].name);
    return;
  }
  if (words[0] === "pack") {
    // pack(N), pack(), pack(push[, N]), pack(pop): clang's maximum member alignment.
    const args = words.slice(2, -1).filter((w) => w !== ",");
    const num = (w: string | undefined): number | undefined => (w !== undefined && /^\d+$/.test(w) ? Number(w) : undefined);
    if (args[0] === "push") {
      pp.packStack.push(pp.pack);
      if (args[1] !== undefined) pp.pack = num(args[1]);
    } else if (args[0] === "pop") pp.pack = pp.packStack.pop();
    else if (args[0] === "show") return;
    else pp.pack = num(args[0]);
    if (pp.pack !== undefined && ![1, 2, 4, 8, 16].includes(pp.pack)) {
      pp.diagnostics.push(diagAt("warning", "pp-pragma", "expected integer between 0 and 16 in '#pragma pack' - ignored", at));
      pp.pack = undefined;
    }
    pp.packEvents.push({ at: pp.out.length, value: pp.pack });
    return;
  }
  if (words[0] === "unroll" || words[0] === "nounroll") {
    if (words[0] === "nounroll") pp.pendingUnroll = 1;
    else {
      const n = l.find((t) => t.kind === "num");
      pp.pendingUnroll = n ? Number(n.text.replace(/[uUlL]+$/, "")) : true;
    }
    return;
  }
  if (words[0] === "clang" && words[1] === "loop") {
    const k = words.indexOf("unroll");
    if (k >= 0 && (words[k + 2] === "full" || words[k + 2] === "enable")) pp.pendingUnroll = true;
    else if (k >= 0 && words[k + 2] === "disable") pp.pendingUnroll = 1;
    const c = words.indexOf("unroll_count");
    if (c >= 0 && l[c + 2]?.kind === "num") pp.pendingUnroll = Number(l[c + 2].text);
    return;
  }
  if ((words[0] === "GCC" || words[0] === "clang") && words[1] === "diagnostic") {
    const flag = l[3]?.kind === "str" ? bytesText(stringBytes(l[3].text).bytes).replace(/^-W/, "") : "";
    const close = (f: string, from: number): void => {
      if (from < pp.out.length) pp.ignoredRanges.push({ flag: f, from, to: pp.out.length });
    };
    if (words[2] === "push") pp.diagStack.push(new Map(pp.ignored));
    else if (words[2] === "pop") {
      const back = pp.diagStack.pop() ?? new Map<string, number>();
      for (const [f, from] of pp.ignored) if (back.get(f) !== from) close(f, from);
      for (const [f] of back) if (!pp.ignored.has(f)) back.delete(f);
      pp.ignored = new Map([...back].map(([f]) => [f, pp.out.length]));
    } else if (words[2] === "ignored" && flag) {
      if (!pp.ignored.has(flag)) pp.ignored.set(flag, pp.out.length);
    } else if ((words[2] === "warning" || words[2] === "error") && flag && pp.ignored.has(flag)) {
      close(flag, pp.ignored.get(flag)!);
      pp.ignored.delete(flag);
    }
    return;
  }
  if ((words[0] === "GCC" || words[0] === "clang") && (words[1] === "error" || words[1] === "warning")) {
    const msg = l[2]?.kind === "str" ? bytesText(stringBytes(l[2].text).bytes) : "";
    pp.diagnostics.push(diagAt(words[1] === "error" ? "error" : "warning", "pp-pragma", msg, at));
  }
  // Everything else (diagnostic push/pop, clang attribute push/pop, pack...) is ignored.
}

/** `_Pragma("...")` in the token stream: the string is run as a #pragma line. */
export function pragmaOperator(pp: Preprocessor, t: Token): boolean {
  const ex = pp.ex;
  if (ex.peek().text !== "(") return false;
  ex.next();
  const parts: Token[] = [];
  for (let n = 0; n < 10_000; n++) {
    const u = ex.next();
    if (u.kind === "eof") {
      ex.frames[ex.frames.length - 1].i--;
      break;
    }
    if (u.text === ")" && u.kind === "punct") break;
    if (u.kind === "ident" && ex.expand(u)) continue;
    parts.push(u);
  }
  const s = parts.find((p) => p.kind === "str");
  if (!s) {
    pp.err(t, "_Pragma takes a parenthesized string literal");
    return true;
  }
  const text = bytesText(stringBytes(s.text).bytes);
  const toks = lex(text, t.file).tokens.slice(0, -1).map((u) => ({ ...u, file: t.file, line: t.line, column: t.column, endLine: t.endLine, endColumn: t.endColumn }));
  pragma(pp, toks, t);
  return true;
}
