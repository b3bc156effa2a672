; about: a zero-sized helper read at the packet's start with no bytes proven: the range's end is allowed
; type: sched_cls

  r6 = *(u32 *)(r1 + 76)
  r7 = *(u32 *)(r1 + 80)
  r6 += 0
  r1 = r6
  r2 = 0
  r3 = 0
  r4 = 0
  r5 = 0
  call bpf_csum_diff
  r0 = 0
  exit
