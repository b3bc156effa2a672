; about: after `r3 |= 8` on -1 or 0, the pushed path's r3 is 8, not 0 (it runs the OR again): a stack store at fp-8 plus r3 is out of bounds there, and the kernel refuses it
; type: xdp
  call 7
  r3 = r0
  r3 <<= 32
  r3 s>>= 63
  r3 |= 8
  if r3 s< 0 goto out
  r2 = r10
  r2 += -8
  r2 += r3
  r1 = 0
  *(u64 *)(r2 + 0) = r1
out:
  r0 = 0
  exit
