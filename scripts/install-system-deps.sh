#!/usr/bin/env bash
# Installs what the tests need outside npm: Debian's Chromium (Playwright, Lighthouse) and Redis (the
# BullMQ example of lesson H), then starts Redis on 127.0.0.1:6379 if nothing answers there. Run as root.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" fonts-dejavu-core >/dev/null
fi
if ! redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
  redis-server --bind 127.0.0.1 --port 6379 --daemonize yes --save "" --appendonly no
  for _ in $(seq 50); do redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 && break; sleep 0.1; done
fi
echo "chromium: $(chromium --version 2>/dev/null | head -1); redis: $(redis-cli -p 6379 ping)"
