; about: a direct map value address (ld_imm64 src 2) into an array
; type: xdp
; map: a:array:4:16:1

  r1 = map_value[a] + 8 ll
  r0 = *(u64 *)(r1 + 0)
  *(u64 *)(r1 - 8) = r0
  exit
