// PREVAIL's assembly (see the corpus README) into bpfplay's LLVM dialect, line by line.
//
//   goto <out>, call <f>                 goto L_out, call L_f
//   if r1 &== 8 goto <l>                 if r1 & 8 goto L_l            (jset)
//   r0 s8= r1, w0 s16= w1                r0 = (s8)r1, w0 = (s16)w1     (movsx)
//   r0 = swap32 r0                       r0 = bswap32 r0
//   lock *(u32 *)(r1 + 0) += r2 fetch    w2 = atomic_fetch_add((u32 *)(r1 + 0), w2)
//   lock *(u64 *)(r1 + 0) x= r2          r2 = xchg_64(r1 + 0, r2)
//   lock *(u64 *)(r1 + 0) cx= r2         r0 = cmpxchg_64(r1 + 0, r0, r2)
//   r1 = map_fd 1, r1 = map_val(1) + 4   r1 = map[prevail_test] ll, r1 = map_value[prevail_test] + 4 ll
//   call_btf 7                           call kfunc 7
//
// `assume` is not an instruction; by default a case that uses it is skipped. With
// `assume: "branch"` it becomes `if <negated condition> goto __pre_fail`, which prunes the
// same states. Other PREVAIL-only forms (`&!=`, map_by_idx, mva) are skipped with the reason.

export interface CodeResult {
  readonly lines: string[];
  /** The code names the test map (map_fd) or its value (map_val). */
  readonly mapFd: boolean;
  readonly mapValue: boolean;
  /** The code uses `assume`, turned into a branch. */
  readonly assumed: boolean;
  /** Legacy packet loads (skb[...]), which the kernel allows in skb program types only. */
  readonly legacyPacket: boolean;
}

const NEGATE: Record<string, string> = {
  "==": "!=", "!=": "==", "<": ">=", ">=": "<", ">": "<=", "<=": ">",
  "s<": "s>=", "s>=": "s<", "s>": "s<=", "s<=": "s>",
};
const FETCH: Record<string, string> = { "+": "add", "|": "or", "&": "and", "^": "xor" };

export const labelName = (l: string) => `L_${l.replace(/^<|>$/g, "").replace(/[^A-Za-z0-9_]/g, "_")}`;

class Skip extends Error {}

export function translateCode(
  blocks: readonly { readonly label: string; readonly lines: readonly string[] }[],
  assume: "skip" | "branch",
): CodeResult | { skip: string } {
  const out: string[] = [];
  const flags = { mapFd: false, mapValue: false, assumed: false, legacyPacket: false };
  try {
    for (const b of blocks) {
      out.push(`${labelName(b.label)}:`);
      for (const raw of b.lines) {
        const line = raw.replace(/;.*$/, "").trim();
        if (line) out.push(translateLine(line, assume, flags));
      }
    }
  } catch (e) {
    if (e instanceof Skip) return { skip: e.message };
    throw e;
  }
  return { lines: out, ...flags };
}

const sub = (r: string, w: boolean) => (w ? r.replace(/^r/, "w") : r);

function translateLine(line: string, assume: "skip" | "branch", flags: { mapFd: boolean; mapValue: boolean; assumed: boolean; legacyPacket: boolean }): string {
  let m: RegExpExecArray | null;
  const labels = (s: string) => s.replace(/<([^<>\s]+)>/g, (_, l: string) => labelName(l));

  if ((m = /^assume\s+(\S+)\s+(\S+)\s+(\S+)$/.exec(line))) {
    if (assume === "skip") throw new Skip("code: assume (a PREVAIL pseudo-instruction)");
    const neg = NEGATE[m[2]] ?? (() => {
      throw new Skip(`code: assume with operator ${m![2]}`);
    })();
    flags.assumed = true;
    return widths(`if ${m[1]} ${neg} ${m[3]} goto __pre_fail`);
  }
  if (/&!=/.test(line)) throw new Skip("code: a negated jset (&!=), which has no encoding");
  if (/\bmap_by_idx\b|\bmva\(/.test(line)) throw new Skip("code: map_by_idx/mva (BPF_PSEUDO_MAP_IDX loads need an fd_array)");
  if ((m = /^(\w+)\s*=\s*map_fd\s+\d+$/.exec(line))) {
    flags.mapFd = true;
    return `${m[1]} = map[prevail_test] ll`;
  }
  if ((m = /^(\w+)\s*=\s*map_val\(\d+\)\s*\+\s*(\d+)$/.exec(line))) {
    flags.mapValue = true;
    return `${m[1]} = map_value[prevail_test] + ${m[2]} ll`;
  }
  if ((m = /^lock\s+\*\(u(32|64)\s*\*\)\((\w+)\s*([+-])\s*(\d+)\)\s*(\+|\||&|\^|x|cx)=\s*(\w+)(\s+fetch)?$/.exec(line))) {
    const [, width, base, sign, off, op, src, fetch] = m;
    const w = width === "32";
    const addr = `${base} ${sign} ${off}`;
    const s = sub(src, w);
    if (op === "x") return w ? `${s} = xchg32_32(${addr}, ${s})` : `${s} = xchg_64(${addr}, ${s})`;
    if (op === "cx") return w ? `w0 = cmpxchg32_32(${addr}, w0, ${s})` : `r0 = cmpxchg_64(${addr}, r0, ${s})`;
    if (fetch) return `${s} = atomic_fetch_${FETCH[op]}((u${width} *)(${addr}), ${s})`;
    return `lock *(u${width} *)(${addr}) ${op}= ${s}`;
  }
  if (/\block\b/.test(line)) throw new Skip(`code: an atomic form bpfplay does not read (${line})`);
  if ((m = /^w(\d+)\s+s32=\s*[rw](\d+)$/.exec(line))) return `.insn 0xbc, ${m[1]}, ${m[2]}, 32, 0`; // no such instruction: its bytes
  if ((m = /^(\w+)\s+s(8|16|32)=\s*(\w+)$/.exec(line))) return widths(`${m[1]} = (s${m[2]})${m[3]}`);
  if ((m = /^(\w+)\s*=\s*swap(16|32|64)\s+(\w+)$/.exec(line))) return `${m[1]} = bswap${m[2]} ${m[3]}`;
  if ((m = /^call_btf\s+(\d+)$/.exec(line))) return `call kfunc ${m[1]}`;
  if (/skb\[/.test(line)) flags.legacyPacket = true;
  let t = line.replace(/&==/g, "&");
  t = t.replace(/^(\w+)\s*=\s*-\s*(\w+)$/, "$1 = -$2");
  t = t.replace(/(-?(?:0x[0-9a-fA-F]+|\d+))ll$/, "$1 ll");
  t = t.replace(/^(\w+)=(\w+)$/, "$1 = $2");
  return widths(labels(t));
}

/**
 * PREVAIL writes the operands of a 32-bit operation as r registers (`w2 += r1`,
 * `if w1 != r2 goto`); the width is the destination's. bpfplay wants them all alike.
 */
function widths(line: string): string {
  if (!/^(if\s+)?w\d+\b/.test(line) || line.includes("*(")) return line;
  return line.replace(/\br(\d+)\b/g, "w$1");
}
