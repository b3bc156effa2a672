; about: bpf_jiffies64 twice: only whether it is past INITIAL_JIFFIES' low word and did not go backwards is returned, never the count itself (it depends on the uptime)
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001

  call bpf_jiffies64
  r6 = r0
  call bpf_jiffies64
  r1 = 0
  if r0 < r6 goto back
  r1 |= 1
back:
  r2 = 0xfffedb08 ll            ; INITIAL_JIFFIES at HZ 250 (the low word, as 64-bit jiffies start there)
  if r6 < r2 goto early
  r1 |= 2
early:
  r0 = r1
  exit
