// `#define`: object- and function-like macros, `...` and GNU `name...` parameters, the checks C
// asks for (`#` before a parameter, `##` not at either end) and clang's redefinition warning.

import type { Macro } from "./preprocess_expand.ts";
import type { Preprocessor } from "./preprocess.ts";
import { after, diagAt, type Token } from "./token.ts";

/**
 * Macros by their directive's `define` token. A header's tokens are lexed once and shared by every
 * compile, and a macro is a function of its line's tokens only, so the same line gives the same
 * (immutable) Macro: it is parsed once. Only lines that define without a diagnostic are kept.
 */
const DEFINED = new WeakMap<Token, Macro>();

/** `#define` from the rest of its line (`at`: the directive's name token). */
export function define(pp: Preprocessor, l: Token[], at: Token): void {
  const known = DEFINED.get(at);
  if (known) return install(pp, known, l[0]);
  const name = l[0];
  if (!name) return pp.err(after(at), "macro name missing");
  if (name.kind !== "ident") return pp.err(name, "macro name must be an identifier");
  if (name.text === "defined") return pp.err(name, "'defined' cannot be used as a macro name");
  let body: Token[];
  let macro: Macro;
  if (l[1]?.text === "(" && !l[1].space) {
    const params: string[] = [];
    let variadic: string | undefined;
    let i = 2;
    for (;;) {
      const t = l[i];
      if (!t) return pp.err(at, "missing ')' in macro parameter list");
      if (t.text === ")" && params.length === 0) {
        i++;
        break;
      }
      if (t.text === "...") {
        variadic = "__VA_ARGS__";
        params.push(variadic);
        i++;
      } else if (t.kind === "ident") {
        params.push(t.text);
        i++;
        if (l[i]?.text === "...") {
          variadic = t.text;
          i++;
        }
      } else return pp.err(t, "invalid token in macro parameter list");
      if (l[i]?.text === ")") {
        i++;
        break;
      }
      if (variadic || l[i]?.text !== ",") return pp.err(l[i] ?? at, "missing ')' in macro parameter list");
      i++;
    }
    body = l.slice(i);
    for (let k = 0; k < body.length; k++)
      if (body[k].text === "#" && body[k].kind === "punct" && !(body[k + 1]?.kind === "ident" && (params.includes(body[k + 1].text) || (variadic && body[k + 1].text === "__VA_OPT__"))))
        return pp.err(body[k], "'#' is not followed by a macro parameter");
    macro = { name: name.text, params, variadic, body };
  } else {
    body = l.slice(1);
    macro = { name: name.text, body };
  }
  if (body.length && (body[0].text === "##" || body[body.length - 1].text === "##"))
    return pp.err(body[0].text === "##" ? body[0] : body[body.length - 1], "'##' cannot appear at either end of a macro expansion");
  if (body.length) body[0] = { ...body[0], space: false };
  DEFINED.set(at, macro);
  install(pp, macro, name);
}

function install(pp: Preprocessor, macro: Macro, name: Token): void {
  const old = pp.ex.macros.get(macro.name);
  if (old && !old.special && !sameMacro(old, macro)) pp.diagnostics.push(diagAt("warning", "pp-redefined", `'${macro.name}' macro redefined`, name));
  pp.ex.macros.set(macro.name, macro);
}

function sameMacro(a: Macro, b: Macro): boolean {
  if (!!a.params !== !!b.params || (a.params ?? []).join() !== (b.params ?? []).join() || a.variadic !== b.variadic) return false;
  if (a.body.length !== b.body.length) return false;
  return a.body.every((t, k) => t.text === b.body[k].text && (k === 0 || t.space === b.body[k].space));
}
