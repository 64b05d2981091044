# Asli detached signature (Ed25519) over the exact bytes of the list file
asli-ed25519-public:NtongUqAlRNgzwXDcj/CYZ3rbsT8NNIy9EYF6MjVyW4=
asli-ed25519-signature:TPptNyciOKUXwZIP9chkh5ISQJQIJNYbuUCalh4buxFT4vLbE9Lzi18KuJVnkR8uBDR0EoYIiba1wWPmK+68Ag==
