; about: bpf_trace_vprintk: five arguments from an array of u64s into one trace line; -EINVAL for a length not a whole number of u64s, more than 12 of them, or no array
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:40:1

  r9 = map_value[out] + 0 ll
  r1 = 0x6425206425206425 ll    ; "%d %d %d %d %llx\n"
  *(u64 *)(r10 - 24) = r1
  r1 = 0x786c6c2520642520 ll
  *(u64 *)(r10 - 16) = r1
  r1 = 0x0a
  *(u64 *)(r10 - 8) = r1
  *(u64 *)(r10 - 64) = 1
  *(u64 *)(r10 - 56) = -2
  *(u64 *)(r10 - 48) = 300
  *(u64 *)(r10 - 40) = 4000
  r1 = 0xdeadbeefcafe ll
  *(u64 *)(r10 - 32) = r1
  r1 = r10
  r1 += -24
  r2 = 18
  r3 = r10
  r3 += -64
  r4 = 40
  call bpf_trace_vprintk
  *(u64 *)(r9 + 0) = r0         ; bytes written
  r1 = r10
  r1 += -24
  r2 = 18
  r3 = r10
  r3 += -64
  r4 = 12
  call bpf_trace_vprintk
  *(u64 *)(r9 + 8) = r0         ; -EINVAL
  r1 = r10
  r1 += -24
  r2 = 18
  r3 = 0
  r4 = 0
  call bpf_trace_vprintk
  *(u64 *)(r9 + 16) = r0        ; -EINVAL: five conversions, no arguments
  r1 = r10
  r1 += -24
  r2 = 18
  r3 = r10
  r3 += -64
  r4 = 32
  call bpf_trace_vprintk
  *(u64 *)(r9 + 24) = r0        ; -EINVAL: four arguments for five conversions
  r0 = 2
  exit
