// Random valid C programs free of undefined behaviour, in the spirit of Csmith but small: integer
// variables of every width and signedness, every operator, casts, mixed-signedness comparisons,
// shifts, local arrays and structs with bit-fields, if/else, bounded loops, switch, small inline
// and noinline functions, .data/.bss globals and a map. The program folds every value into a hash
// it returns and stores in maps. UB is kept out by construction (see expr.ts). Seeded: the same
// seed gives the same program.
import { INT, U64, VAR_TYPES, literal, memberType } from "./ctypes.ts";
import type { IntType } from "./ctypes.ts";
import { ExprGen, Rng } from "./expr.ts";
import type { Features, Var } from "./expr.ts";

export interface Generated {
  readonly source: string;
  /** Whether it uses signed division or modulo (clang needs -mcpu=v4). */
  readonly v4: boolean;
}

interface Field {
  readonly name: string;
  readonly t: IntType;
  readonly width?: number;
}

const ALL: Features = {
  div: true, sdiv: true, shift: true, ternary: true, comma: true, cast: true, compare: true,
  struct: true, bitfield: true, array: true, loop: true, switch: true, inline: true, noinline: true,
  compound: true, incdec: true, globals: true, maps: true, wideBitfield: true, unaryOnUnsignedConstant: true,
};

/** Features by level: 0 plain arithmetic on locals, 1 control flow and globals, 2 everything. */
export function featuresAt(level: number, avoid: readonly (keyof Features)[] = []): Features {
  const f: Record<keyof Features, boolean> = { ...ALL };
  if (level < 2) for (const k of ["struct", "bitfield", "array", "inline", "noinline", "sdiv", "comma"] as const) f[k] = false;
  if (level < 1) for (const k of ["loop", "switch", "globals", "maps", "ternary", "incdec", "compound"] as const) f[k] = false;
  for (const k of avoid) f[k] = false;
  return f;
}

export function generate(seed: number, level: number, avoid: readonly (keyof Features)[] = []): Generated {
  const rng = new Rng(seed);
  const feat = featuresAt(level, avoid);
  const g = new ExprGen(rng, feat);
  const out: string[] = [];
  const inputs = Array.from({ length: 8 }, () => rng.interesting64());
  out.push(`__u64 in[8] = { ${inputs.map((v) => `0x${v.toString(16)}ULL`).join(", ")} };`);
  if (feat.globals) {
    const data = rng.pick(VAR_TYPES);
    const bss = rng.pick(VAR_TYPES);
    out.push(`${data.name} g_data = ${rng.int(1, 1000)};`, `${bss.name} g_bss;`);
    g.globals.push({ name: "g_data", t: data, writable: true }, { name: "g_bss", t: bss, writable: true });
  }
  if (feat.struct) {
    const fields: Field[] = [];
    const n = rng.int(2, 5);
    for (let i = 0; i < n; i++) {
      const t = rng.pick(VAR_TYPES);
      const widest = t.bits === 64 && !feat.wideBitfield ? 32 : t.bits;
      const width = feat.bitfield && rng.chance(0.5) ? rng.int(1, widest) : undefined;
      fields.push({ name: `f${i}`, t, width });
    }
    out.push(`struct S { ${fields.map((f) => `${f.t.name} ${f.name}${f.width !== undefined ? ` : ${f.width}` : ""};`).join(" ")} };`);
    g.structFields = fields.map((f) => ({ name: f.name, t: memberType(f.t, f.width), store: f.t }));
  }
  // functions: each may call the ones before it; none touches globals, so calls are pure
  const nfun = (feat.inline ? rng.int(0, 2) : 0) + (feat.noinline ? rng.int(0, 2) : 0);
  for (let i = 0; i < nfun; i++) {
    const inline = feat.inline && (!feat.noinline || rng.chance(0.5));
    const ret = rng.pick(VAR_TYPES);
    const params: Var[] = Array.from({ length: rng.int(1, 5) }, (_, k) => ({ name: `p${k}`, t: rng.pick(VAR_TYPES), writable: true }));
    const body = g.functionBody(params, ret);
    out.push(`static ${inline ? "__always_inline" : "__noinline"} ${ret.name} fn${i}(${params.map((p) => `${p.t.name} ${p.name}`).join(", ")})\n{\n${body}}`);
    g.functions.push({ name: `fn${i}`, params: params.map((p) => p.t), ret });
  }
  if (feat.maps) {
    out.push(
      "struct {\n\t__uint(type, BPF_MAP_TYPE_ARRAY);\n\t__type(key, __u32);\n\t__type(value, __u64);\n\t__uint(max_entries, 4);\n} out_array SEC(\".maps\");",
      "struct {\n\t__uint(type, BPF_MAP_TYPE_HASH);\n\t__type(key, __u32);\n\t__type(value, __u64);\n\t__uint(max_entries, 8);\n} out_hash SEC(\".maps\");",
    );
  }
  const section = rng.chance(0.5) ? "xdp" : "socket";
  const ctx = section === "xdp" ? "struct xdp_md *ctx" : "struct __sk_buff *ctx";
  const body = g.mainBody();
  const stores = feat.maps
    ? "\t__u32 key0 = 0, key1 = 1;\n\t__u64 val0 = h, val1 = h >> 7;\n\tbpf_map_update_elem(&out_array, &key0, &val0, BPF_ANY);\n" +
      "\tbpf_map_update_elem(&out_hash, &key1, &val1, BPF_ANY);\n\tbpf_map_update_elem(&out_hash, &key0, &val0, BPF_NOEXIST);\n"
    : "";
  out.push(`SEC("${section}")\nint prog(${ctx})\n{\n${body}${stores}\treturn (int)(h ^ (h >> 32));\n}`);
  const header = [
    `// about: random program, seed ${seed}, level ${level}${avoid.length ? `, avoiding ${avoid.join(" ")}` : ""}`,
    "// packet: ipv4-tcp",
    ...(g.usedSdiv ? ["// cpu: v4"] : []),
    "#include <linux/bpf.h>",
    "#include <bpf/bpf_helpers.h>",
    "",
  ];
  return { source: [...header, ...out, "", 'char LICENSE[] SEC("license") = "GPL";', ""].join("\n"), v4: g.usedSdiv };
}

export { INT, U64, literal };
