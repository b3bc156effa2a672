; about: bpf_probe_read_kernel_str: returns the length with the NUL; truncates to size - 1 plus NUL; address 16 gives -34 (ERANGE) and a zeroed buffer
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:56:1

  r9 = map_value[out] + 0 ll
  r1 = 0x0000006f6c6c6568 ll    ; "hello"
  *(u64 *)(r10 - 8) = r1
  r1 = -1
  *(u64 *)(r10 - 16) = r1
  *(u64 *)(r10 - 24) = r1
  r1 = r10
  r1 += -24
  r2 = 16
  r3 = r10
  r3 += -8
  call bpf_probe_read_kernel_str
  *(u64 *)(r9 + 0) = r0         ; 6
  r1 = *(u64 *)(r10 - 24)
  *(u64 *)(r9 + 8) = r1
  r1 = *(u64 *)(r10 - 16)       ; the tail past the NUL: left as it was?
  *(u64 *)(r9 + 16) = r1
  r1 = r10
  r1 += -24
  r2 = 4
  r3 = r10
  r3 += -8
  call bpf_probe_read_kernel_str
  *(u64 *)(r9 + 24) = r0        ; 4: "hel" and a NUL
  r1 = *(u64 *)(r10 - 24)
  *(u64 *)(r9 + 32) = r1
  r1 = r10
  r1 += -24
  r2 = 16
  r3 = 16
  call bpf_probe_read_kernel_str
  *(u64 *)(r9 + 40) = r0
  r1 = *(u64 *)(r10 - 24)
  *(u64 *)(r9 + 48) = r1
  r0 = 2
  exit
