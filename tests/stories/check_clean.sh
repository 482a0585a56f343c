#!/usr/bin/env bash
# A shipped story must pass the checker with no error and no warning.
set -u
bin=$1 story=$2
err=$("$bin" --check "$story" 2>&1 >/dev/null)
status=$?
if [ $status -ne 0 ] || [ -n "$err" ]; then
  echo "$err"
  echo "FAIL: --check $story exited $status with the messages above"
  exit 1
fi
"$bin" --check "$story"
