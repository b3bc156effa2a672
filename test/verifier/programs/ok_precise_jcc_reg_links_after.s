; about: `if r8 s< r7`, with r7 wanted precise (r7 from `w7 = w0`, without an id), makes r8 wanted too, and with it r6, r8's copy (the same id, live after the jump, so in the jump's history entry): the kernel syncs linked registers after the instruction as well as before it, so the line before `r8 = r6` reads regs=r6,r7,r8
; type: xdp

  call bpf_get_prandom_u32
  r6 = r0
  r6 <<= 32
  r6 s>>= 63
  call bpf_get_prandom_u32
  w7 = w0
  r9 = 0
  r0 = 0
  r1 = 0
  if r9 == 0 goto l0
l0:
  r8 = r6
  if r8 s< r7 goto l1
  r0 = 0
l1:
  if r7 > 8 goto out
  r2 = r10
  r2 += -16
  r2 += r7
  r1 = 0
  *(u8 *)(r2 + 0) = r1
out:
  r0 = r6
  r0 = 0
  exit
