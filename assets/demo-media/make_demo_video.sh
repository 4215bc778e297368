#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the demo's attract-loop video (cung-xay-hai-phong.webm, ~190 KB, 8.5 s, VP9 540×960)
# from four screens the kiosk itself draws (--screenshot), sliding one into the next.
# Run once from the repository root after a build; the video is committed, so neither the
# build nor the tests need ffmpeg. Then run assets/content/tools/make_demo_bundle.py, which
# lists the video's size and SHA-256 in the demo bundle.
set -eu
kiosk=${1:-build/bin/civic-kiosk}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
i=0
for route in home project/HB-001 projects pledge/land; do
    i=$((i + 1))
    CIVIC_KIOSK_DATA_DIR="$work/data" "$kiosk" -platform offscreen --route "$route" --screenshot "$work/f$i.png"
done
scale='scale=540:960,setsar=1,fps=15,format=yuv420p'
ffmpeg -v error -y \
    -loop 1 -t 2.5 -i "$work/f1.png" -loop 1 -t 2.5 -i "$work/f2.png" \
    -loop 1 -t 2.5 -i "$work/f3.png" -loop 1 -t 2.5 -i "$work/f4.png" \
    -filter_complex "[0]$scale[a];[1]$scale[b];[2]$scale[c];[3]$scale[d];\
[a][b]xfade=transition=slideleft:duration=0.5:offset=2[ab];\
[ab][c]xfade=transition=slideleft:duration=0.5:offset=4[abc];\
[abc][d]xfade=transition=slideleft:duration=0.5:offset=6,format=yuv420p[v]" \
    -map '[v]' -c:v libvpx-vp9 -b:v 0 -crf 38 -row-mt 1 -deadline good -cpu-used 4 -an \
    assets/demo-media/cung-xay-hai-phong.webm
