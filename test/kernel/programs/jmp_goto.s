; about: unconditional jumps: goto forward and backward (a bounded loop), goto +0 and a goto to the next insn
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001

  r0 = 0
  r1 = 0
  goto +0
  goto fwd
fwd:
  r0 += 1
  r1 += 1
  if r1 < 10 goto back
  goto done
back:
  r0 <<= 1
  goto fwd
done:
  exit
