; about: bpf_ktime_get_coarse_ns and bpf_ktime_get_tai_ns: only properties that hold on every boot come back, as bits of r0: the coarse clock is not 0 and not ahead of bpf_ktime_get_ns; TAI is past 2020 and does not go backwards
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001

  call bpf_ktime_get_coarse_ns
  r6 = r0
  call bpf_ktime_get_ns
  r7 = r0
  call bpf_ktime_get_tai_ns
  r8 = r0
  call bpf_ktime_get_tai_ns
  r1 = 0
  if r6 == 0 goto zero
  r1 |= 1
zero:
  if r6 > r7 goto ahead
  r1 |= 2
ahead:
  r2 = 1577836800000000000 ll   ; 2020-01-01
  if r8 < r2 goto old
  r1 |= 4
old:
  if r0 < r8 goto back
  r1 |= 8
back:
  r0 = r1
  exit
