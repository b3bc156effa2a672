import { describe, expect, it } from "vitest";
import type { EditorSymbols } from "../../protocol/index.ts";
import { docFor, helperDocs, sectionDocs } from "./cdocs.ts";

const symbols: EditorSymbols = {
  maps: [{ name: "counts", type: "hash", keySize: 4, valueSize: 8, maxEntries: 256 }],
  records: [{ name: "struct iphdr", size: 20, fields: [{ name: "protocol", type: "__u8", offset: 9 }] }],
  functions: [{ name: "count", proto: "int count(struct xdp_md * ctx)" }],
};

describe("what the C editor says about a name", () => {
  it("gives a helper's C prototype, what it does and who may call it", () => {
    const d = docFor("bpf_map_lookup_elem", symbols)!;
    expect(d[0]).toBe("```c\nvoid *bpf_map_lookup_elem(void *map, const void *key)\n```");
    expect(d[1]).toMatch(/^Finds the value stored under key/);
    expect(d[2]).toBe("Helper #1; callable from every program type.");
    expect(helperDocs().length).toBeGreaterThan(100);
  });

  it("describes the unit's maps, structs, members and functions", () => {
    expect(docFor("counts", symbols)?.[0]).toBe("**map counts**: BPF_MAP_TYPE_HASH, key_size 4, value_size 8, max_entries 256.");
    expect(docFor("iphdr", symbols)?.[0]).toContain("__u8 protocol; /* offset 9 */");
    expect(docFor("protocol", symbols, true)?.[0]).toBe("`__u8 protocol`: member of `struct iphdr` at byte offset 9.");
    expect(docFor("protocol", symbols)).toBeUndefined();
    expect(docFor("count", symbols)?.[0]).toContain("int count(");
    expect(docFor("nothing", symbols)).toBeUndefined();
  });

  it("offers the section names libbpf knows, slashed where they take a target", () => {
    const labels = sectionDocs().map((d) => d.label);
    expect(labels).toEqual(expect.arrayContaining(["xdp", "tc", "socket", "kprobe/", "tracepoint/", ".maps", "license"]));
  });
});
