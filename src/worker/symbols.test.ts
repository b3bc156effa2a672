import { describe, expect, it } from "vitest";
import { compile } from "../core/cc/index.ts";
import { editorSymbols, typeName } from "./symbols.ts";

describe("editorSymbols", () => {
  it("lists a compiled unit's maps, reachable structs with their members, and its functions", () => {
    const r = compile(
      `#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
struct pair { __u32 a; struct { __u16 b; }; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __type(key, __u32); __type(value, struct pair); __uint(max_entries, 4); } pairs SEC(".maps");
SEC("xdp") int f(struct xdp_md *ctx) { __u32 k = 0; struct pair *p = bpf_map_lookup_elem(&pairs, &k); return p ? p->b : XDP_PASS; }
`,
      { file: "prog.c" },
    );
    expect(r.diagnostics).toEqual([]);
    const s = editorSymbols(r.unit!, r.maps);
    expect(s.maps).toEqual([{ name: "pairs", type: "array", keySize: 4, valueSize: 8, maxEntries: 4 }]);
    expect(s.records.find((x) => x.name === "struct pair")?.fields).toEqual([
      { name: "a", type: "__u32", offset: 0 },
      { name: "b", type: "__u16", offset: 4 },
    ]);
    expect(s.records.some((x) => x.name === "struct xdp_md")).toBe(true);
    expect(s.functions.find((x) => x.name === "f")?.proto).toBe("int f(struct xdp_md *ctx)");
  });

  it("spells types as declarations do", () => {
    expect(typeName({ kind: "ptr", to: { kind: "int", size: 1, signed: false } })).toBe("unsigned char *");
    expect(typeName({ kind: "array", of: { kind: "int", size: 4, signed: true }, len: 3 })).toBe("int[3]");
  });
});
