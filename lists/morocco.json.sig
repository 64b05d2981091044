# Asli detached signature (Ed25519) over the exact bytes of the list file
asli-ed25519-public:NtongUqAlRNgzwXDcj/CYZ3rbsT8NNIy9EYF6MjVyW4=
asli-ed25519-signature:i0SmgFgOcrs8on9ER+Q+m0duRy1tl/gWGqMa3/KrjCAvyMAgvg91ouL4uOq//a7NTID0+qfxXqimtOg4xyQbCA==
