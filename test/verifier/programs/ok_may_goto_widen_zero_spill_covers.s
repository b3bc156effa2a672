; about: an inner may_goto loop widens fp-16 (2 before, a spill of 0 now) to any value; the next outer pass, with a spill of 0 there again, is covered by that state by ranges, as the kernel's stacksafe compares two spills (a spill of 0, kept as zero bytes, is a spill)
; type: xdp
  call 7
  r2 = 0
  r3 = 2
  r6 = 0
  *(u64 *)(r10 -16) = r3
outer:
  r8 = 1
inner:
  may_goto next
  r8 += 1
  goto inner
next:
  *(u64 *)(r10 -16) = r2
  r6 += 2
  if r6 <= 13 goto outer
  r0 = 0
  exit
