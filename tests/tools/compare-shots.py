#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Compares two folders of PNGs by name, pixel by pixel: prints each file that differs with the
# box where it does, and exits 1 when any differs or is missing on one side.
import sys
from pathlib import Path
from PIL import Image, ImageChops

before, after = Path(sys.argv[1]), Path(sys.argv[2])
names = sorted({p.name for p in before.glob('*.png')} | {p.name for p in after.glob('*.png')})
bad = 0
for name in names:
    a, b = before / name, after / name
    if not a.exists() or not b.exists():
        print(f'{name}: only in {"after" if not a.exists() else "before"}'); bad += 1; continue
    ia, ib = Image.open(a).convert('RGBA'), Image.open(b).convert('RGBA')
    if ia.size != ib.size:
        print(f'{name}: size {ia.size} -> {ib.size}'); bad += 1; continue
    box = ImageChops.difference(ia, ib).getbbox()
    if box:
        print(f'{name}: differs in {box}'); bad += 1
print(f'{len(names)} compared, {bad} differ')
sys.exit(1 if bad else 0)
