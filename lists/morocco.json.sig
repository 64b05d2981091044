# Asli detached signature (Ed25519) over the exact bytes of the list file
asli-ed25519-public:NtongUqAlRNgzwXDcj/CYZ3rbsT8NNIy9EYF6MjVyW4=
asli-ed25519-signature:GsByGfht8w1lr3FeuYCeO3Lhxt+GRNE45mANflEYiMWSpIGCF+Eb4QWjJpGN/nuwh3UjSQJNtUyb5xErY3ZLAA==
