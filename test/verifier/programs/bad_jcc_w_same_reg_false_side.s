; about: `if w6 s<= w6` with r6 -1 or 0: the fall-through side is refined with s> against itself, its s32 bounds cross (the kernel's 'REG INVARIANTS VIOLATION (false_reg1)'), and the sync that follows must leave them crossed as the kernel's does (the special case for a non-negative s32 range sets umax from s32max as a u64); r6 is then forgotten and `r2 += r6` refused
; type: xdp
  call 7
  r6 = r0
  r6 s>>= 63
  if w6 s<= w6 goto l0
  r2 = r10
  r2 += -512
  r2 += r6
  r1 = 0
  *(u8 *)(r2 + 0) = r1
  r0 = 0
  exit
l0:
  r0 = 1
  exit
