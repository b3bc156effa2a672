// A kernel rejection message read back into the registry's code and parameters (codes.ts), so a
// kernel log's error gets the same explanation as bpfplay's own. Each template is rendered once
// with a marker for every parameter, and the marked text becomes a pattern; the pattern with the
// most fixed text that matches wins. A message no template makes has no code: the caller shows
// the general explanation.

import { REJECTIONS } from "../codes.ts";
import type { Param } from "../codes.ts";

export interface Classified {
  readonly code: string;
  readonly params: Readonly<Record<string, Param>>;
}

interface Pattern {
  readonly code: string;
  readonly re: RegExp;
  /** The second line's pattern, where the kernel prints one (its parameters add to the first's). */
  readonly detail?: Pattern;
  readonly names: readonly string[];
  /** Characters of fixed text: more is more specific. */
  readonly fixed: number;
}

const MARK = "\u0001";

/** `message` rendered with a marker per parameter read: the markers carry the parameter's name. */
function marked(render: (p: Record<string, Param>) => string): string | undefined {
  const params = new Proxy({} as Record<string, Param>, { get: (_, name) => `${MARK}${String(name)}${MARK}` });
  try {
    return render(params);
  } catch {
    return undefined;
  }
}

function patternOf(code: string, render: (p: Record<string, Param>) => string): Pattern | undefined {
  const text = marked(render);
  if (text === undefined) return undefined;
  const names: string[] = [];
  let fixed = 0;
  const parts = text.split(MARK);
  let source = "";
  parts.forEach((part, i) => {
    if (i % 2 === 1) {
      // a parameter seen before matches what it matched then
      const seen = names.indexOf(part);
      if (seen >= 0) source += `\\${seen + 1}`;
      else {
        names.push(part);
        source += "(.+?)";
      }
    } else {
      fixed += part.length;
      source += part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    }
  });
  return { code, re: new RegExp(`^${source}$`), names, fixed };
}

let patterns: readonly Pattern[] | undefined;

function allPatterns(): readonly Pattern[] {
  if (patterns) return patterns;
  const out: Pattern[] = [];
  for (const [code, tpl] of Object.entries(REJECTIONS)) {
    const p = patternOf(code, tpl.message as (p: Record<string, Param>) => string);
    const d = "detail" in tpl && tpl.detail ? patternOf(code, tpl.detail as (p: Record<string, Param>) => string) : undefined;
    if (p && p.fixed > 0) out.push(d ? { ...p, detail: d } : p);
  }
  patterns = out.sort((a, b) => b.fixed - a.fixed);
  return patterns;
}

const asParam = (s: string): Param => (/^-?\d+$/.test(s) && Math.abs(Number(s)) <= Number.MAX_SAFE_INTEGER ? Number(s) : s);

function read(p: Pattern, text: string, into: Record<string, Param>): boolean {
  const m = p.re.exec(text.trim());
  if (!m) return false;
  p.names.forEach((n, i) => (into[n] ??= asParam(m[i + 1])));
  return true;
}

/**
 * The code and parameters of a kernel rejection: its first line, and the line after it where the
 * template has a second one. Undefined when no template makes the first line.
 */
export function classifyKernelMessage(message: string, next?: string): Classified | undefined {
  for (const p of allPatterns()) {
    const params: Record<string, Param> = {};
    if (!read(p, message, params)) continue;
    if (p.detail && next !== undefined) read(p.detail, next, params);
    return { code: p.code, params };
  }
  return undefined;
}
