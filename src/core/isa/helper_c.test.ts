import { describe, expect, it } from "vitest";
import { BUILTIN_HEADERS } from "../cc/headers/index.ts";
import { HELPER_C, helperC, helperDeclaration, helperSignature } from "./helper_c.ts";
import { HELPER_PROTOS, isSizeArg } from "./helper_protos.ts";
import { HELPER_COUNT, helperByName, helperName } from "./helpers.ts";

describe("helper C prototypes", () => {
  it("cover every helper id of enum bpf_func_id, once, in id order", () => {
    expect(HELPER_C.map((h) => h.id)).toEqual(Array.from({ length: HELPER_COUNT - 1 }, (_, k) => k + 1));
    for (const h of HELPER_C) expect(helperName(h.id)).toBe(h.name);
  });

  it("give every helper the verifier knows a prototype with as many arguments", () => {
    for (const p of HELPER_PROTOS) {
      const c = helperC(p.name);
      expect(c, p.name).toBeDefined();
      expect(c!.params.length, `${p.name}: ${helperSignature(c!)}`).toBe(p.args.length);
    }
  });

  it("agree with the verifier's prototypes on which arguments and results are pointers", () => {
    const POINTER = new Set(["const_map_ptr", "map_key", "map_value", "map_value_or_null", "uninit_map_value", "ctx", "mem", "mem_inout", "mem_inout_or_null", "uninit_mem", "ringbuf_mem", "sock_common", "sock", "sock_or_null", "sock_release", "const_str", "func", "stack_or_null"]);
    const bad: string[] = [];
    for (const p of HELPER_PROTOS) {
      const c = helperC(p.name)!;
      p.args.forEach((a, k) => {
        const ptr = c.params[k].type.endsWith("*");
        if ((POINTER.has(a) && !ptr) || (isSizeArg(a) && ptr)) bad.push(`${p.name} arg ${k + 1}: ${a} vs ${c.params[k].type}`);
      });
      const retPtr = c.ret.endsWith("*");
      if (retPtr !== (p.ret !== "integer" && p.ret !== "void")) bad.push(`${p.name} returns ${p.ret} vs ${c.ret}`);
    }
    expect(bad).toEqual([]);
  });

  it("have a summary and named parameters", () => {
    for (const h of HELPER_C) {
      expect(h.doc.length, h.name).toBeGreaterThan(15);
      for (const p of h.params) expect(p.name, h.name).toMatch(/^[a-z_][a-z0-9_]*$/);
    }
  });

  it("print as libbpf declares them", () => {
    expect(helperDeclaration(helperC("map_lookup_elem")!)).toBe("static void *(*bpf_map_lookup_elem)(void *map, const void *key) = (void *) 1;");
    expect(helperDeclaration(helperC("bpf_ktime_get_ns")!)).toBe("static __u64 (*bpf_ktime_get_ns)(void) = (void *) 5;");
    expect(helperDeclaration(helperC("trace_printk")!)).toBe("static long (*bpf_trace_printk)(const char *fmt, __u32 fmt_size, ...) = (void *) 6;");
    expect(helperSignature(helperC("sk_fullsock")!)).toBe("struct bpf_sock *bpf_sk_fullsock(struct bpf_sock *sk)");
  });

  it("generate bpf/bpf_helper_defs.h with the ids of isa/helpers.ts", () => {
    const text = BUILTIN_HEADERS["bpf/bpf_helper_defs.h"];
    const decls = [...text.matchAll(/^static .*?\(\*bpf_(\w+)\)\(.*\) = \(void \*\) (\d+);$/gm)];
    expect(decls.length).toBe(HELPER_COUNT - 1);
    for (const [, name, id] of decls) expect(helperByName(name)?.id, name).toBe(Number(id));
  });
});
