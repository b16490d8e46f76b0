#!/usr/bin/env bash
# `npm run corpus:csv`: converts every sheet of every workbook in test/fixtures/ooxml/ with
# LibreOffice headless into test/fixtures/ooxml/<file>/<sheet index>-<sheet name>.csv, the fixtures
# the differential test (test/xlsx/libreoffice-differential.test.ts) compares the reader with.
# The CSVs are committed so that the tests run without LibreOffice.
#
# Filter options (LibreOffice's CSV filter tokens, in order):
#   44        field separator ","
#   34        text delimiter '"'
#   76        character set UTF-8
#   1         first line (import only)
#   (empty)   column formats (import only)
#   1033      language en-US: the locale in which a date-formatted cell is written (MM/DD/YYYY)
#   false     quoted field as text (import only)
#   true      detect special numbers (import only)
#   false     "save cell contents as shown" OFF: numbers raw (1234.5, 0.25, not "25 %"), the
#             closest to the stored value LibreOffice offers; a date-formatted cell is still
#             written as a date (MM/DD/YYYY), which the comparator turns back into a serial
#   false     export formulas OFF: the (cached or recalculated) value, not the formula
#   false     remove spaces OFF
#   -1        every sheet, each to <name>-<sheet>.csv (LibreOffice 7.2 or later)
# Hostile files (entity expansion, external entities, the inflation bomb) are converted too, with
# a time limit, only to record what LibreOffice does with them (hostile-libreoffice.txt); they get
# no fixtures, since the reader must refuse them.
set -euo pipefail
cd "$(dirname "$0")/.."
DIR=test/fixtures/ooxml
OPTIONS='csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false,-1'
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
PROFILE="file://$WORK/profile"
# Arguments: file names to convert (default: all); hostile-libreoffice.txt is rewritten only on a full run.
if [ $# -gt 0 ]; then files=(); for name in "$@"; do files+=("$DIR/${name%.xlsx}.xlsx"); done; else files=("$DIR"/*.xlsx); : > "$DIR/hostile-libreoffice.txt"; fi
for file in "${files[@]}"; do
  name=$(basename "$file" .xlsx)
  hostile=false
  case "$name" in billion-laughs-*|xxe-*|inflate-bomb) hostile=true ;; esac
  rm -rf "$WORK/in" "$WORK/out" && mkdir -p "$WORK/in" "$WORK/out"
  cp "$file" "$WORK/in/$name.xlsx"
  start=$(date +%s)
  set +e
  limit=300; $hostile && limit=120
  timeout "$limit" soffice "-env:UserInstallation=$PROFILE" --headless --convert-to "$OPTIONS" --outdir "$WORK/out" "$WORK/in/$name.xlsx" > "$WORK/log" 2>&1
  status=$?
  set -e
  seconds=$(( $(date +%s) - start ))
  if $hostile; then
    sheets=$(grep -c '^Writing sheet' "$WORK/log" || true)
    leaked=$(cat "$WORK/out"/*.csv 2>/dev/null | grep -c 'root:' || true)
    laughs=$(cat "$WORK/out"/*.csv 2>/dev/null | grep -o 'lol' | wc -l || true)
    sed -i "/^$name: /,/^[^ ]/{/^$name: /d;/^  /d}" "$DIR/hostile-libreoffice.txt"
    echo "$name: exit $status (124 would be: killed at the time limit) after ${seconds} s, $sheets sheets written, /etc/passwd lines in output: $leaked, 'lol' in output: $laughs" | tee -a "$DIR/hostile-libreoffice.txt"
    if [ -n "$(ls "$WORK/out")" ]; then
      for csv in "$WORK/out"/*.csv; do echo "  $(basename "$csv"): $(head -c 200 "$csv" | tr '\n' ' ' | cut -c1-160)"; done >> "$DIR/hostile-libreoffice.txt"
    fi
    continue
  fi
  if [ $status -ne 0 ]; then echo "$name: LibreOffice failed (exit $status)"; cat "$WORK/log"; exit 1; fi
  rm -rf "${DIR:?}/$name" && mkdir -p "$DIR/$name"
  index=0
  # LibreOffice names each file <name>-<sheet>.csv and reports the sheets in workbook order.
  while IFS= read -r sheet; do
    index=$((index + 1))
    mv "$WORK/out/$name-$sheet.csv" "$DIR/$name/$index-$sheet.csv"
  done < <(sed -n 's/^Writing sheet \(.*\) -> .*$/\1/p' "$WORK/log")
  echo "$name: $index sheets (${seconds} s)"
done
