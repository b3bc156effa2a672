; about: r8 is -1 or 0, and `if r8 s> r8` is undecided by its bounds; the kernel (6.18) refines r8 against itself on the taken side (smax = smax - 1, then smin = smin + 1), finds crossed bounds, logs 'verifier bug: REG INVARIANTS VIOLATION (true_reg1)' and forgets r8's bounds, so `r2 += r8` on the stack pointer is refused there (bpfplay used to learn nothing from a register compared with itself, and accepted)
; type: xdp
  call 7
  r8 = r0
  r8 <<= 32
  r8 s>>= 63
  if r8 s> r8 goto l0
  r0 = 0
l0:
  r2 = r10
  r2 += -8
  r2 += r8
  r1 = 0
  *(u8 *)(r2 + 0) = r1
  r0 = 0
  exit
