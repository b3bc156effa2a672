; about: bpf_clone_redirect in tc: a copy to the loopback device's egress and ingress (0), -EINVAL for other flags and for a device that does not exist; the original packet goes on unchanged
; type: sched_cls
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:32:1

  r6 = r1
  r9 = map_value[out] + 0 ll
  r1 = r6
  r2 = 1
  r3 = 0
  call bpf_clone_redirect
  *(u64 *)(r9 + 0) = r0
  r1 = r6
  r2 = 1
  r3 = 1
  call bpf_clone_redirect
  *(u64 *)(r9 + 8) = r0
  r1 = r6
  r2 = 1
  r3 = 2
  call bpf_clone_redirect
  *(u64 *)(r9 + 16) = r0
  r1 = r6
  r2 = 0x7ffffff0
  r3 = 0
  call bpf_clone_redirect
  *(u64 *)(r9 + 24) = r0
  r0 = 0
  exit
