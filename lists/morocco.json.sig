# Asli detached signature (Ed25519) over the exact bytes of the list file
asli-ed25519-public:NtongUqAlRNgzwXDcj/CYZ3rbsT8NNIy9EYF6MjVyW4=
asli-ed25519-signature:tFLmuHxL0v01SG6EoY4y+X1ik0VewGg1qTvu7jvw6tSAkG7zpbh1nieFG1+2vICv/6MfeWBJsdA2XAGg9A06Cg==
