; about: a stack store at fp-16 plus a scalar whose range spans 2^63 (`r3 s>>= 62` then `r3 |= 8`, its sign tested): refused as misaligned, as the kernel does; the scan of the slots it may touch (for the log) once ran over the whole range and never ended
; type: xdp
  call 7
  r3 = r0
  r3 <<= 32
  r3 s>>= 62
  r3 |= 8
  if r3 s< 0 goto out
  r2 = r10
  r2 += -16
  r2 += r3
  r1 = 0
  *(u64 *)(r2 + 0) = r1
out:
  r0 = 0
  exit
