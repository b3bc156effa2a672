; about: raw_tracepoint args are u64 slots; 4 bytes at offset 2 is not one
; type: raw_tracepoint

  r0 = *(u32 *)(r1 + 2)
  exit
