# Asli detached signature (Ed25519) over the exact bytes of the list file
asli-ed25519-public:NtongUqAlRNgzwXDcj/CYZ3rbsT8NNIy9EYF6MjVyW4=
asli-ed25519-signature:HoFbtE+AX5fTv72tHOrsWAoDs6KZlxj/4IZUyGFinUA7DB5HLbj29xNr8mr4w7NuarUoxdEgnyq6nCK+qg9HAg==
