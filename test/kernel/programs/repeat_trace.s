; about: with repeat, bpf_trace_printk prints once per run; a map counter gives each line a different number
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; repeat: 3
; map: n:array:4:8:1

  r9 = map_value[n] + 0 ll
  r3 = 1
  r3 = atomic_fetch_add((u64 *)(r9 + 0), r3)
  r1 = 0x0a64252023 ll          ; "# %d\n"
  *(u64 *)(r10 - 8) = r1
  r1 = r10
  r1 += -8
  r2 = 6
  call bpf_trace_printk
  r0 = 2
  exit
