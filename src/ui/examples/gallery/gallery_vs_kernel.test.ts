// The kernel agrees with the gallery: each C example, compiled by clang-19 -O2 against bpfplay's
// built-in headers and loaded through libbpf (bpftool prog loadall), is accepted or rejected as
// gallery.test.ts finds bpfplay's verifier does, and a rejection's log says the same thing; each
// assembly example, assembled by bpfplay, is loaded through the bpf() harness. Where the kernel
// can test-run the type (XDP, tc, socket filter, cgroup_skb), r0 on the example's packet is the
// one its explanation states.

import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BUILTIN_HEADERS } from "../../../core/cc/headers/index.ts";
import { bpftoolAvailable, loadAll, testRun, unpin } from "../../../../test/elf/libbpf.ts";
import { kernelAvailable, kernelRun } from "../../../../test/kernel/reference.ts";
import { CLANG, findClang, writeTree } from "../../../../test/support/clang_layout.ts";
import { skipOrFail } from "../../../../test/support/skip.ts";
import { kernelRequest } from "../../../../test/verifier/cases.ts";
import { buildExample, inputOf, toHex } from "./engine.ts";
import { GALLERY } from "./index.ts";
import type { GalleryExample } from "./index.ts";

/** What the kernel's log says for each rejection the gallery shows (its first error line). */
const KERNEL_WORDS: Readonly<Record<string, RegExp>> = {
  "uninit-reg": /R\d+ !read_ok/,
  "pkt-bounds": /invalid access to packet/,
  "bad-deref": /invalid mem access 'map_value_or_null'/,
  "map-bounds": /invalid access to map value/,
  "infinite-loop": /infinite loop detected/,
  "ctx-access": /invalid bpf_context access/,
  "ref-leak": /Unreleased reference/,
};

/** Program types BPF_PROG_TEST_RUN runs on a packet. */
const RUNS_ON_PACKETS = new Set(["xdp", "sched_cls", "socket_filter", "cgroup_skb"]);

const cc = findClang();
const bpftool = bpftoolAvailable();
const bpf = kernelAvailable();
const why = !bpftool.ok ? bpftool.reason : !bpf.ok ? bpf.reason : undefined;
if (why) skipOrFail(why);
const ready = !!cc && !why;

const counts = { c: 0, asm: 0, runs: 0 };
afterAll(() => {
  if (ready) console.log(`gallery vs kernel: ${counts.c} C examples loaded through libbpf, ${counts.asm} assembly examples through bpf(), ${counts.runs} test runs with the stated r0`);
});

function checkC(e: GalleryExample) {
  const b = buildExample(e);
  if (!b.ok) throw new Error(`${e.id}: bpfplay does not build it`);
  const dir = writeTree({ ...BUILTIN_HEADERS, "prog.c": e.text }, "bpfplay-gallery-");
  try {
    const obj = join(dir, "prog.o");
    const c = spawnSync(CLANG, ["-target", "bpf", "-O2", "-g", "-nostdinc", `-I${dir}`, "-D__TARGET_ARCH_x86", "-c", join(dir, "prog.c"), "-o", obj], { encoding: "utf8" });
    expect(c.status, c.stderr).toBe(0);
    const l = loadAll(obj, e.id);
    try {
      const o = e.outcome;
      if (o?.verdict === "rejected") {
        expect(l.kind, l.kind === "object" ? l.message : "").toBe("rejected");
        if (l.kind === "rejected") expect(l.log).toMatch(KERNEL_WORDS[o.code]);
        return;
      }
      expect(l.kind, l.kind === "rejected" ? l.log.split("\n").slice(-6).join("\n") : l.kind === "object" ? l.message : "").toBe("loaded");
      counts.c++;
      if (l.kind !== "loaded" || !o || !RUNS_ON_PACKETS.has(e.progType)) return;
      const name = e.entry ?? b.program.symbols.find((s) => s.pc === 0)?.name ?? l.progs[0];
      const prog = l.progs.includes(name) ? name : l.progs[0];
      const r = testRun(l, prog, inputOf(e).packet);
      expect(r.ran, r.ran ? "" : r.reason).toBe(true);
      if (r.ran) {
        expect(r.r0).toBe(o.r0);
        counts.runs++;
      }
    } finally {
      unpin(l);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function checkAsm(e: GalleryExample) {
  const b = buildExample(e);
  if (!b.ok) throw new Error(`${e.id}: bpfplay does not assemble it`);
  const input = inputOf(e);
  const runs = RUNS_ON_PACKETS.has(e.progType) && e.outcome?.verdict === "accepted";
  const req = { ...kernelRequest(b.program, e.progType), load_only: !runs, ...(runs ? { packet_hex: toHex(input.packet) } : {}) };
  const reply = kernelRun(req);
  if (!reply.available || reply.error !== undefined) throw new Error(`the harness: ${!reply.available ? reply.reason : reply.error}`);
  const o = e.outcome;
  if (e.endless) {
    expect(reply.accepted).toBe(false);
    return;
  }
  if (o?.verdict === "rejected") {
    expect(reply.accepted).toBe(false);
    expect(reply.verifier_log).toMatch(KERNEL_WORDS[o.code]);
    return;
  }
  expect(reply.accepted, reply.verifier_log.split("\n").slice(-5).join("\n")).toBe(true);
  counts.asm++;
  if (runs && o) {
    expect(reply.result?.r0).toBe(o.r0);
    counts.runs++;
  }
}

describe.skipIf(!ready)("the kernel agrees with the gallery", () => {
  for (const e of GALLERY) it(`${e.id} (${e.language ?? "asm"}, ${e.progType})`, () => ((e.language ?? "asm") === "c" ? checkC(e) : checkAsm(e)), 60_000);
});
