; about: a tail call into another program (at label mark): it never returns here
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:16:1
; map: jmp:prog_array:4:4:4
; init: jmp:01000000:@mark

  r9 = map_value[out] + 0 ll
  *(u64 *)(r9 + 0) = 1
  r2 = map[jmp] ll
  r3 = 1
  call bpf_tail_call
  *(u64 *)(r9 + 8) = 0xbad       ; reached only if the tail call fails
  r0 = 7
  exit

; The target: writes out[1] and returns 42.
mark:
  r9 = map_value[out] + 0 ll
  r1 = *(u64 *)(r9 + 0)
  r1 += 0x100
  *(u64 *)(r9 + 8) = r1
  r0 = 42
  exit
