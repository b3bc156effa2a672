; about: `r3 s>>= 63` leaves -1 or 0; `r3 &= -16` is then walked as the kernel's maybe_fork_scalars does, once with r3 = 0 (the instruction again) and once with r3 = -1, so the stack offset is known on each path (without the fork, -1 or 0 anded with -16 is unbounded and the store is refused)
; type: xdp
  call 7
  r3 = r0
  r3 <<= 32
  r3 s>>= 63
  r3 &= -16
  r2 = r10
  r2 += -8
  r2 += r3
  r1 = 0
  *(u64 *)(r2 + 0) = r1
  r0 = 0
  exit
