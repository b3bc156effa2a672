; about: bpf_csum_update in tc: BPF_PROG_TEST_RUN's packets carry no checksum from a device (CHECKSUM_NONE), so -ENOTSUPP (-524) and nothing changes
; type: sched_cls
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001

  r2 = 0x1234
  call bpf_csum_update
  exit
