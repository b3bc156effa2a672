; about: bpf_ktime_get_ns twice: only whether time went forward is returned, never the time itself
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001

  call bpf_ktime_get_ns
  r6 = r0
  call bpf_ktime_get_ns
  r1 = 0
  if r0 < r6 goto out
  r1 |= 1
out:
  if r6 == 0 goto zero
  r1 |= 2
zero:
  r0 = r1
  exit
