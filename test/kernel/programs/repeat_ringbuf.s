; about: with repeat, every run adds a record to the ring
; type: sched_cls
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; repeat: 3
; map: rb:ringbuf:0:0:4096
; map: n:array:4:8:1

  r9 = map_value[n] + 0 ll
  r1 = 1
  r1 = atomic_fetch_add((u64 *)(r9 + 0), r1)
  *(u64 *)(r10 - 8) = r1
  r1 = map[rb] ll
  r2 = r10
  r2 += -8
  r3 = 8
  r4 = 0
  call bpf_ringbuf_output
  exit
