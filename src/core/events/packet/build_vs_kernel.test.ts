// The kernel as the reference for built packets (as root, through BPF_PROG_TEST_RUN and
// test/kernel/bpf_ref.py):
//  - checksums: an XDP program copies each header or segment the dissector found (with the
//    IPv4/IPv6 pseudo-header in front) onto the stack and sums it with the kernel's
//    bpf_csum_diff (csum_partial); a checksum is valid when the folded sum is 0xffff. The kernel's
//    verdict must equal the dissector's "[correct]", and every checksum the builder computed must
//    be valid, while the ones given wrong on purpose must not be;
//  - parsing: a cgroup_skb test run has the kernel take the frame apart (eth_type_trans, then the
//    IPv4 or IPv6 header into the test socket); the program reports skb->protocol, family and
//    the addresses, which must be what the dissector reads.
import { describe, expect, it } from "vitest";
import { assemble } from "../../asm/index.ts";
import { bytesToHex, encodeInsns } from "../../isa/index.ts";
import { kernelAvailable, kernelRunBatch } from "../../../../test/kernel/reference.ts";
import type { KernelRequest } from "../../../../test/kernel/reference.ts";
import { fromHex, toHex } from "../bytes.ts";
import { dissect } from "../dissect/dissect.ts";
import type { Field } from "../dissect/tree.ts";
import { build } from "./build.ts";
import type { Packet } from "./layers.ts";
import { PRESETS } from "./presets.ts";
import { randomPacket } from "./random.ts";

const ETH = { kind: "ethernet", dst: "02:00:00:00:00:02", src: "02:00:00:00:00:01" } as const;
const BROKEN: Packet[] = [
  { layers: [ETH, { kind: "ipv4", src: "10.0.0.1", dst: "10.0.0.2", checksum: 0x1234 }, { kind: "udp", srcPort: 1, dstPort: 2, checksum: 0x4321 }, { kind: "payload", text: "abc" }] },
  { layers: [ETH, { kind: "ipv4", src: "10.0.0.1", dst: "10.0.0.2" }, { kind: "tcp", srcPort: 1, dstPort: 2, checksum: 1 }] },
  { layers: [ETH, { kind: "ipv6", src: "2001:db8::1", dst: "2001:db8::2" }, { kind: "icmpv6", checksum: 7 }] },
  { layers: [ETH, { kind: "ipv4", src: "10.0.0.1", dst: "10.0.0.2" }, { kind: "icmp", checksum: 9 }, { kind: "payload", text: "x" }] },
];
const PACKETS: { name: string; packet: Packet; broken: boolean }[] = [
  ...PRESETS.filter((p) => p.name !== "truncated").map((p) => ({ name: p.name, packet: p.packet, broken: false })),
  ...Array.from({ length: 60 }, (_, i) => ({ name: `random ${i + 1}`, packet: randomPacket(1000 + i), broken: false })),
  ...BROKEN.map((packet, i) => ({ name: `broken ${i + 1}`, packet, broken: true })),
];

const all = (fs: readonly Field[]): Field[] => fs.flatMap((f) => [f, ...all(f.children)]);

function program(text: string, maps: { name: string; type: string; keySize: number; valueSize: number; maxEntries: number; flags: number }[] = []): string {
  const { program, diagnostics } = assemble(text, { maps });
  const errors = diagnostics.filter((d) => d.severity === "error");
  if (errors.length) throw new Error(errors.map((d) => d.message).join("; ") + "\n" + text);
  return bytesToHex(encodeInsns(program.insns));
}

/** Sums `prefix` then `len` packet bytes from `off` (zero-padded to 4) with bpf_csum_diff; returns the folded sum. */
function sumProgram(prefix: Uint8Array, off: number, len: number): string {
  const total = (prefix.length + len + 3) & ~3;
  const base = 512;
  const lines = ["r6 = r1"];
  prefix.forEach((b, i) => lines.push(`*(u8 *)(r10 - ${base - i}) = ${b}`));
  for (let i = prefix.length + len; i < total; i++) lines.push(`*(u8 *)(r10 - ${base - i}) = 0`);
  lines.push("r1 = r6", `r2 = ${off}`, "r3 = r10", `r3 += -${base - prefix.length}`, `r4 = ${len}`, "call bpf_xdp_load_bytes", "if r0 != 0 goto fail");
  lines.push("r1 = 0", "r2 = 0", "r3 = r10", `r3 += -${base}`, `r4 = ${total}`, "r5 = 0", "call bpf_csum_diff");
  lines.push("r1 = r0", "r1 >>= 16", "r0 &= 0xffff", "r0 += r1", "r1 = r0", "r1 >>= 16", "r0 += r1", "r0 &= 0xffff", "exit", "fail:", "r0 = 0x10000", "exit");
  return program(lines.join("\n"));
}

interface SumCheck {
  readonly name: string;
  readonly abbrev: string;
  readonly request: KernelRequest;
  /** The dissector's verdict. */
  readonly correct: boolean;
  readonly broken: boolean;
}

/** What to sum for each checksum the dissector judged, from the places it found. */
function sumChecks(name: string, bytes: Uint8Array, broken: boolean): SumCheck[] {
  const layers = dissect(bytes).layers;
  const out: SumCheck[] = [];
  const packet_hex = toHex(bytes);
  let ip: Field | undefined;
  for (const l of layers) {
    const fields = all([l]);
    const sum = fields.find((f) => /^(ip|tcp|udp|icmp|icmpv6)\.checksum$/.test(f.abbrev));
    if (l.abbrev === "ip" || l.abbrev === "ipv6") ip = l;
    if (!sum || !/\[(correct|incorrect)/.test(sum.show)) continue;
    let prefix = new Uint8Array(0);
    let len: number;
    if (l.abbrev === "ip") len = l.length;
    else {
      const ipEnd = ip!.abbrev === "ip" ? ip!.offset + (all([ip!]).find((f) => f.abbrev === "ip.len")!.value as number) : ip!.offset + 40 + (all([ip!]).find((f) => f.abbrev === "ipv6.plen")!.value as number);
      len = l.abbrev === "udp" ? (fields.find((f) => f.abbrev === "udp.length")!.value as number) : Math.min(bytes.length, ipEnd) - l.offset;
      const proto = { tcp: 6, udp: 17, icmp: 1, icmpv6: 58 }[l.abbrev]!;
      if (l.abbrev !== "icmp") {
        const v4 = ip!.abbrev === "ip";
        const src = bytes.subarray(ip!.offset + (v4 ? 12 : 8), ip!.offset + (v4 ? 16 : 24));
        let dst = bytes.subarray(ip!.offset + (v4 ? 16 : 24), ip!.offset + (v4 ? 20 : 40));
        // RFC 8200 8.1: with a routing header, the final destination (the dissector names the addresses)
        const rh = layers.find((x) => x.abbrev === "ipv6.routing");
        const left = rh && (all([rh]).find((f) => f.abbrev === "ipv6.routing.segleft")!.value as number);
        const addrs = rh ? all([rh]).filter((f) => f.abbrev === "ipv6.routing.addr") : [];
        const type = rh && (all([rh]).find((f) => f.abbrev === "ipv6.routing.type")!.value as number);
        if (left && addrs.length) {
          const a = addrs[type === 4 ? 0 : addrs.length - 1];
          dst = bytes.subarray(a.offset, a.offset + 16);
        }
        prefix = v4
          ? Uint8Array.of(...src, ...dst, 0, proto, len >> 8, len & 0xff)
          : Uint8Array.of(...src, ...dst, 0, 0, len >> 8, len & 0xff, 0, 0, 0, proto);
      }
    }
    out.push({ name, abbrev: sum.abbrev, correct: sum.show.includes("[correct]"), broken, request: { prog_type: "xdp", insns_hex: sumProgram(prefix, l.offset, len), packet_hex } });
  }
  return out;
}

/** cgroup_skb: skb->protocol, family, remote_ip4, local_ip4, remote_ip6[4], local_ip6[4] into out[0]. */
const PARSE = program(
  [
    "r2 = map_value[out] + 0 ll",
    ...[[16, 0], [88, 4], [92, 8], [96, 12], [100, 16], [104, 20], [108, 24], [112, 28], [116, 32], [120, 36], [124, 40], [128, 44]].flatMap(([ctx, at]) => [`r3 = *(u32 *)(r1 + ${ctx})`, `*(u32 *)(r2 + ${at}) = r3`]),
    "r0 = 1",
    "exit",
  ].join("\n"),
  [{ name: "out", type: "array", keySize: 4, valueSize: 48, maxEntries: 1, flags: 0 }],
);

describe("built packets vs the kernel", () => {
  it("the kernel's csum_partial agrees with every checksum verdict, and built checksums are valid", () => {
    const k = kernelAvailable();
    if (!k.ok) return;
    const checks = PACKETS.flatMap(({ name, packet, broken }) => {
      const r = build(packet);
      if (!r.ok) throw new Error(`${name}: ${r.message}`);
      return sumChecks(name, r.bytes, broken);
    });
    const replies = kernelRunBatch(checks.map((c) => c.request));
    let valid = 0;
    let invalid = 0;
    replies.forEach((reply, i) => {
      const c = checks[i];
      const what = `${c.name} ${c.abbrev}`;
      if (!reply.available || reply.error !== undefined || !reply.accepted || !reply.result) throw new Error(`${what}: the kernel did not run it: ${JSON.stringify(reply).slice(0, 600)}`);
      expect(reply.result.r0, `${what}: bpf_xdp_load_bytes failed`).not.toBe(0x10000);
      const kernelValid = reply.result.r0 === 0xffff;
      expect(kernelValid, `${what}: kernel sum 0x${reply.result.r0.toString(16)}, dissector ${c.correct ? "correct" : "incorrect"}`).toBe(c.correct);
      if (!c.broken) expect(kernelValid, `${what}: a computed checksum`).toBe(true);
      if (kernelValid) valid++;
      else invalid++;
    });
    console.log(`build_vs_kernel: ${checks.length} checksums summed by the kernel: ${valid} valid, ${invalid} invalid (made wrong on purpose)`);
    // broken 1: IPv4 and UDP; 2: TCP; 3: ICMPv6; 4: ICMP
    expect(invalid).toBe(5);
    expect(valid).toBeGreaterThan(100);
  });

  it("the kernel finds the EtherType and the IP addresses where the dissector does", () => {
    const k = kernelAvailable();
    if (!k.ok) return;
    const frames = PACKETS.filter((p) => !p.broken).map((p) => ({ name: p.name, bytes: (build(p.packet) as { bytes: Uint8Array }).bytes }));
    const replies = kernelRunBatch(
      frames.map((f) => ({ prog_type: "cgroup_skb", insns_hex: PARSE, packet_hex: toHex(f.bytes), maps: [{ name: "out", type: "array", key_size: 4, value_size: 48, max_entries: 1 }] })),
    );
    replies.forEach((reply, i) => {
      const { name, bytes } = frames[i];
      if (!reply.available || reply.error !== undefined || !reply.accepted || !reply.result) throw new Error(`${name}: ${JSON.stringify(reply).slice(0, 600)}`);
      const entry = reply.result.maps.out[0] as { value: string };
      const v = fromHex(entry.value)!;
      const fields = all(dissect(bytes).layers);
      const type = fields.find((f) => f.abbrev === "eth.type")!.value as number;
      // skb->protocol is the frame's EtherType in network order
      expect(toHex(v.subarray(0, 2)), `${name}: protocol`).toBe(type.toString(16).padStart(4, "0"));
      const family = v[4] | (v[5] << 8);
      if (type === 0x0800) {
        expect(family, name).toBe(2);
        // the test socket's local address is the header's source, its remote the destination
        expect(toHex(v.subarray(12, 16)), `${name}: source`).toBe(toHex(fromHex(ipv4Hex(fields, "ip.src"))!));
        expect(toHex(v.subarray(8, 12)), `${name}: destination`).toBe(toHex(fromHex(ipv4Hex(fields, "ip.dst"))!));
      } else if (type === 0x86dd) {
        expect(family, name).toBe(10);
        const at = (abbrev: string) => fields.find((f) => f.abbrev === abbrev)!.offset;
        expect(toHex(v.subarray(32, 48)), `${name}: source`).toBe(toHex(bytes.subarray(at("ipv6.src"), at("ipv6.src") + 16)));
        expect(toHex(v.subarray(16, 32)), `${name}: destination`).toBe(toHex(bytes.subarray(at("ipv6.dst"), at("ipv6.dst") + 16)));
      } else expect(family, `${name}: no IP header, no family`).not.toBeOneOf([2, 10]);
    });
  });
});

const ipv4Hex = (fields: Field[], abbrev: string) =>
  (fields.find((f) => f.abbrev === abbrev)!.value as string)
    .split(".")
    .map((x) => Number(x).toString(16).padStart(2, "0"))
    .join("");
