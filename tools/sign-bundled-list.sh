#!/bin/sh
# Signs the bundled list for a release (docs/lists.md, "Signing a release").
#
#   tools/sign-bundled-list.sh [SECRET_KEY]        default: $ASLI_RELEASE_KEY or ~/.asli/release.key
#
# 1. Validates lists/morocco.json (refuses to sign an invalid list).
# 2. Shows what changed since the last signed version (git HEAD) for review,
#    and refuses to go on unless the version grew.
# 3. Writes lists/morocco.json.sig, a detached Ed25519 signature over the
#    file's exact bytes, and checks it against keys/asli-release.pub.
#
# The secret key never enters the repository: keep it offline (an encrypted
# USB key or a password manager) and point this script at it only to sign.
set -eu
cd "$(dirname "$0")/.."
LIST=lists/morocco.json
PUB=keys/asli-release.pub
KEY=${1:-${ASLI_RELEASE_KEY:-$HOME/.asli/release.key}}
ASLI=${ASLI:-}
if [ -z "$ASLI" ]; then
    cargo build --quiet --release --bin asli
    ASLI="${CARGO_TARGET_DIR:-target}/release/asli"
fi

[ -f "$KEY" ] || { echo "no secret key at $KEY (give its path as the first argument)" >&2; exit 2; }

"$ASLI" list validate "$LIST"

if git cat-file -e "HEAD:$LIST" 2>/dev/null; then
    OLD=$(mktemp)
    trap 'rm -f "$OLD"' EXIT
    git show "HEAD:$LIST" > "$OLD"
    echo "--- changes since the committed list (review before signing) ---"
    "$ASLI" list diff "$OLD" "$LIST"
    if git cat-file -e "HEAD:$LIST.sig" 2>/dev/null && ! git diff --quiet HEAD -- "$LIST"; then
        OLD_VERSION=$(sed -n 's/^  "version": \([0-9]*\),$/\1/p' "$OLD")
        NEW_VERSION=$(sed -n 's/^  "version": \([0-9]*\),$/\1/p' "$LIST")
        if [ "$NEW_VERSION" -le "$OLD_VERSION" ]; then
            echo "the list changed but its version did not grow ($OLD_VERSION -> $NEW_VERSION): raise it first" >&2
            exit 1
        fi
    fi
fi

"$ASLI" list sign --key "$KEY" "$LIST"
"$ASLI" list verify --key "$PUB" "$LIST"
echo "now commit $LIST and $LIST.sig together"
