; about: a variable-offset store of a non-zero value over zeroed stack bytes makes them data, not zero
; type: socket_filter
  r2 = 1
  *(u32 *)(r10 - 4) = 0
  r3 = *(u32 *)(r1 + 0)
  r3 &= 1
  r4 = r10
  r4 += r3
  *(u8 *)(r4 - 4) = r2
  r5 = *(u8 *)(r10 - 4)
  if r5 == 0 goto ok
  r6 = 0
  r0 = *(u64 *)(r6 + 0)
ok:
  r0 = 0
  exit
