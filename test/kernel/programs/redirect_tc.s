; about: bpf_redirect in tc returns TC_ACT_REDIRECT (7), or TC_ACT_SHOT (2) for unknown flags; test_run only reports it
; type: sched_cls
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:16:1

  r9 = map_value[out] + 0 ll
  r1 = 1
  r2 = 8                        ; unknown flag
  call bpf_redirect
  *(u64 *)(r9 + 0) = r0
  r1 = 1
  r2 = 0
  call bpf_redirect
  *(u64 *)(r9 + 8) = r0
  exit
