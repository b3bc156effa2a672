; about: a chain of tail calls: main -> step1 -> step2, each adding to a counter
; type: sched_cls
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:8:1
; map: jmp:prog_array:4:4:4
; init: jmp:00000000:@step1
; init: jmp:02000000:@step2

  r9 = map_value[out] + 0 ll
  r2 = 1
  lock *(u64 *)(r9 + 0) += r2
  r2 = map[jmp] ll
  r3 = 0
  call bpf_tail_call
  r0 = 1
  exit

; Adds 10 and tail-calls slot 2.
step1:
  r9 = map_value[out] + 0 ll
  r2 = 10
  lock *(u64 *)(r9 + 0) += r2
  r2 = map[jmp] ll
  r3 = 2
  call bpf_tail_call
  r0 = 2
  exit

; Adds 100, returns the total.
step2:
  r9 = map_value[out] + 0 ll
  r2 = 100
  lock *(u64 *)(r9 + 0) += r2
  r0 = *(u64 *)(r9 + 0)
  exit
