; about: division and modulo by non-zero constants, signed and unsigned, 32 and 64 bits
; type: xdp

  r0 = 100
  r0 /= 3
  r0 %= 7
  r0 s/= -2
  r0 s%= 5
  w0 /= 3
  w0 s%= -3
  exit
