; The target of tail_call_other.s: shares its maps (out, jmp); writes out[1] and returns 42.
  r9 = map_value[out] + 0 ll
  r1 = *(u64 *)(r9 + 0)
  r1 += 0x100
  *(u64 *)(r9 + 8) = r1
  r0 = 42
  exit
