; about: LD_ABS past the end of the packet ends the program at once with r0 = 0
; type: socket_filter
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:16:1

  r6 = r1
  r9 = map_value[out] + 0 ll
  *(u64 *)(r9 + 0) = 1
  r0 = *(u32 *)skb[44]          ; the IP packet is 46 bytes: 44..47 runs past it
  *(u64 *)(r9 + 8) = 2
  r0 = 77
  exit
