; about: failed tail calls fall through (an empty slot, an index past max_entries); the index is a u32
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:16:1
; map: jmp:prog_array:4:4:4
; init: jmp:00000000:@mark

  r6 = r1
  r9 = map_value[out] + 0 ll
  *(u64 *)(r9 + 0) = 1
  r1 = r6
  r2 = map[jmp] ll
  r3 = 2                        ; an empty slot
  call bpf_tail_call
  *(u64 *)(r9 + 0) = 2
  r1 = r6
  r2 = map[jmp] ll
  r3 = 4                        ; max_entries is 4
  call bpf_tail_call
  *(u64 *)(r9 + 0) = 3
  r1 = r6
  r2 = map[jmp] ll
  r3 = 0x100000000 ll           ; only the low 32 bits count: slot 0, mark
  call bpf_tail_call
  r0 = 9
  exit

; The target: writes out[1] and returns 42.
mark:
  r9 = map_value[out] + 0 ll
  r1 = *(u64 *)(r9 + 0)
  r1 += 0x100
  *(u64 *)(r9 + 8) = r1
  r0 = 42
  exit
