; about: a may_goto loop with `r7 |= 24` on r7 -1 or 0 (a fork, at a jump target) among other branches: a state at 32 (after a helper call) was cleaned once (its dead slot fp-96 forgotten) while its loop's visit held no back edges, and stays cleaned after the visit gains some; the kernel then prunes a later path at 32 that never allocated fp-96 (184 instructions). bpfplay never cleaned states in a may_goto loop and walked on (189)
; type: xdp

  *(u64 *)(r10 - 8) = 0
  *(u64 *)(r10 - 16) = 0
  *(u64 *)(r10 - 24) = 0
  *(u64 *)(r10 - 32) = 0
  r6 = 0
  r7 = 0
  r8 = 0
  r9 = 0
  r3 = 0
  r4 = 0
top:
  may_goto out
  if r6 s< 0 goto out
  if w6 != w9 goto l0
  r6 s>>= 4
l0:
  call 7
  r7 = r0
  r7 <<= 32
  r7 s>>= 63
  r6 &= -8
  if r9 != r8 goto l1
  if r7 s< 0 goto l2
  if w9 > 8 goto l3
l1:
  r7 |= 0x7ffffff8
l3:
  w9 &= 0
l2:
  r7 |= 24
  *(u64 *)(r10 - 16) = r7
  call 7
  r8 = r0
  r8 <<= 32
  r8 s>>= 63
  r8 ^= 8
  call 7
  r8 = r0
  r8 <<= 32
  r8 s>>= 63
  if r7 s< 0 goto out
  w8 |= 24
  if r8 != r6 goto l4
  w6 &= -16
  if r6 s< 0 goto out
l4:
  r6 &= 0x38
  r2 = r10
  r2 += -96
  r2 += r6
  r1 = 0
  *(u64 *)(r2 + 0) = r1
  goto top
out:
  r0 = 0
  exit
