; about: bpf_sk_lookup_tcp in a test run finds no socket for 10.255.255.1:1 -> 10.255.255.2:1 and returns NULL
; type: sched_cls
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001

  *(u32 *)(r10 - 16) = 0x01ffff0a
  *(u32 *)(r10 - 12) = 0x02ffff0a
  *(u32 *)(r10 - 8) = 0x01000100
  r2 = r10
  r2 += -16
  r3 = 12
  r4 = -1
  r5 = 0
  call bpf_sk_lookup_tcp
  if r0 == 0 goto none
  r1 = r0
  call bpf_sk_release
  r0 = 7
  exit
none:
  r0 = 3
  exit
