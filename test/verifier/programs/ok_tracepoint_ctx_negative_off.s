; about: a tracepoint program may read its context at a negative offset: the kernel compares the offset with the end of the common fields as an unsigned number (tp_prog_is_valid_access), so only alignment and the upper bound refuse it
; type: tracepoint

  r0 = *(u64 *)(r1 + 8)
  w2 = *(u32 *)(r1 - 8)
  r0 += r2
  r3 = *(u8 *)(r1 - 32767)
  r0 += r3
  exit
