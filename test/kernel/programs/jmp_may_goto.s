; about: may_goto in a short loop: it falls through while the loop budget lasts
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001

  r0 = 0
  r1 = 0
loop:
  may_goto out
  r0 += r1
  r1 += 1
  if r1 < 100 goto loop
out:
  exit
