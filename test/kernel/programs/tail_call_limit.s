; about: a program that tail-calls itself: the kernel stops after 33 tail calls (34 runs), then falls through
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:8:1
; map: jmp:prog_array:4:4:1
; init: jmp:00000000:@entry

entry:
  r9 = map_value[out] + 0 ll
  r2 = 1
  lock *(u64 *)(r9 + 0) += r2
  r2 = map[jmp] ll
  r3 = 0
  call bpf_tail_call
  r0 = *(u64 *)(r9 + 0)
  exit
