; about: an sk_lookup program may return 1
; type: sk_lookup

  r0 = 1
  exit
