// The verifier's state strings, as the kernel's log prints them, made readable:
// `R0_w=map_value_or_null(id=1,map=counts,ks=4,vs=8) R5=scalar(umax=255,var_off=(0x0; 0xff)) R10=fp0 fp-8=mmmm????`
// becomes one row per register or stack slot, with its type, its value or bounds, and notes.

export interface StateRow {
  /** `r5`, or a stack slot `fp-8`. */
  readonly name: string;
  /** A stack slot rather than a register. */
  readonly slot: boolean;
  /** The instruction just before wrote it (the kernel's `_w`). */
  readonly written: boolean;
  /** The kernel's type name: scalar, ctx, fp, pkt, map_value, ...; `stack` for raw slot bytes. */
  readonly type: string;
  /** What it holds: a constant, bounds, an offset. */
  readonly value: string;
  /** The kernel's text for the entry, as the log shows it. */
  readonly raw: string;
}

/** Splits at `sep` outside parentheses. */
function splitTop(s: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s[k];
    if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === sep && depth === 0) {
      out.push(s.slice(start, k));
      start = k + 1;
    }
  }
  out.push(s.slice(start));
  return out.filter((x) => x.length > 0);
}

/**
 * `umax=255,var_off=(0x0; 0xff)` → [["umax", "255"], ["var_off", "(0x0; 0xff)"]]; the kernel
 * chains equal bounds (`smax=umax=255`), which gives one field each.
 */
export function parseFields(s: string): [string, string][] {
  return splitTop(s, ",").flatMap((f): [string, string][] => {
    const chain = /^((?:[a-z_0-9]+=)+)(.*)$/.exec(f);
    if (!chain || f.startsWith("var_off=")) {
      const eq = f.indexOf("=");
      return [eq < 0 ? [f, ""] : [f.slice(0, eq), f.slice(eq + 1)]];
    }
    return chain[1].slice(0, -1).split("=").map((k): [string, string] => [k, chain[2]]);
  });
}

const big = (s: string) => {
  try {
    return BigInt(s);
  } catch {
    return undefined;
  }
};

/** `255 (0xff)` for constants worth a hex form. */
function constant(s: string): string {
  const n = big(s);
  if (n === undefined || (n >= -9n && n <= 9n)) return s;
  return `${s} (${n < 0n ? "-0x" + (-n).toString(16) : "0x" + n.toString(16)})`;
}

const range = (lo: string | undefined, hi: string | undefined, dlo: string, dhi: string) => `[${lo ?? dlo}, ${hi ?? dhi}]`;

/** A scalar's fields in words: unsigned and signed ranges, and the known bits. */
function scalarValue(fields: readonly [string, string][]): string {
  const f = new Map(fields);
  const parts: string[] = [];
  if (f.has("umin") || f.has("umax")) parts.push(`u ∈ ${range(f.get("umin"), f.get("umax"), "0", "U64_MAX")}`);
  if (f.has("smin") || f.has("smax")) parts.push(`s ∈ ${range(f.get("smin"), f.get("smax"), "S64_MIN", "S64_MAX")}`);
  if (f.has("umin32") || f.has("umax32")) parts.push(`u32 ∈ ${range(f.get("umin32"), f.get("umax32"), "0", "U32_MAX")}`);
  if (f.has("smin32") || f.has("smax32")) parts.push(`s32 ∈ ${range(f.get("smin32"), f.get("smax32"), "S32_MIN", "S32_MAX")}`);
  if (f.has("var_off")) parts.push(`tnum ${f.get("var_off")}`);
  for (const [k, v] of fields) if (!/^[us](min|max)(32)?$|^var_off$/.test(k)) parts.push(`${k}=${v}`);
  return parts.length ? parts.join(" · ") : "any value (unknown)";
}

const POINTER_FIELDS: Readonly<Record<string, (v: string) => string>> = {
  map: (v) => `map ${v}`,
  ks: (v) => `key ${v} B`,
  vs: (v) => `value ${v} B`,
  off: (v) => `off ${Number(v) >= 0 ? "+" : ""}${v}`,
  r: (v) => `checked ${v} B`,
  sz: (v) => `size ${v} B`,
  id: (v) => `id ${v}`,
  ref_obj_id: (v) => `ref ${v}`,
  var_off: (v) => `var_off ${v}`,
};

/** What a pointer with nothing more to say points at. */
const POINTER_WORDS: Readonly<Record<string, string>> = {
  ctx: "the context",
  pkt: "packet data",
  pkt_end: "end of packet data",
  pkt_meta: "packet metadata",
  func: "a function",
};

/** One `NAME=VALUE` entry. */
export function parseEntry(entry: string): StateRow | undefined {
  const eq = entry.indexOf("=");
  if (eq < 0) return undefined;
  const key = entry.slice(0, eq);
  const text = entry.slice(eq + 1);
  const reg = /^R(\d+)(_w)?$/.exec(key);
  const slot = /^fp-\d+$/.test(key);
  if (!reg && !slot) return undefined;
  const base = { name: reg ? `r${reg[1]}` : key, slot, written: !!reg?.[2], raw: entry };

  // a P in front marks a precise scalar
  if (/^P?-?(\d+|0x[0-9a-f]+)$/.test(text)) return { ...base, type: "scalar", value: constant(text.replace(/^P/, "")) };
  if (text.startsWith("Pscalar(")) return parseEntry(`${key}=${text.slice(1)}`);
  const fp = /^fp(-?\d+)$/.exec(text);
  if (fp) return { ...base, type: "fp", value: fp[1] === "0" ? "r10 (frame pointer)" : `r10 ${fp[1].replace("-", "− ")}` };
  if (slot && /^[?m0r]+$/.test(text)) return { ...base, type: "stack", value: slotBytes(text) };
  const call = /^(\w+)\((.*)\)$/.exec(text);
  if (!call) return { ...base, type: text, value: "" };
  const [, type, inner] = call;
  const fields = parseFields(inner);
  if (type === "scalar") return { ...base, type, value: scalarValue(fields) };
  const words = fields.map(([k, v]) => POINTER_FIELDS[k]?.(v) ?? `${k}=${v}`);
  return { ...base, type, value: words.length ? words.join(" · ") : (POINTER_WORDS[type] ?? "") };
}

const BYTE_WORDS: Readonly<Record<string, string>> = { m: "written", "0": "zero", "?": "uninitialised", r: "spilled" };

/** `mmmm????` (the highest byte first, as the kernel prints it) → `mmmm????: 4 written, 4 uninitialised` */
function slotBytes(bytes: string): string {
  const counts = new Map<string, number>();
  for (const b of bytes) counts.set(b, (counts.get(b) ?? 0) + 1);
  const words = [...counts].map(([b, n]) => `${n} ${BYTE_WORDS[b]}`);
  return `${bytes}: ${words.join(", ")}`;
}

/** A whole state line → its rows: registers in order, then the stack slots from fp-8 down. */
export function parseState(line: string): StateRow[] {
  return splitTop(line.trim(), " ")
    .map(parseEntry)
    .filter((r): r is StateRow => r !== undefined);
}
