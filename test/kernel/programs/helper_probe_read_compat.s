; about: bpf_probe_read and bpf_probe_read_str, the helpers from before user and kernel memory were told apart: a kernel address (the program's stack) is read as bpf_probe_read_kernel reads it, a user-half address (0x1000, NULL) as bpf_probe_read_user, which fails here with -EFAULT and a zeroed buffer
; type: raw_tracepoint
; ctx: 0100000000000000
; map: out:array:4:64:1

  r9 = map_value[out] + 0 ll
  r1 = 0x0068656c6c6f2121 ll    ; "!!olleh\0" read as bytes: 21 21 6f 6c 6c 65 68 00
  *(u64 *)(r10 - 8) = r1
  r1 = r10
  r1 += -24
  r2 = 8
  r3 = r10
  r3 += -8
  call bpf_probe_read
  *(u64 *)(r9 + 0) = r0         ; 0
  r1 = *(u64 *)(r10 - 24)
  *(u64 *)(r9 + 8) = r1         ; the bytes
  r1 = r10
  r1 += -24
  r2 = 16
  r3 = r10
  r3 += -8
  call bpf_probe_read_str
  *(u64 *)(r9 + 16) = r0        ; 8: seven characters and the NUL
  r1 = *(u64 *)(r10 - 24)
  *(u64 *)(r9 + 24) = r1
  r1 = r10
  r1 += -24
  r2 = 8
  r3 = 0x1000
  call bpf_probe_read
  *(u64 *)(r9 + 32) = r0        ; -EFAULT
  r1 = *(u64 *)(r10 - 24)
  *(u64 *)(r9 + 40) = r1        ; zeroed
  r1 = r10
  r1 += -24
  r2 = 8
  r3 = 0
  call bpf_probe_read_str
  *(u64 *)(r9 + 48) = r0        ; -EFAULT
  r0 = 0
  exit
