# Asli detached signature (Ed25519) over the exact bytes of the list file
asli-ed25519-public:NtongUqAlRNgzwXDcj/CYZ3rbsT8NNIy9EYF6MjVyW4=
asli-ed25519-signature:mMa9TPaqtu1KLe2zQaetcy1KyA9aJm7gdkwbEqV6nvTLUmu/QLkLEQx/6KHAQ2/Ib7l8+mUjSPrZgFYC6daICA==
