// GNU attributes: `__attribute__((...))` lists are parsed wherever clang takes them; section,
// aligned, packed, always_inline, noinline, weak and btf_decl_tag are kept, the rest are named and skipped.

import { bytesText, stringBytes } from "./literal.ts";
import { constInt } from "./check_ops.ts";
import { parseAssign } from "./parse_expr.ts";
import type { Parser } from "./parse_state.ts";

export interface Attrs {
  section?: string;
  packed?: boolean;
  aligned?: number;
  alwaysInline?: boolean;
  noinline?: boolean;
  weak?: boolean;
  /** `btf_decl_tag("...")` strings, in order (`arg:ctx` on a parameter: libbpf's __arg_ctx). */
  declTags?: string[];
  /** Every attribute name seen (normalised: `__packed__` is `packed`). */
  names: string[];
}

export const newAttrs = (): Attrs => ({ names: [] });

/** Any number of `__attribute__((...))`, merged into `attrs`. */
export function parseAttributes(p: Parser, attrs: Attrs): void {
  while (p.is("__attribute__") || p.is("__attribute")) {
    p.next();
    p.expect("(");
    p.expect("(");
    while (!p.is(")")) {
      if (p.consume(",")) continue;
      const nameTok = p.next();
      if (nameTok.kind !== "ident") p.fail(p.loc(nameTok), "expected identifier");
      const name = nameTok.text.replace(/^__(.+)__$/, "$1");
      attrs.names.push(name);
      const hasArgs = p.is("(");
      switch (name) {
        case "section":
          if (hasArgs) {
            p.next();
            let s = "";
            while (p.t.kind === "str") s += bytesText(stringBytes(p.next().text).bytes);
            if (!s && !p.is(")")) p.error(p.loc(), "'section' attribute requires a string");
            attrs.section = s;
            p.expect(")");
          }
          continue;
        case "aligned":
          if (hasArgs) {
            p.next();
            const v = constInt(p, parseAssign(p), "aligned");
            attrs.aligned = Number(v ?? 1n);
            p.expect(")");
          } else attrs.aligned = 8;
          continue;
        case "btf_decl_tag":
          if (hasArgs) {
            p.next();
            let s = "";
            while (p.t.kind === "str") s += bytesText(stringBytes(p.next().text).bytes);
            attrs.declTags = [...(attrs.declTags ?? []), s];
            p.expect(")");
          }
          continue;
        case "packed": attrs.packed = true; break;
        case "always_inline": attrs.alwaysInline = true; break;
        case "noinline": attrs.noinline = true; break;
        case "weak": attrs.weak = true; break;
      }
      if (hasArgs) skipBalanced(p);
    }
    p.expect(")");
    p.expect(")");
  }
}

/** Skip a parenthesised group starting at `(`. */
export function skipBalanced(p: Parser): void {
  let depth = 0;
  do {
    const t = p.next();
    if (t.kind === "eof") return;
    if (t.text === "(" && t.kind === "punct") depth++;
    else if (t.text === ")" && t.kind === "punct") depth--;
  } while (depth > 0);
}
