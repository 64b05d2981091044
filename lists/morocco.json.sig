# Asli detached signature (Ed25519) over the exact bytes of the list file
asli-ed25519-public:NtongUqAlRNgzwXDcj/CYZ3rbsT8NNIy9EYF6MjVyW4=
asli-ed25519-signature:fkVgzjFZ1y/f8/O8KZ9JS7+HRT74cgYKJbuimJj+z+CA+mvl31KR6jJLGkWH9weOJfveXxHiaUjye9LNlF3KCw==
