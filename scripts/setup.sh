#!/usr/bin/env bash
# Everything a fresh Debian machine lacks for Jixiao's tests, installed only when missing:
#   chromium + fonts-noto-cjk      browser tests (e2e/) with Chinese fonts (no boxes in screenshots)
#   libreoffice (writer, calc)     visual checks of exported .docx/.xlsx (→ PDF)
#   poppler-utils                  pdftoppm/pdftotext (PDF → PNG and text)
# then the npm dependencies exactly as locked (npm ci).
set -euo pipefail
cd "$(dirname "$0")/.."

needed=()
command -v chromium >/dev/null || needed+=(chromium)
fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || needed+=(fonts-noto-cjk)
command -v soffice >/dev/null || needed+=(libreoffice-writer-nogui libreoffice-calc-nogui)
command -v pdftoppm >/dev/null || needed+=(poppler-utils)

if ((${#needed[@]})); then
  echo "安装系统软件包：${needed[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${needed[@]}" >/dev/null
fi

npm ci --no-audit --no-fund
