; about: xdp has no return-range check at load time; a privileged program may even return the frame pointer
; type: xdp

  r0 = r10
  exit
