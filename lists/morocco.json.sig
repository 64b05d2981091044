# Asli detached signature (Ed25519) over the exact bytes of the list file
asli-ed25519-public:NtongUqAlRNgzwXDcj/CYZ3rbsT8NNIy9EYF6MjVyW4=
asli-ed25519-signature:68NjBmCs2Fzgw6gBzi5IPTdznzMABTgNV9Uq2vREJnZlWDq4NxiP7f6jF3tAQbNK2a7Q/kPckYMj/uE5maccBg==
