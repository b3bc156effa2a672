; about: r6 is 0 or 8 and r2 is in [1, 7]; `if r6 == r2` is undecided, and its taken side intersects their known bits to the value 0, outside the range [1, 7]; 6.18's __update_reg64_bounds makes both registers that value (tnum_step: the range and the known bits meet nowhere, so the greatest member is taken), and the kernel walks that side with r2 = r6 = 0 (bpfplay called it dead: 12 instructions instead of 14)
; type: xdp
  call 7
  r6 = r0
  r6 &= 8
  call 7
  r2 = r0
  r2 &= 7
  if r2 == 0 goto l1
  if r6 == r2 goto l0
l1:
  r0 = 0
  exit
l0:
  r0 = 1
  exit
