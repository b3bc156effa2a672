; about: a whole spill of 0 that may_goto widens (the loop's previous entry held 1 there, not precise) is a spill of any value: its fill must not read 0
; type: xdp
  r1 = 1
  *(u64 *)(r10 - 8) = r1
  r2 = 0
  *(u64 *)(r10 - 16) = r2
loop:
  may_goto out
  r2 = *(u64 *)(r10 - 16)
  if r2 == 0 goto skip
  r1 = *(u64 *)(r10 - 8)
  if r1 > 1 goto bad
skip:
  r2 = 1
  *(u64 *)(r10 - 16) = r2
  r1 = *(u64 *)(r10 - 8)
  r1 ^= 1
  *(u64 *)(r10 - 8) = r1
  goto loop
out:
  r0 = 0
  exit
bad:
  r0 = *(u64 *)(r9 + 0)
  exit
