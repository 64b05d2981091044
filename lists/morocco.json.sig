# Asli detached signature (Ed25519) over the exact bytes of the list file
asli-ed25519-public:NtongUqAlRNgzwXDcj/CYZ3rbsT8NNIy9EYF6MjVyW4=
asli-ed25519-signature:VnY/KTzneK3I695iDzNS5owpf/3kw7/lnmWdCa7sJBwkJGdokaMjgC6FXqbSBPUCwtthH/3QTeC4PbrBa4zhAw==
