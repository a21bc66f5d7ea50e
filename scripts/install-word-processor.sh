#!/usr/bin/env bash
# Installs what the check against a real rendering needs (test/libreoffice.test.ts): LibreOffice Writer without
# its GUI to turn a .docx into a PDF, poppler-utils to measure the PDF, and a Chinese font so that the text is
# set and can be read back. All from Debian's packages; idempotent; the test skips where this has not run.
set -euo pipefail
missing=""
command -v soffice >/dev/null 2>&1 || missing="$missing libreoffice-writer-nogui"
command -v pdftotext >/dev/null 2>&1 || missing="$missing poppler-utils"
{ command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list :lang=zh 2>/dev/null)" ]; } || missing="$missing fonts-wqy-zenhei"
if [ -z "$missing" ]; then
  echo "LibreOffice, poppler-utils and a Chinese font are installed"
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1 || [ "$(id -u)" != 0 ]; then
  echo "install-word-processor: needs Debian's apt-get as root to install:$missing (test/libreoffice.test.ts will skip)" >&2
  exit 0
fi
if apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null; then
  echo "installed:$missing"
else
  echo "install-word-processor: could not install$missing from Debian (test/libreoffice.test.ts will skip)" >&2
fi
