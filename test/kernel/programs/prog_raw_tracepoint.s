; about: a raw tracepoint program's ctx is the arguments as u64s; test_run passes them in ctx and runs on CPU 0
; type: raw_tracepoint
; ctx: 0100000000000000 0200000000000000 ffffffffffffffff
; map: out:array:4:16:1

  r9 = map_value[out] + 0 ll
  r2 = *(u64 *)(r1 + 0)
  r3 = *(u64 *)(r1 + 8)
  r4 = *(u64 *)(r1 + 16)
  r2 += r3
  r2 += r4
  *(u64 *)(r9 + 0) = r2
  *(u64 *)(r9 + 8) = r4
  r0 = r2
  exit
