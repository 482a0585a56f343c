#!/usr/bin/env bash
# The core's modules (a .c and its .h are one module) include each other
# without a cycle: tsort finds any loop. Prints the loop and fails.
#   include-graph.sh engine/core
set -u
dir=$1
edges=$(for f in "$dir"/*.c "$dir"/*.h; do
  m=$(basename "$f"); m=${m%.*}
  echo "$m $m"
  grep -o '^#include "[A-Za-z0-9_]*\.h"' "$f" | sed 's/#include "//; s/\.h"//' | while read -r dep; do
    [ "$dep" = "$m" ] || echo "$m $dep"
  done
done)
if ! out=$(echo "$edges" | tsort 2>&1 >/dev/null) || [ -n "$out" ]; then
  echo "include cycle in $dir:"; echo "$out"; exit 1
fi
echo "$dir: $(echo "$edges" | awk '$1 != $2' | wc -l) includes between modules, no cycle"
