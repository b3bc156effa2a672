// The compiler records what each program writes to a ring buffer or perf event array, by C type.
import { describe, expect, it } from "vitest";
import { compile } from "../index.ts";

const HEAD = `#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
struct ev { __u32 pid; char comm[16]; };
struct other { __u64 a; };
struct { __uint(type, BPF_MAP_TYPE_RINGBUF); __uint(max_entries, 4096); } rb SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY); __uint(key_size, 4); __uint(value_size, 4); } perf SEC(".maps");
`;

const recordsOf = (body: string, funcs = "") => {
  const r = compile(`${HEAD}${funcs}SEC("kprobe/do_exit")\nint p(void *ctx)\n{\n${body}\nreturn 0;\n}\nchar LICENSE[] SEC("license") = "GPL";\n`);
  expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const d = r.programs[0].program.debug!;
  return (d.records ?? []).map((x) => `${x.map}:${d.types[x.type].name}:${x.line}`);
};

describe("records a program writes, by C type", () => {
  it("a reserved record by the pointer it is assigned to, or cast to", () => {
    expect(recordsOf("struct ev *e = bpf_ringbuf_reserve(&rb, sizeof(*e), 0);\nif (e) bpf_ringbuf_submit(e, 0);")).toEqual(["rb:struct ev:10"]);
    expect(recordsOf("struct other *o = (struct other *)bpf_ringbuf_reserve(&rb, 8, 0);\nif (o) bpf_ringbuf_discard(o, 0);")).toEqual(["rb:struct other:10"]);
  });

  it("a reserved record kept as void * and converted later, through the variables that hold it", () => {
    expect(recordsOf("void *p = bpf_ringbuf_reserve(&rb, 8, 0);\nif (!p) return 0;\n((struct other *)p)->a = 1;\nbpf_ringbuf_submit(p, 0);")).toEqual(["rb:struct other:12"]);
    expect(recordsOf("void *p;\nvoid *q;\np = bpf_ringbuf_reserve(&rb, 20, 0);\nq = p;\nif (!q) return 0;\nstruct ev *e = q;\ne->pid = 1;\nbpf_ringbuf_submit(e, 0);")).toEqual(["rb:struct ev:15"]);
    // a pointer that never held a record is not one
    expect(recordsOf("struct ev x = {};\nvoid *p = &x;\nstruct ev *e = p;\nvoid *r = bpf_ringbuf_reserve(&rb, 8, 0);\nif (r) bpf_ringbuf_discard(r, 0);\nreturn e->pid;")).toEqual([]);
    // handed to a function that takes the struct (inlined or called)
    const funcs = "static __always_inline void fill(struct ev *e) { e->pid = 7; }\nstatic __noinline int fill2(struct other *o) { o->a = 8; return 0; }\n";
    expect(recordsOf("void *p = bpf_ringbuf_reserve(&rb, 24, 0);\nif (!p) return 0;\nfill(p);\nfill2(p);\nbpf_ringbuf_submit(p, 0);", funcs)).toEqual(["rb:struct ev:14", "rb:struct other:15"]);
  });

  it("the struct whose address goes to bpf_ringbuf_output and bpf_perf_event_output", () => {
    expect(recordsOf("struct ev e = {};\nbpf_ringbuf_output(&rb, &e, sizeof(e), 0);\nstruct other o = {};\nbpf_perf_event_output(ctx, &perf, BPF_F_CURRENT_CPU, &o, sizeof(o));")).toEqual(["rb:struct ev:11", "perf:struct other:13"]);
  });
});
