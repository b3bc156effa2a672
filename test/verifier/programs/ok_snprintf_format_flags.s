; about: flags [0 +-] and a width before the conversion, l and ll for 64 bits
; type: raw_tracepoint
; map: rodata:array:4:24:1:0x80
; init: rodata:00000000:252d303864252b356c6c6425206c75255800000000000000
; freeze: rodata

  r6 = 0
  *(u64 *)(r10 - 16) = r6
  *(u64 *)(r10 - 8) = r6
  *(u64 *)(r10 - 24) = r6
  *(u64 *)(r10 - 32) = r6
  *(u64 *)(r10 - 40) = r6
  *(u64 *)(r10 - 48) = r6
  r1 = r10
  r1 += -16
  r2 = 16
  r3 = map_value[rodata] ll
  r4 = r10
  r4 += -48
  r5 = 32
  call bpf_snprintf
  r0 = 0
  exit
