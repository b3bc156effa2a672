; about: per-CPU hash: update from the program, then lookup; the dump shows CPU 0's values
; type: sched_cls
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: ph:percpu_hash:8:8:4
; init: ph:0100000000000000:0500000000000000

  *(u64 *)(r10 - 8) = 2
  *(u64 *)(r10 - 16) = 0x77
  r1 = map[ph] ll
  r2 = r10
  r2 += -8
  r3 = r10
  r3 += -16
  r4 = 1                        ; BPF_NOEXIST
  call bpf_map_update_elem
  r6 = r0
  *(u64 *)(r10 - 8) = 1
  r1 = map[ph] ll
  r2 = r10
  r2 += -8
  call bpf_map_lookup_elem
  if r0 == 0 goto fail
  r1 = *(u64 *)(r0 + 0)
  r1 *= 7
  *(u64 *)(r0 + 0) = r1
  r0 = r1
  r0 += r6
  exit
fail:
  r0 = 0
  exit
