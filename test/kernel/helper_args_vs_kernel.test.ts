// The helper records added from the kernel's measured availability, end to end: small programs
// that call them (new callers, the argument kinds mem_inout and sk_assign's socket, tail_call
// keeping packet pointers, which helpers forget them, the NULL a percpu lookup keeps, bind in
// the connect hooks) go through bpfplay's verifier and the kernel's BPF_PROG_LOAD; the verdicts
// must agree, and so must the error line where `line` says the two word it alike. Needs bpf():
// without it the test says SKIP, and fails under CI=true.
import { describe, expect, it } from "vitest";
import { assemble } from "../../src/core/asm/index.ts";
import { parseMapSpec } from "../../src/cli/args.ts";
import { verify } from "../../src/core/verifier/index.ts";
import { kernelRequest } from "../verifier/cases.ts";
import { kernelError } from "../verifier/kernelLog.ts";
import { kernelAvailable, kernelRunBatch } from "./reference.ts";

interface Case {
  readonly name: string;
  readonly type: string;
  readonly maps?: readonly string[];
  readonly text: string;
  /** Compare the first error line too (false where bpfplay words a refusal its own way). */
  readonly line?: boolean;
}

const RET1 = "  r0 = 1\n  exit\n";
/** r6 = the socket of an sk_lookup_tcp on a zeroed 12-byte tuple, or exit. */
const LOOKUP = `
  r6 = r1
  r2 = 0
  *(u64 *)(r10 - 16) = r2
  *(u32 *)(r10 - 8) = r2
  r2 = r10
  r2 += -16
  r3 = 12
  r4 = -1
  r5 = 0
  call bpf_sk_lookup_tcp
  if r0 == 0 goto out
`;

const CASES: readonly Case[] = [
  { name: "get_current_uid_gid in cgroup_skb", type: "cgroup_skb", text: "  call bpf_get_current_uid_gid\n" + RET1 },
  { name: "get_current_task in sched_cls", type: "sched_cls", text: "  call bpf_get_current_task\n" + RET1 },
  { name: "skb_load_bytes in flow_dissector", type: "flow_dissector", text: "  r2 = 0\n  r3 = r10\n  r3 += -8\n  r4 = 8\n  call bpf_skb_load_bytes\n" + RET1 },
  { name: "probe_read_str in tracepoint", type: "tracepoint", text: "  r1 = r10\n  r1 += -16\n  r2 = 16\n  r3 = 0\n  call bpf_probe_read_str\n" + RET1 },
  { name: "get_ns_current_pid_tgid in xdp", type: "xdp", text: "  r1 = 0\n  r2 = 0\n  r3 = r10\n  r3 += -8\n  r4 = 8\n  call bpf_get_ns_current_pid_tgid\n" + RET1 },
  { name: "trace_vprintk with NULL data", type: "xdp", text: "  r1 = 10\n  *(u64 *)(r10 - 8) = r1\n  r1 = r10\n  r1 += -8\n  r2 = 8\n  r3 = 0\n  r4 = 0\n  call bpf_trace_vprintk\n" + RET1 },
  { name: "perf_event_read on a perf event array", type: "kprobe", maps: ["ev:perf_event_array:4:4:4"], text: "  r1 = map[ev] ll\n  r2 = 0\n  call bpf_perf_event_read\n" + RET1 },
  { name: "perf_event_read on an array", type: "kprobe", maps: ["a:array:4:8:4"], text: "  r1 = map[a] ll\n  r2 = 0\n  call bpf_perf_event_read\n" + RET1 },
  { name: "read_branch_records with NULL for the size (mem_inout_or_null)", type: "perf_event", text: "  r2 = 0\n  r3 = 0\n  r4 = 1\n  call bpf_read_branch_records\n" + RET1 },
  { name: "read_branch_records into uninitialised stack (mem_inout_or_null)", type: "perf_event", text: "  r2 = r10\n  r2 += -32\n  r3 = 32\n  r4 = 0\n  call bpf_read_branch_records\n" + RET1 },
  { name: "get_func_ip in kprobe", type: "kprobe", text: "  call bpf_get_func_ip\n" + RET1 },
  // the kernel refuses it later than bpfplay ("not supported for program type"): verdicts only
  { name: "get_func_ip in tracepoint", type: "tracepoint", text: "  call bpf_get_func_ip\n" + RET1, line: false },
  { name: "sysctl_get_name into initialised stack (mem_inout)", type: "cgroup_sysctl", text: "  r2 = 0\n  *(u64 *)(r10 - 8) = r2\n  r2 = r10\n  r2 += -8\n  r3 = 8\n  r4 = 0\n  call bpf_sysctl_get_name\n" + RET1 },
  { name: "sysctl_get_name into uninitialised stack (mem_inout)", type: "cgroup_sysctl", text: "  r2 = r10\n  r2 += -8\n  r3 = 8\n  r4 = 0\n  call bpf_sysctl_get_name\n" + RET1 },
  {
    name: "sysctl_get_name into a read-only map value (mem_inout)",
    type: "cgroup_sysctl",
    maps: ["ro:array:4:8:1:128"],
    text: "  r6 = r1\n  r1 = 0\n  *(u32 *)(r10 - 4) = r1\n  r2 = r10\n  r2 += -4\n  r1 = map[ro] ll\n  call bpf_map_lookup_elem\n  if r0 == 0 goto out\n  r1 = r6\n  r2 = r0\n  r3 = 8\n  r4 = 0\n  call bpf_sysctl_get_name\nout:\n" + RET1,
  },
  { name: "sk_assign with a looked-up socket (sock)", type: "sched_cls", text: LOOKUP + "  r1 = r6\n  r2 = r0\n  r7 = r0\n  r3 = 0\n  call bpf_sk_assign\n  r1 = r7\n  call bpf_sk_release\nout:\n  r0 = 0\n  exit\n" },
  { name: "sk_assign with a sock_common from skc_lookup_tcp", type: "sched_cls", text: LOOKUP.replace("bpf_sk_lookup_tcp", "bpf_skc_lookup_tcp") + "  r1 = r6\n  r2 = r0\n  r7 = r0\n  r3 = 0\n  call bpf_sk_assign\n  r1 = r7\n  call bpf_sk_release\nout:\n  r0 = 0\n  exit\n" },
  // the kernel lists every socket type it takes: verdicts only
  { name: "sk_assign with NULL in sched_cls", type: "sched_cls", text: "  r2 = 0\n  r3 = 0\n  call bpf_sk_assign\n  r0 = 0\n  exit\n", line: false },
  {
    name: "map_lookup_percpu_elem keeps its NULL with a constant key",
    type: "xdp",
    maps: ["pc:percpu_array:4:8:4"],
    text: "  r1 = 0\n  *(u32 *)(r10 - 4) = r1\n  r2 = r10\n  r2 += -4\n  r1 = map[pc] ll\n  r3 = 0\n  call bpf_map_lookup_percpu_elem\n  r0 = *(u64 *)(r0 + 0)\n" + RET1,
  },
  {
    name: "map_lookup_percpu_elem after a NULL check",
    type: "xdp",
    maps: ["pc:percpu_array:4:8:4"],
    text: "  r1 = 0\n  *(u32 *)(r10 - 4) = r1\n  r2 = r10\n  r2 += -4\n  r1 = map[pc] ll\n  r3 = 0\n  call bpf_map_lookup_percpu_elem\n  if r0 == 0 goto out\n  r0 = *(u64 *)(r0 + 0)\nout:\n" + RET1,
  },
  {
    name: "a packet pointer after a failed tail call",
    type: "xdp",
    maps: ["jt:prog_array:4:4:1"],
    text: "  r6 = r1\n  r7 = *(u32 *)(r1 + 0)\n  r8 = *(u32 *)(r1 + 4)\n  r2 = r7\n  r2 += 1\n  if r2 > r8 goto out\n  r1 = r6\n  r2 = map[jt] ll\n  r3 = 0\n  call bpf_tail_call\n  r0 = *(u8 *)(r7 + 0)\nout:\n" + RET1,
  },
  // which helpers make the verifier forget packet pointers (bpf_helper_changes_pkt_data)
  ...["skb_change_tail", "skb_adjust_room", "skb_change_proto", "skb_vlan_push", "clone_redirect", "csum_level", "skb_change_type", "set_hash"].map((h) => ({
    name: `a packet pointer after ${h}`,
    type: "sched_cls",
    text: `  r6 = r1\n  r7 = *(u32 *)(r1 + 76)\n  r8 = *(u32 *)(r1 + 80)\n  r2 = r7\n  r2 += 1\n  if r2 > r8 goto out\n  r1 = r6\n  r2 = 0\n  r3 = 0\n  r4 = 0\n  call bpf_${h}\n  r0 = *(u8 *)(r7 + 0)\nout:\n` + RET1,
  })),
  { name: "msg_apply_bytes in sk_msg", type: "sk_msg", text: "  r2 = 1\n  call bpf_msg_apply_bytes\n" + RET1 },
  { name: "sock_ops_cb_flags_set in sock_ops", type: "sock_ops", text: "  r2 = 0\n  call bpf_sock_ops_cb_flags_set\n" + RET1 },
  { name: "skb_adjust_room in sched_cls", type: "sched_cls", text: "  r2 = 0\n  r3 = 0\n  r4 = 0\n  call bpf_skb_adjust_room\n" + RET1 },
  { name: "xdp_load_bytes in xdp", type: "xdp", text: "  r2 = 0\n  r3 = r10\n  r3 += -8\n  r4 = 8\n  call bpf_xdp_load_bytes\n" + RET1 },
  { name: "xdp_get_buff_len in xdp", type: "xdp", text: "  call bpf_xdp_get_buff_len\n" + RET1 },
  // bind: connect4 and connect6 hooks only; a struct sockaddr the program has written, and its size
  ...["cgroup/connect4", "cgroup/connect6", "cgroup/bind4", "cgroup/sendmsg4", "cgroup_sock_addr"].map((type) => ({
    name: `bind in ${type}`,
    type,
    text: "  r2 = 0\n  *(u64 *)(r10 - 16) = r2\n  *(u64 *)(r10 - 8) = r2\n  r2 = r10\n  r2 += -16\n  r3 = 16\n  call bpf_bind\n" + RET1,
  })),
  { name: "bind of uninitialised stack", type: "cgroup/connect4", text: "  r2 = r10\n  r2 += -16\n  r3 = 16\n  call bpf_bind\n" + RET1 },
  { name: "bind with a size not known", type: "cgroup/connect6", text: "  r6 = r1\n  r2 = 0\n  *(u64 *)(r10 - 8) = r2\n  call bpf_get_prandom_u32\n  r1 = r6\n  r2 = r10\n  r2 += -8\n  r3 = r0\n  call bpf_bind\n" + RET1 },
  { name: "skb_set_tunnel_key in sched_cls", type: "sched_cls", text: "  r2 = 0\n  *(u64 *)(r10 - 8) = r2\n  r2 = r10\n  r2 += -8\n  r3 = 8\n  r4 = 0\n  call bpf_skb_set_tunnel_key\n" + RET1 },
];

function build(c: Case) {
  const maps = (c.maps ?? []).map(parseMapSpec);
  const { program, diagnostics } = assemble(c.text, { maps });
  const errors = diagnostics.filter((d) => d.severity === "error");
  if (errors.length) throw new Error(`${c.name}: ${errors.map((d) => d.message).join("; ")}`);
  return program;
}

describe("helper records vs the kernel: calls to the added helpers", () => {
  let kernel: { ok: true } | { ok: false; reason: string };
  try {
    kernel = kernelAvailable();
  } catch (e) {
    kernel = { ok: false, reason: (e as Error).message };
  }
  it.runIf(!kernel.ok)("cannot ask the kernel here", () => {
    if (!kernel.ok) throw new Error(kernel.reason); // kernelAvailable said SKIP, or FAIL under CI=true
  });
  it.runIf(kernel.ok)("bpfplay's verdict is the kernel's on each", () => {
    const programs = CASES.map(build);
    const replies = kernelRunBatch(programs.map((p, k) => kernelRequest(p, CASES[k].type)));
    const wrong: string[] = [];
    CASES.forEach((c, k) => {
      const r = replies[k];
      if (!r.available || r.error !== undefined) throw new Error(`${c.name}: ${JSON.stringify(r)}`);
      const v = verify(programs[k], { progType: c.type, logLevel: 1 });
      const mine = v.accepted ? "accepted" : v.diagnostics[0].message;
      const theirs = r.accepted ? "accepted" : (kernelError(r.verifier_log)?.message ?? r.verifier_log.trim().split("\n").slice(-2)[0]);
      if (v.accepted !== r.accepted) wrong.push(`${c.name}: bpfplay ${mine} | kernel ${theirs}`);
      else if (!v.accepted && c.line !== false && mine !== theirs) wrong.push(`${c.name}: bpfplay says '${mine}', the kernel '${theirs}'`);
    });
    expect(wrong).toEqual([]);
  });
});
