; about: a zero-sized helper read at packet offset 1 with no bytes proven: even zero bytes must start within the checked range
; type: sched_cls

  r6 = *(u32 *)(r1 + 76)
  r7 = *(u32 *)(r1 + 80)
  r6 += 1
  r1 = r6
  r2 = 0
  r3 = 0
  r4 = 0
  r5 = 0
  call bpf_csum_diff
  r0 = 0
  exit
