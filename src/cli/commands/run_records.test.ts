// `bpfplay run` on C programs that write ring buffer records and perf samples: each record printed
// as the members of the struct the program writes (text) and with a `decoded` object beside its
// hex (--json), in single runs and --pcap; records that cannot be read as their type stay hex with
// a note. --event and --events: test/cli/run_records_gallery.test.ts (it needs the UI's gallery,
// which src/cli may not import).
import { describe, expect, it } from "vitest";
import { compile } from "../../core/cc/index.ts";
import { RecordReader } from "./run_records.ts";
import { presetCapture } from "./run_fixtures.ts";
import { runInMemory } from "../memory_io.ts";

const cli = (argv: string[], files: Record<string, string | Uint8Array> = {}) => runInMemory(argv, files);

// XDP: a typed ring buffer record (signed, 64-bit, char array with bytes to escape, byte array),
// a perf sample, and 4 bytes of a 16-byte struct to a second ring buffer
const XDP_C = `#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct pkt { __u32 len; __s16 delta; char tag[8]; __u8 mac[2]; __u64 big; };
struct sample { __u64 n; __s32 neg; };

struct { __uint(type, BPF_MAP_TYPE_RINGBUF); __uint(max_entries, 4096); } rb SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY); __uint(key_size, 4); __uint(value_size, 4); } perf SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_RINGBUF); __uint(max_entries, 4096); } cut SEC(".maps");

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	struct pkt *p = bpf_ringbuf_reserve(&rb, sizeof(*p), 0);
	if (p) {
		p->len = ctx->data_end - ctx->data;
		p->delta = -2;
		__builtin_memcpy(p->tag, "xdp\\x01\\"", 6);
		p->mac[0] = 0xaa;
		p->mac[1] = 0xbb;
		p->big = 0xfffffffffffffff0ULL;
		bpf_ringbuf_submit(p, 0);
	}
	struct sample s = { 7, -5 };
	bpf_perf_event_output(ctx, &perf, BPF_F_CURRENT_CPU, &s, sizeof(s));
	bpf_ringbuf_output(&cut, &s, 4, 0);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
`;
const PKT_TEXT = (len: number) => `ringbuf rb: { len = ${len}, delta = -2, tag = "xdp\\x01\\"", mac = [170, 187], big = 18446744073709551600 }`;
const CUT_NOTE = "note: ringbuf cut: a record is 4 bytes; struct sample takes 16: shown as hex\n";
const PERF_TEXT = "perf perf: { n = 7, neg = -5 }";

describe("run: ring buffer records decoded by their C type", () => {
  it("a single run: members in text; in --json signed, exact 64-bit, escaped and list members; a short record stays hex with a note", () => {
    const t = cli(["run", "p.c"], { "p.c": XDP_C });
    expect(t.status).toBe(0);
    expect(t.stdout).toContain(`${PKT_TEXT(64)}\n${PERF_TEXT}\nringbuf cut: 07000000\n`);
    expect(t.stderr).toContain(CUT_NOTE);

    const r = cli(["run", "p.c", "--json"], { "p.c": XDP_C });
    // 2^64 - 16 as digits, not a rounded double
    expect(r.stdout).toContain('"big":18446744073709551600');
    const maps = r.json().result.maps;
    expect(maps.rb[0].data).toBe("40000000feff7864700122000000aabbf0ffffffffffffff");
    expect(maps.rb[0].decoded_as).toBe("struct pkt");
    expect(maps.rb[0].decoded).toMatchObject({ len: 64, delta: -2, tag: 'xdp\u0001"', mac: [170, 187] });
    expect(maps.cut).toEqual([{ data: "07000000", discarded: false, note: "ringbuf cut: a record is 4 bytes; struct sample takes 16: shown as hex" }]);
  });

  it("--pcap: each packet's records after its line; --json lists them per packet and decodes the maps after the last packet", () => {
    const files = { "p.c": XDP_C, "c.pcap": presetCapture() };
    const t = cli(["run", "p.c", "--pcap", "c.pcap"], files);
    expect(t.status).toBe(0);
    const first = t.stdout.split("\n").slice(0, 5);
    expect(first[0]).toMatch(/^packet 1 \(64 bytes, 1700000000.000000000\): r0 = 2 \(XDP_PASS\), \d+ instructions$/);
    expect(first.slice(1, 4)).toEqual([`packet 1: ${PKT_TEXT(64)}`, "packet 1: ringbuf cut: 07000000", `packet 1: ${PERF_TEXT}`]);
    expect(first[4]).toMatch(/^packet 2 \(74 bytes/);
    expect(t.stdout).toContain(`packet 2: ${PKT_TEXT(74)}\n`);
    expect(t.stderr.split("\n").filter((l) => l.startsWith("note: ringbuf"))).toEqual([CUT_NOTE.trim()]);

    const j = cli(["run", "p.c", "--pcap", "c.pcap", "--json"], files).json();
    expect(j.maps.rb.map((x: { decoded: { len: number } }) => x.decoded.len)).toEqual(j.results.map((x: { length: number }) => x.length));
    // and each packet's result lists the records its run wrote, in the order written
    type Rec = { kind: string; map: string; data: string; decoded_as?: string; decoded?: { len: number }; note?: string };
    for (const x of j.results as { length: number; records: Rec[] }[]) {
      expect(x.records.map((rec) => `${rec.kind} ${rec.map}`)).toEqual(["ringbuf rb", "ringbuf cut", "perf perf"]);
      expect(x.records[0]).toMatchObject({ decoded_as: "struct pkt", decoded: { len: x.length, delta: -2 } });
      expect(x.records[1]).toEqual({ kind: "ringbuf", map: "cut", data: "07000000", note: "ringbuf cut: a record is 4 bytes; struct sample takes 16: shown as hex" });
      expect(x.records[2]).toEqual({ kind: "perf", map: "perf", data: "0700000000000000fbffffff00000000", decoded_as: "struct sample", decoded: { n: 7, neg: -5 } });
    }
  });

  it("perf samples: run reads the perf event array as user space would; --no-perf-reader is a test run's -ENOENT", () => {
    // the helper's result as the program's: 0 with a reader, -2 (ENOENT) as an int without
    const rc = XDP_C.replace("\tbpf_perf_event_output(ctx", "\tlong rc = bpf_perf_event_output(ctx").replace("return XDP_PASS;", "return rc;");
    const t = cli(["run", "p.c"], { "p.c": rc });
    expect(t.stdout).toMatch(/^r0 = 0 \(0x0\)$/m);
    expect(t.stdout).toContain(`\n${PERF_TEXT}\n`);
    const sample = "0700000000000000fbffffff00000000";
    const j = cli(["run", "p.c", "--json"], { "p.c": rc }).json();
    expect(j.result.maps.perf).toEqual([{ key: "00000000", value: sample, decoded_as: "struct sample", decoded: { n: 7, neg: -5 } }]);

    const off = cli(["run", "p.c", "--no-perf-reader"], { "p.c": rc });
    expect(off.stdout).toMatch(/^r0 = 4294967294 \(0xfffffffe\)$/m);
    expect(off.stdout).not.toContain("perf perf");
    expect(cli(["run", "p.c", "--no-perf-reader", "--json"], { "p.c": rc }).json().result.maps.perf).toEqual([]);

    // --events: each event's sample in its output lines; --no-perf-reader: none
    const ev = cli(["run", "p.c", "--events", "2"], { "p.c": XDP_C });
    expect(ev.stdout.split("\n").filter((l) => l.includes("perf perf"))).toEqual([`event 0: ${PERF_TEXT}`, `event 1: ${PERF_TEXT}`]);
    expect(cli(["run", "p.c", "--events", "2", "--no-perf-reader"], { "p.c": XDP_C }).stdout).not.toContain("perf perf");
  });

  it("perf samples: the reader's lines and JSON from a sample's bytes", () => {
    const program = compile(XDP_C).programs[0].program;
    const reader = new RecordReader(program);
    const sample = "0700000000000000fbffffff00000000";
    expect(reader.outputLine(`perf perf: ${sample}`)).toBe("perf perf: { n = 7, neg = -5 }");
    expect(reader.outputJson([`perf perf: ${sample}`, "trace line"])).toEqual([{ kind: "perf", map: "perf", data: sample, decoded_as: "struct sample", decoded: { n: 7n, neg: -5n } }]);
    // a bpf_printk line that looks like a record, for a map that is not of that kind, is left alone
    expect(reader.outputLine(`ringbuf perf: ${sample}`)).toBe(`ringbuf perf: ${sample}`);
  });

  it("a record reserved as void * and converted to its struct later is decoded by that struct", () => {
    const later = XDP_C.replace("struct pkt *p = bpf_ringbuf_reserve(&rb, sizeof(*p), 0);\n\tif (p) {", "void *v = bpf_ringbuf_reserve(&rb, sizeof(struct pkt), 0);\n\tif (v) {\n\t\tstruct pkt *p = v;");
    expect(later).toContain("struct pkt *p = v;");
    const t = cli(["run", "p.c"], { "p.c": later });
    expect(t.stdout).toContain(`${PKT_TEXT(64)}\n`);
  });

  it("records of a map written with two types, and records of assembly, stay hex (a note only for C)", () => {
    const two = XDP_C.replace("bpf_ringbuf_output(&cut, &s, 4, 0);", "struct pkt q = {};\n\tbpf_ringbuf_output(&cut, &q, sizeof(q), 0);\n\tbpf_ringbuf_output(&cut, &s, sizeof(s), 0);");
    const t = cli(["run", "p.c"], { "p.c": two });
    expect(t.stderr).toContain("note: ringbuf cut: the program writes records of more than one type here (struct pkt, struct sample): shown as hex\n");
    expect(t.stdout).toMatch(/ringbuf cut: 0{48}\nringbuf cut: 0700000000000000fbffffff00000000\n/);

    const asm = "r1 = map[rb] ll\nr2 = r10\nr2 += -8\n*(u64 *)(r10 - 8) = 5\nr3 = 8\nr4 = 0\ncall bpf_ringbuf_output\nr0 = 0\nexit\n";
    const a = cli(["run", "p.s", "--map", "rb:ringbuf:0:0:4096", "--type", "kprobe"], { "p.s": asm });
    expect(a.stdout).toContain("ringbuf rb: 0500000000000000\n");
    expect(a.stderr).toBe("");
    const aj = cli(["run", "p.s", "--map", "rb:ringbuf:0:0:4096", "--type", "kprobe", "--json"], { "p.s": asm }).json();
    expect(aj.result.maps.rb).toEqual([{ data: "0500000000000000", discarded: false }]);
  });
});
