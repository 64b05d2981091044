# Asli detached signature (Ed25519) over the exact bytes of the list file
asli-ed25519-public:NtongUqAlRNgzwXDcj/CYZ3rbsT8NNIy9EYF6MjVyW4=
asli-ed25519-signature:ucXAg5xD+5z58B0AEFTXZ+VS6rNoS56QFi2QzqV9mlUfhPXgBC+zNdI81apCIXIKZmKZBGaW+7k352chtUQaBA==
