; about: bpf_csum_level: a test run's packet has no checksum state (query: -EACCES); increments count checked headers from 0 up to 3, decrements go back and past 0 to none, reset clears; an unknown level is -EINVAL
; type: sched_cls
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:96:1

  r6 = r1
  r9 = map_value[out] + 0 ll
  r1 = r6
  r2 = 0
  call bpf_csum_level
  *(u64 *)(r9 + 0) = r0         ; -EACCES
  r1 = r6
  r2 = 1
  call bpf_csum_level
  *(u64 *)(r9 + 8) = r0         ; 0
  r1 = r6
  r2 = 0
  call bpf_csum_level
  *(u64 *)(r9 + 16) = r0        ; level 0
  r1 = r6
  r2 = 1
  call bpf_csum_level
  r1 = r6
  r2 = 1
  call bpf_csum_level
  r1 = r6
  r2 = 1
  call bpf_csum_level
  r1 = r6
  r2 = 1
  call bpf_csum_level
  r1 = r6
  r2 = 0
  call bpf_csum_level
  *(u64 *)(r9 + 24) = r0        ; 3, the most
  r1 = r6
  r2 = 2
  call bpf_csum_level
  r1 = r6
  r2 = 0
  call bpf_csum_level
  *(u64 *)(r9 + 32) = r0        ; 2
  r1 = r6
  r2 = 2
  call bpf_csum_level
  r1 = r6
  r2 = 2
  call bpf_csum_level
  r1 = r6
  r2 = 2
  call bpf_csum_level
  *(u64 *)(r9 + 40) = r0        ; 0
  r1 = r6
  r2 = 0
  call bpf_csum_level
  *(u64 *)(r9 + 48) = r0        ; -EACCES: back to none
  r1 = r6
  r2 = 1
  call bpf_csum_level
  r1 = r6
  r2 = 3
  call bpf_csum_level
  *(u64 *)(r9 + 56) = r0        ; 0
  r1 = r6
  r2 = 0
  call bpf_csum_level
  *(u64 *)(r9 + 64) = r0        ; -EACCES
  r1 = r6
  r2 = 7
  call bpf_csum_level
  *(u64 *)(r9 + 72) = r0        ; -EINVAL
  r1 = r6
  r2 = 0x1234
  call bpf_csum_update
  *(u64 *)(r9 + 80) = r0        ; -ENOTSUPP: still no CHECKSUM_COMPLETE
  r0 = 0
  exit
