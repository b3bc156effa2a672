; about: kprobe reads pt_regs
; type: kprobe

  r0 = *(u64 *)(r1 + 80)
  r2 = *(u32 *)(r1 + 112)
  r0 += r2
  exit
