; license "GPL"

; program xdp_pass: section xdp, type xdp, 2 slots
xdp_pass:
	w0 = 2	; 7
	exit
