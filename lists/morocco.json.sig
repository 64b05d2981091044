# Asli detached signature (Ed25519) over the exact bytes of the list file
asli-ed25519-public:NtongUqAlRNgzwXDcj/CYZ3rbsT8NNIy9EYF6MjVyW4=
asli-ed25519-signature:RSMFkdTKPyRBw90RaaO1KJiAy9BG35oB8kVTfrU0K3BMpo0N+xhl8Q0NJ1ujUYx+ZYgSH6c6BCYnlEPjPB1XCQ==
