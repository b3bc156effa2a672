// Differential test of the verifier log against the Linux kernel's (6.18) at log levels 1 and 2:
// kernel_logs.json keeps the kernel's logs for every program in programs/ (logdiff.ts --record).
//  - the programs in SAME print exactly the kernel's log, line for line, at both levels (SAME_AT_1's at level 1);
//  - over all programs, the lines bpfplay gets right do not fall below FLOOR (the counts are printed);
//  - when bpf() works here, the kernel still prints those logs for SAME (the golden is honest).
import { basename } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { kernelAvailable, kernelRun } from "../kernel/reference.ts";
import { caseFiles, loadCase } from "./cases.ts";
import { diff, normalise, ourLog, readLogs, score, summary } from "./logdiff.ts";
import type { LogScore } from "./logdiff.ts";

const RERECORD = "re-record with `npx tsx test/verifier/logdiff.ts --record` (as root) and review the diff";

/** Programs whose log is the kernel's, line for line, at both levels: branches, calls, references, packets, atomics, precision tracking, stack liveness. */
const SAME = [
  "bad_array_const_key_misc_slot.s",
  "bad_array_key_over_narrow_spill_on_zero.s",
  "bad_atomic_bad_op.s",
  "bad_atomic_fetch_old_unknown.s",
  "bad_atomic_pkt.s",
  "bad_atomic_u16.s",
  "bad_bpf_loop_no_btf.s",
  "bad_call_depth_9.s",
  "bad_callback_not_func.s",
  "bad_cgroup_getpeername4_get_retval.s",
  "bad_cgroup_skb_sk_leak_before_return.s",
  "bad_ctx_skb_write_len.s",
  "bad_div_by_zero_imm.s",
  "bad_helper_not_for_xdp.s",
  "bad_helper_ringbuf_output_hash.s",
  "bad_helper_size_negative.s",
  "bad_index_by_modulo.s",
  "bad_infinite_loop_in_callee_holding_ref.s",
  "bad_infinite_loop_no_progress.s",
  "bad_infinite_loop_self.s",
  "bad_ld_abs_ctx_not_r6.s",
  "bad_linked_regs_over_six.s",
  "bad_live_stack_return_stack_ptr.s",
  "bad_map_key_null_lookup_result.s",
  "bad_map_null_check_inverted.s",
  "bad_map_second_lookup_unchecked.s",
  "bad_map_value_oob_read.s",
  "bad_map_value_unbounded_index.s",
  "bad_may_goto_reserved.s",
  "bad_may_goto_reserved_dst_reached.s",
  "bad_pkt_add_unknown.s",
  "bad_pkt_check_jmp32.s",
  "bad_pkt_stale_after_adjust_head.s",
  "bad_pkt_unbounded_add.s",
  "bad_prune_precise_callee_arg.s",
  "bad_prune_precise_spill.s",
  "bad_ptr_alu32.s",
  "bad_ringbuf_reserve_var_size.s",
  "bad_scalar_sub_ptr.s",
  "bad_socket_filter_sk_lookup_tcp.s",
  "bad_stack_fill_partial_pointer.s",
  "bad_stack_ptr_sub_var.s",
  "bad_subprog_reads_caller_r6_after.s",
  "bad_tail_call_hash.s",
  "bad_tail_call_with_reference.s",
  "bad_tc_tcp_sock_u64_half.s",
  "bad_uninit_r0_one_path.s",
  "bad_xdp_adjust_meta_refused.s",
  "bad_xdp_tcp_sock.s",
  "ok_atomic_cmpxchg_old_zero.s",
  "ok_atomic_fetch_old_spilled_const.s",
  "ok_atomic_stack.s",
  "ok_bpf2bpf_call.s",
  "ok_bpf2bpf_helper_in_callee.s",
  "ok_call_depth_8.s",
  "ok_call_holding_ref.s",
  "ok_callee_saved_survive_helper.s",
  "ok_combined_stack_512.s",
  "ok_ctx_skb_narrow_loads.s",
  "ok_gotol.s",
  "ok_helper_uninit_mem_var_offset.s",
  "ok_helper_uninit_stack_key_priv.s",
  "ok_ld_abs_tc.s",
  "ok_ld_imm64.s",
  "ok_ld_ind_loop.s",
  "ok_linked_regs_six.s",
  "ok_live_regs_foreign_helper_dead.s",
  "ok_live_regs_sleepable_helper_dead.s",
  "ok_live_stack_callee_reads_caller.s",
  "ok_live_stack_callee_writes_caller.s",
  "ok_live_stack_helper_inout.s",
  "ok_live_stack_high_slots.s",
  "ok_live_stack_loop.s",
  "ok_live_stack_partial_and_var.s",
  "ok_live_stack_read_write.s",
  "ok_live_stack_read_write_join.s",
  "ok_live_stack_three_frames.s",
  "ok_live_stack_write_not_same_slot.s",
  "ok_live_stack_write_not_same_type.s",
  "ok_loop_bounded.s",
  "ok_loop_signed_jmp32.s",
  "ok_map_lookup_null_check.s",
  "ok_may_goto_backedges_peak.s",
  "ok_may_goto_loop.s",
  "ok_may_goto_nested_in_callee.s",
  "ok_may_goto_r0_dead.s",
  "ok_may_goto_reserved_dead.s",
  "ok_pkt_loop_parse.s",
  "ok_pkt_meta.s",
  "ok_ptr_sub_ptr.s",
  "ok_r0_set_on_both_paths.s",
  "ok_redirect_map.s",
  "ok_scc_call_at_insn0.s",
  "ok_shifts.s",
  "ok_skb_load_bytes_var_len.s",
  "ok_stack_partial_init_read_priv.s",
  "ok_stack_var_offset_read_priv.s",
  "ok_tail_call.s",
  "ok_tail_call_known_index_precise.s",
  "ok_two_callers.s",
];

/**
 * Programs whose level-1 log is the kernel's, line for line, where level 2 is too long to keep or
 * differs (in precision marks or liveness lines): the statistics line says the walk stored the
 * states the kernel did.
 */
const SAME_AT_1 = ["ok_loop_bounded_down.s", "ok_loop_history_narrow_atomic.s", "ok_loop_history_over_40.s", "ok_loop_history_stack_ptr_jumps.s"];

/** The least share of the kernel's log lines bpfplay must print, per level (measured: see the printed counts). */
const FLOOR = { 1: 0.998, 2: 0.997 };
/** The least number of programs whose whole log is the kernel's, per level (measured 2026-12-06: 581 and 550). */
const IDENTICAL = { 1: 608, 2: 574 };

const logs = readLogs();
const files = caseFiles();

describe("kernel_logs.json", () => {
  it("has the kernel's logs for every program and no other", () => {
    const names = files.map((f) => basename(f));
    expect(names.filter((n) => !logs[n]), `programs without logs: ${RERECORD}`).toEqual([]);
    expect(Object.keys(logs).filter((n) => !names.includes(n)), `logs without a program: ${RERECORD}`).toEqual([]);
  });
});

describe("bpfplay's verifier log is the kernel's (kernel_logs.json)", () => {
  for (const level of [1, 2] as const) {
    for (const name of level === 1 ? [...SAME, ...SAME_AT_1] : SAME) {
      it(`level ${level}: ${name}`, () => {
        const c = loadCase(files.find((f) => basename(f) === name)!);
        const k = logs[name]?.[level];
        if (!k) throw new Error(`${name}: no kernel log at level ${level}; ${RERECORD}`);
        const ours = normalise(ourLog(c, level));
        const want = normalise(k);
        if (ours.join("\n") !== want.join("\n")) expect.fail(`${name} level ${level} ('-' kernel, '+' bpfplay):\n${diff(want, ours).join("\n")}`);
      });
    }
  }
});

describe("bpfplay's verifier log agrees with the kernel's over all programs", () => {
  const scores: Record<1 | 2, LogScore[]> = { 1: [], 2: [] };
  afterAll(() => {
    for (const level of [1, 2] as const) if (scores[level].length) console.log(`log level ${level} vs kernel: ${summary(scores[level])}`);
  });
  for (const level of [1, 2] as const) {
    it(`level ${level}: at least ${FLOOR[level] * 100}% of the kernel's lines, and ${IDENTICAL[level]} logs identical`, { timeout: 300_000 }, () => {
      for (const f of files) {
        const k = logs[basename(f)]?.[level];
        if (k) scores[level].push(score(loadCase(f), level, k));
      }
      const kernel = scores[level].reduce((s, x) => s + x.kernel, 0);
      const common = scores[level].reduce((s, x) => s + x.common, 0);
      expect(common / kernel, `level ${level}: ${summary(scores[level])}`).toBeGreaterThanOrEqual(FLOOR[level]);
      expect(scores[level].filter((x) => x.identical).length, `level ${level}: ${summary(scores[level])}`).toBeGreaterThanOrEqual(IDENTICAL[level]);
    });
  }
});

const kernel = kernelAvailable();

describe.runIf(kernel.ok)("the kernel (bpf_ref.py, load only) still prints the logs in kernel_logs.json", () => {
  for (const name of [...SAME, ...SAME_AT_1]) {
    it(name, { timeout: 120_000 }, () => {
      const c = loadCase(files.find((f) => basename(f) === name)!);
      for (const level of SAME_AT_1.includes(name) ? ([1] as const) : ([1, 2] as const)) {
        const r = kernelRun({ ...c.request, log_level: level });
        if (!r.available || r.error !== undefined) throw new Error(`${name}: ${r.available ? r.error : r.reason}`);
        expect(normalise(r.verifier_log), `${name} level ${level}: the kernel's log changed; ${RERECORD}`).toEqual(normalise(logs[name][level]!));
      }
    });
  }
});
