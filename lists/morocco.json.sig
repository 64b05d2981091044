# Asli detached signature (Ed25519) over the exact bytes of the list file
asli-ed25519-public:NtongUqAlRNgzwXDcj/CYZ3rbsT8NNIy9EYF6MjVyW4=
asli-ed25519-signature:o1YGpnEkDiViabU2NJbaFSz46JkDUfSuE3QVZnOr4PpoxlpML3bS86TU92Z8Aa1FBYEhqv5TUjw39lcyn2zfDA==
