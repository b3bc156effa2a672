; about: r9 is a copy of r6 (one id), s32 in [-1, 0]; `if w6 s> w9` refines r6 to 0 and r9 to -1 (0xffffffff) on the taken side, and the kernel then syncs the source's copies first and the destination's after (check_cond_jmp_op): r6 becomes r9's 0xffffffff, then gives it back, so both are 0xffffffff and `r2 += r6` on fp is refused (bpfplay synced dst first, left both 0 and accepted)
; type: xdp
  call 7
  r6 = r0
  w6 s>>= 31
  r9 = r6
  if w6 s> w9 goto l0
  r0 = 0
  exit
l0:
  r2 = r10
  r2 += -16
  r2 += r6
  r1 = 0
  *(u8 *)(r2 + 0) = r1
  r0 = 0
  exit
