# Asli detached signature (Ed25519) over the exact bytes of the list file
asli-ed25519-public:NouoN7c2OHCLBMfyTNQY77Zif8yJmzyidljJ8PreJoA=
asli-ed25519-signature:QSCWDvS7ohgY1LukgbiqkU/RA/BhkXfzHnmT+fH8nCBnTI1z6QxTsrFElh9WQI94KqChDgCJki4+FZhyoHSoDw==
