#!/usr/bin/env python3
"""Draw the demo bundle's illustrations as plain SVG Tiny 1.2 files.

Hand-drawn flat illustrations, 4:3 (viewBox 0 0 800 600), no text, no raster, no filters,
masks, clip paths, patterns, CSS or external references: Qt SVG renders them as they are.
Running this script rewrites assets/content/demo/images/*.svg deterministically.
Standard library only.
"""
import os
import sys

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "demo", "images")

RED, RED_D, RED_L = "#B3261E", "#8C1D18", "#E0533F"
NAVY, NAVY_L = "#1F2A44", "#34456B"
GREEN_D, GREEN, GREEN_L, GREEN_XL = "#2E6B34", "#3F8F47", "#7CB861", "#B5D98A"
WATER, WATER_L = "#3E7CB1", "#7FB2D9"
ROAD, CONC, CONC_D = "#4B505C", "#D3CCBC", "#A9A190"
SAND, YELLOW, ORANGE = "#E6CF9A", "#F2B632", "#E8772E"
WHITE, TRUNK, SKIN = "#FFFFFF", "#7A4E2D", "#E8B88A"
HAT = "#EBD59C"


def svg(body, defs=""):
    d = "<defs>%s</defs>" % defs if defs else ""
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" '
            'width="800" height="600" viewBox="0 0 800 600">%s%s</svg>\n' % (d, body))


def lin(id_, stops, x1=0, y1=0, x2=0, y2=1):
    s = "".join('<stop offset="%s" stop-color="%s"%s/>' % (
        o, c, ' stop-opacity="%s"' % a if a is not None else "")
        for o, c, a in [(t + (None,))[:3] for t in stops])
    return ('<linearGradient id="%s" x1="%s" y1="%s" x2="%s" y2="%s">%s</linearGradient>'
            % (id_, x1, y1, x2, y2, s))


def rad(id_, stops):
    s = "".join('<stop offset="%s" stop-color="%s" stop-opacity="%s"/>' % t for t in stops)
    return '<radialGradient id="%s" cx="0.5" cy="0.5" r="0.5">%s</radialGradient>' % (id_, s)


SKY = lin("sky", [(0, "#F3E2BE"), (1, "#FFFBF1")])


def sky(h=600):
    return '<rect x="0" y="0" width="800" height="%d" fill="url(#sky)"/>' % h


def rect(x, y, w, h, fill, extra=""):
    return '<rect x="%s" y="%s" width="%s" height="%s" fill="%s"%s/>' % (x, y, w, h, fill, extra)


def circ(x, y, r, fill, extra=""):
    return '<circle cx="%s" cy="%s" r="%s" fill="%s"%s/>' % (x, y, r, fill, extra)


def ell(x, y, rx, ry, fill, extra=""):
    return '<ellipse cx="%s" cy="%s" rx="%s" ry="%s" fill="%s"%s/>' % (x, y, rx, ry, fill, extra)


def poly(pts, fill, extra=""):
    return '<polygon points="%s" fill="%s"%s/>' % (pts, fill, extra)


def line(x1, y1, x2, y2, stroke, w, extra=""):
    return ('<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s" stroke-width="%s"%s/>'
            % (x1, y1, x2, y2, stroke, w, extra))


def path(d, fill="none", stroke=None, w=None, extra=""):
    s = ' stroke="%s" stroke-width="%s"' % (stroke, w) if stroke else ""
    return '<path d="%s" fill="%s"%s%s/>' % (d, fill, s, extra)


def g(x, y, s, body):
    return '<g transform="translate(%s %s) scale(%s)">%s</g>' % (x, y, s, body)


def sun(x, y, r=46):
    return circ(x, y, r + 14, "#F8D98A") + circ(x, y, r, YELLOW)


def cloud(x, y, s=1.0, fill=WHITE):
    return g(x, y, s, ell(0, 0, 70, 22, fill) + circ(-25, -12, 26, fill) + circ(15, -20, 32, fill))


def tree(x, y, s=1.0, kind="green"):
    if kind == "flame":  # phuong vi, the flamboyant tree of Hai Phong
        c1, c2, c3 = RED, RED_L, GREEN
    elif kind == "dark":
        c1, c2, c3 = GREEN_D, GREEN, GREEN_D
    else:
        c1, c2, c3 = GREEN, GREEN_L, GREEN_D
    b = (rect(-7, -75, 14, 75, TRUNK) + ell(0, -86, 70, 22, c3) + circ(-38, -98, 36, c1)
         + circ(38, -98, 36, c1) + circ(0, -122, 48, c1) + circ(-16, -136, 20, c2)
         + circ(24, -110, 14, c2))
    return g(x, y, s, b)


def round_tree(x, y, s=1.0, c=GREEN):
    return g(x, y, s, rect(-5, -40, 10, 40, TRUNK) + ell(0, -70, 30, 42, c)
             + ell(-8, -82, 10, 16, GREEN_L))


def palm(x, y, s=1.0):
    b = (path("M0 0 Q-6 -80 4 -160", stroke="#8A6A43", w=9)
         + path("M4 -160 Q-40 -175 -70 -140 Q-35 -160 4 -152 Z", GREEN)
         + path("M4 -160 Q50 -178 78 -138 Q40 -158 4 -152 Z", GREEN)
         + path("M4 -160 Q-20 -200 -52 -205 Q-18 -185 0 -156 Z", GREEN_D)
         + path("M4 -160 Q30 -205 62 -202 Q28 -186 8 -156 Z", GREEN_D))
    return g(x, y, s, b)


def person(x, y, s, shirt, pants=NAVY, hat=True, arms="down"):
    b = rect(-10, -42, 8, 42, pants) + rect(2, -42, 8, 42, pants)
    b += rect(-14, -88, 28, 50, shirt, ' rx="9"')
    if arms == "down":
        b += line(-13, -80, -20, -45, shirt, 8, ' stroke-linecap="round"')
        b += line(13, -80, 20, -45, shirt, 8, ' stroke-linecap="round"')
    elif arms == "forward":
        b += line(-10, -80, 22, -58, shirt, 8, ' stroke-linecap="round"')
        b += line(10, -80, 28, -62, shirt, 8, ' stroke-linecap="round"')
    elif arms == "up":
        b += line(-13, -82, -26, -112, shirt, 8, ' stroke-linecap="round"')
        b += line(13, -80, 22, -50, shirt, 8, ' stroke-linecap="round"')
    b += circ(0, -100, 12, SKIN)
    if hat:
        b += poly("-24,-102 0,-128 24,-102", HAT) + line(-24, -102, 24, -102, "#C9AE6A", 2)
    else:
        b += path("M-12 -102 Q0 -120 12 -102 Z", "#2B2B2B")
    return g(x, y, s, b)


def flag(x, y, h=160, s=1.0):
    b = (rect(-3, -h, 6, h, "#8E8E8E") + rect(3, -h, 84, 56, RED)
         + poly(star(45, -h + 28, 17), YELLOW))
    return g(x, y, s, b)


def star(cx, cy, r):
    import math
    pts = []
    for i in range(10):
        rr = r if i % 2 == 0 else r * 0.4
        a = -math.pi / 2 + i * math.pi / 5
        pts.append("%.1f,%.1f" % (cx + rr * math.cos(a), cy + rr * math.sin(a)))
    return " ".join(pts)


def windows(x0, y0, cols, rows, w, h, dx, dy, fill="#5B8DB8", frame=None):
    out = []
    for r in range(rows):
        for c in range(cols):
            out.append(rect(x0 + c * dx, y0 + r * dy, w, h, fill,
                            ' stroke="%s" stroke-width="3"' % frame if frame else ""))
    return "".join(out)


def skyline(y, color="#A9B4C8", color2="#8C99B3"):
    b = ""
    blocks = [(0, 70, 90, color), (60, 50, 130, color2), (120, 80, 70, color), (210, 60, 150, color2),
              (280, 90, 95, color), (380, 55, 170, color2), (440, 85, 110, color), (540, 60, 140, color2),
              (610, 90, 80, color), (700, 100, 120, color2)]
    for x, w, h, c in blocks:
        b += rect(x, y - h, w, h, c)
    return b


def bench(x, y, s=1.0):
    b = (rect(-50, -30, 100, 8, "#9C6B3F") + rect(-50, -52, 100, 8, "#9C6B3F")
         + rect(-44, -22, 6, 22, NAVY) + rect(38, -22, 6, 22, NAVY) + rect(-44, -52, 6, 30, NAVY)
         + rect(38, -52, 6, 30, NAVY))
    return g(x, y, s, b)


def lamp(x, y, s=1.0, glow=False):
    b = ""
    if glow:
        b += circ(38, -198, 70, "url(#glow)")
    b += (rect(-4, -200, 8, 200, NAVY) + path("M0 -196 Q4 -214 38 -210", stroke=NAVY, w=6)
          + poly("22,-212 54,-212 48,-200 28,-200", NAVY) + rect(30, -201, 16, 5, "#FFE08A"))
    return g(x, y, s, b)


def house(x, y, w, h, wall, roof, s=1.0):
    b = (rect(0, -h, w, h, wall) + poly("-8,%d %d,%d %d,%d" % (-h, w / 2, -h - 0.45 * w, w + 8, -h), roof)
         + rect(w * 0.38, -h * 0.55, w * 0.24, h * 0.55, "#8A5A3B") + rect(w * 0.08, -h * 0.7, w * 0.2, h * 0.28, "#5B8DB8")
         + rect(w * 0.72, -h * 0.7, w * 0.2, h * 0.28, "#5B8DB8"))
    return g(x, y, s, b)


def cone(x, y, s=1.0):
    return g(x, y, s, rect(-20, -6, 40, 6, ORANGE) + poly("-14,-6 -4,-50 4,-50 14,-6", ORANGE)
             + poly("-10,-22 -7,-34 7,-34 10,-22", WHITE))


def car(x, y, s, color):
    b = (path("M-60 -16 L-60 -34 Q-58 -40 -48 -42 L-30 -44 L-16 -62 L26 -62 L42 -44 L58 -40 Q64 -38 64 -30 L64 -16 Z", color)
         + poly("-12,-57 2,-57 2,-44 -24,-44", "#BFE0F2") + poly("8,-57 24,-57 36,-44 8,-44", "#BFE0F2")
         + circ(-34, -14, 13, "#222") + circ(-34, -14, 5, "#999") + circ(38, -14, 13, "#222") + circ(38, -14, 5, "#999"))
    return g(x, y, s, b)


# ---------------------------------------------------------------- scenes

def road_01():
    b = sky() + sun(640, 120) + cloud(170, 110) + cloud(470, 70, 0.7)
    b += skyline(300)
    b += rect(0, 300, 800, 300, "url(#grass)")
    b += poly("356,300 370,300 60,600 0,600 0,590", CONC) + poly("430,300 444,300 800,590 800,600 740,600", CONC)
    b += poly("370,300 430,300 740,600 60,600", ROAD)
    b += line(374, 302, 96, 600, WHITE, 4) + line(426, 302, 704, 600, WHITE, 4)
    for y1, y2 in [(308, 316), (330, 346), (368, 392), (420, 456), (494, 546), (576, 600)]:
        w1, w2 = 1 + (y1 - 300) * 0.035, 1 + (y2 - 300) * 0.035
        b += poly("%.1f,%d %.1f,%d %.1f,%d %.1f,%d" % (400 - w1, y1, 400 + w1, y1, 400 + w2, y2, 400 - w2, y2), YELLOW)
    for x, y, s, k in [(335, 325, 0.25, "green"), (468, 325, 0.25, "flame"), (300, 360, 0.4, "flame"),
                       (502, 360, 0.4, "green"), (240, 420, 0.62, "green"), (560, 420, 0.62, "flame"),
                       (130, 520, 0.95, "flame"), (672, 520, 0.95, "green")]:
        b += tree(x, y, s, k)
    b += car(470, 470, 0.9, RED)
    return svg(b, SKY + lin("grass", [(0, "#9BCB72"), (1, "#5E9E4E")]))


def road_02():
    b = sky() + sun(120, 110, 40) + cloud(600, 100) + cloud(330, 60, 0.6)
    # shophouses
    cols = ["#F2C66D", "#E7A07A", "#9FC3D9", "#F0E0B8", "#C9D7A6", "#E9B5A5"]
    for i, c in enumerate(cols):
        x, h = i * 135 - 10, 170 + (i % 3) * 30
        b += rect(x, 400 - h, 130, h, c) + rect(x - 4, 400 - h - 10, 138, 12, NAVY_L)
        b += windows(x + 18, 400 - h + 26, 3, 2, 22, 32, 34, 60, "#5B7FA6")
        b += rect(x + 40, 350, 50, 50, "#6D4C3A")
    b += rect(0, 395, 800, 20, CONC) + rect(0, 415, 800, 185, "#8B7F6E")
    b += rect(0, 415, 470, 185, ROAD)
    b += poly("470,415 800,415 800,600 520,600", "#9E907A")
    for x in (20, 140, 260, 380):
        b += rect(x, 500, 70, 10, WHITE)
    for x, y in [(560, 440), (640, 470), (720, 450), (600, 540), (700, 560), (760, 510), (540, 500)]:
        b += circ(x, y, 5, "#6E6456") + circ(x + 14, y + 8, 3, "#B5A78E")
    # steam roller
    r = (rect(-90, -120, 175, 62, YELLOW, ' rx="6"') + rect(-60, -190, 90, 72, YELLOW, ' rx="4"')
         + rect(-50, -180, 70, 40, "#BFE0F2") + rect(-70, -200, 110, 12, NAVY)
         + rect(70, -100, 40, 20, NAVY) + circ(110, -56, 56, "#5D6470") + circ(110, -56, 40, "#7B838F")
         + circ(110, -56, 10, NAVY) + circ(-60, -40, 40, "#2B2B2B") + circ(-60, -40, 16, "#9AA0A8"))
    b += g(430, 520, 1.0, r)
    b += cone(330, 580, 1.0) + cone(270, 590, 1.0) + cone(760, 420, 0.7)
    b += tree(30, 420, 0.55, "flame") + tree(760, 410, 0.5, "green")
    return svg(b, SKY)


def rice_rows(y0, y1, n, c1, c2):
    out, y = "", y0
    step = (y1 - y0)
    ws = [1.0 + i * 0.35 for i in range(n)]
    tot = sum(ws)
    for i, w in enumerate(ws):
        hh = step * w / tot
        out += rect(0, round(y, 1), 800, round(hh + 1, 1), c1 if i % 2 == 0 else c2)
        y += hh
    return out


def rural_road_01():
    b = sky() + sun(160, 120, 40) + cloud(560, 90) + cloud(320, 140, 0.6)
    b += path("M0 290 Q60 240 120 270 Q180 230 250 268 Q320 236 380 272 Q450 228 520 266 Q600 238 660 268 Q730 232 800 262 L800 300 L0 300 Z", GREEN_D)
    b += house(300, 292, 44, 26, WHITE, RED) + house(470, 292, 50, 28, "#F4E2B8", RED_D)
    b += rect(0, 290, 800, 310, GREEN_L)
    b += rice_rows(290, 600, 7, "#8DC363", "#A9D57C")
    b += poly("394,290 406,290 560,600 240,600", CONC)
    b += poly("394,290 406,290 560,600 540,600 403,290 397,290 260,600 240,600", CONC_D)
    for y in (300, 318, 345, 383, 432, 495, 570):
        half = 6 + (y - 290) * (160 - 6) / 310.0
        b += line(round(400 - half, 1), y, round(400 + half, 1), y, CONC_D, 1 + (y - 290) // 100)
    # rice tufts
    for x, y, s in [(80, 560, 1.2), (160, 585, 1.2), (660, 560, 1.2), (740, 590, 1.2), (110, 480, 0.8),
                    (690, 480, 0.8), (200, 430, 0.6), (620, 430, 0.6), (40, 430, 0.6), (760, 440, 0.6)]:
        b += g(x, y, s, path("M0 0 L-14 -34 M0 0 L-5 -40 M0 0 L5 -40 M0 0 L14 -34", stroke=GREEN_D, w=4))
    b += palm(600, 330, 0.9) + palm(210, 320, 0.7) + tree(680, 360, 0.5, "flame")
    return svg(b, SKY)


def rural_road_02():
    b = sky() + cloud(620, 90) + cloud(200, 70, 0.7) + sun(420, 90, 34)
    b += path("M0 300 Q90 250 170 285 Q250 240 330 280 Q420 250 500 282 Q600 245 680 280 Q740 255 800 270 L800 310 L0 310 Z", GREEN_D)
    b += house(90, 302, 56, 30, "#F4E2B8", RED) + house(560, 302, 60, 32, WHITE, RED_D)
    b += rice_rows(300, 440, 4, "#8DC363", "#A9D57C")
    b += rect(0, 440, 800, 160, "#C7B796")
    # finished concrete slab on the left, gravel with formwork on the right
    b += poly("0,450 430,450 430,560 0,560", CONC) + line(0, 450, 430, 450, CONC_D, 3)
    b += line(150, 450, 150, 560, CONC_D, 3) + line(300, 450, 300, 560, CONC_D, 3)
    b += poly("430,450 800,450 800,560 430,560", "#9E907A")
    for x, y in [(470, 480), (530, 520), (600, 470), (660, 530), (730, 490), (770, 540), (500, 540)]:
        b += circ(x, y, 5, "#6E6456") + circ(x + 12, y + 6, 3, "#D6CCB6")
    b += rect(430, 444, 370, 8, "#B07A45") + rect(430, 556, 370, 8, "#B07A45")
    # sand and cement bags (donated materials)
    b += path("M620 452 Q680 370 750 452 Z", SAND)
    b += rect(520, 420, 50, 30, "#D9D4CA", ' rx="5"') + rect(560, 422, 50, 28, "#CFC9BC", ' rx="5"') + rect(540, 396, 50, 28, "#E2DDD2", ' rx="5"')
    # wheelbarrow
    wb = (poly("-50,-60 40,-60 20,-22 -40,-22", RED) + rect(-50, -66, 90, 8, RED_D) + circ(30, -14, 14, NAVY)
          + line(-40, -30, -95, -50, NAVY, 5) + line(-10, -22, -20, 0, NAVY, 5) + ell(0, -66, 40, 10, "#A49A88"))
    b += g(330, 540, 1.0, wb)
    b += person(215, 545, 1.0, "#3C6E9F", arms="forward")
    b += person(440, 545, 1.0, RED, arms="up") + line(462, 438, 488, 560, "#8A6A43", 5) + poly("478,552 500,552 496,576 482,576", "#777")
    b += person(680, 560, 1.0, GREEN, arms="down")
    return svg(b, SKY)


def bridge_01():
    b = sky() + sun(140, 110, 40) + cloud(600, 80) + cloud(380, 140, 0.5)
    b += path("M0 360 Q120 300 240 340 Q360 290 480 335 Q620 285 800 330 L800 380 L0 380 Z", "#9FB89A")
    b += rect(0, 370, 800, 230, "url(#river)")
    for x, y, w in [(80, 430, 60), (260, 470, 90), (520, 450, 70), (660, 520, 100), (140, 550, 80), (420, 560, 60)]:
        b += line(x, y, x + w, y, WHITE, 3, ' stroke-linecap="round" stroke-opacity="0.7"')
    # pylon and stays
    b += poly("380,390 420,390 412,110 388,110", "#8C99B3") + rect(372, 360, 56, 40, "#7D8BA8")
    for i in range(7):
        yy = 130 + i * 14
        b += line(400, yy, 120 + i * 38, 330, NAVY_L, 2.5) + line(400, yy, 680 - i * 38, 330, NAVY_L, 2.5)
    b += rect(0, 328, 800, 18, NAVY) + rect(0, 320, 800, 6, NAVY_L)
    b += line(0, 320, 800, 320, "#9AA7BF", 2)
    for x in (150, 650):
        b += rect(x - 14, 346, 28, 40, "#C8CDD6")
    b += poly("386,400 414,400 406,560 394,560", NAVY, ' fill-opacity="0.18"')
    b += car(230, 328, 0.38, RED) + car(560, 328, 0.38, YELLOW) + car(660, 328, 0.38, WHITE)
    boat = path("M-60 0 L60 0 L45 22 L-45 22 Z", RED) + rect(-25, -24, 40, 24, "#F4E2B8") + rect(-30, -30, 50, 8, NAVY)
    b += g(600, 470, 1.0, boat)
    return svg(b, SKY + lin("river", [(0, WATER_L), (1, WATER)]))


def bridge_02():
    b = sky() + cloud(130, 90) + cloud(650, 120, 0.8) + sun(560, 80, 32)
    b += rect(0, 380, 800, 220, "url(#river)")
    b += path("M150 330 Q400 -110 650 330", stroke=RED, w=14, extra=' stroke-opacity="0.25" transform="translate(0 544) scale(1 -0.6)"')
    b += path("M0 300 L150 320 L190 400 L0 420 Z", GREEN_L) + path("M800 300 L650 320 L610 400 L800 420 Z", GREEN_L)
    b += path("M0 420 L190 400 L220 600 L0 600 Z", GREEN) + path("M800 420 L610 400 L580 600 L800 600 Z", GREEN)
    b += tree(60, 330, 0.7, "flame") + tree(740, 330, 0.7, "green") + palm(720, 420, 0.8) + round_tree(90, 420, 1.0)
    # tied steel arch
    for i in range(1, 12):
        x = 150 + i * 500 / 12.0
        t = (x - 150) / 500.0
        y = 330 - 4 * 220 * t * (1 - t) * 1.0
        b += line(round(x, 1), round(y, 1), round(x, 1), 330, "#F0D0CB", 3)
    b += path("M150 330 Q400 -110 650 330", stroke=RED, w=18)
    b += rect(120, 326, 560, 22, NAVY) + rect(120, 318, 560, 8, "#9AA7BF")
    b += rect(130, 348, 40, 60, "#B9B2A2") + rect(630, 348, 40, 60, "#B9B2A2")
    for x, y, w in [(260, 470, 90), (430, 520, 70), (330, 570, 110)]:
        b += line(x, y, x + w, y, WHITE, 3, ' stroke-linecap="round" stroke-opacity="0.7"')
    boat = path("M-50 0 Q0 22 50 0 L40 -6 L-40 -6 Z", "#8A5A3B") + path("M-20 -6 Q0 -34 20 -6 Z", HAT)
    b += g(420, 470, 1.0, boat)
    b += person(380, 318, 0.35, GREEN, hat=True) + person(420, 318, 0.35, RED, hat=False)
    return svg(b, SKY + lin("river", [(0, WATER_L), (1, WATER)]))


def pipe_end(x, y, r):
    return circ(x, y, r, "#BDB6A6") + circ(x, y, r * 0.72, "#6D675C") + circ(x, y, r, "none", ' stroke="#8F887A" stroke-width="3"')


def drainage_01():
    b = sky() + cloud(600, 90) + sun(140, 100, 36)
    b += skyline(330, "#B9C2D3", "#A3AFC4")
    b += rect(0, 330, 800, 270, "#C9B48C")
    # trench with a pipe being laid
    b += poly("0,430 800,410 800,500 0,520", "#6E5138")
    b += rect(0, 455, 800, 40, "#9C9587") + ell(0, 475, 12, 20, "#6D675C")
    for x in (160, 330, 500, 670):
        b += line(x, 455, x, 495, "#7E776A", 3)
    b += poly("0,430 800,410 800,418 0,440", "#8A6A4A")
    # stacked pipes
    for x, y in [(90, 548), (190, 548), (290, 548), (140, 462), (240, 462), (190, 376)]:
        b += pipe_end(x, y, 50)
    # excavator
    ex = (rect(-90, -40, 190, 40, NAVY, ' rx="20"') + circ(-68, -20, 12, "#555") + circ(78, -20, 12, "#555")
          + rect(-80, -100, 170, 60, YELLOW, ' rx="6"') + rect(-70, -160, 70, 62, YELLOW, ' rx="4"')
          + rect(-62, -152, 52, 36, "#BFE0F2") + poly("60,-90 80,-110 160,-230 180,-220 100,-90", YELLOW)
          + poly("160,-230 180,-220 240,-130 222,-120", "#E0A020") + path("M222 -120 L260 -130 L250 -90 Q228 -92 222 -120 Z", "#555"))
    b += g(500, 400, 1.0, ex)
    b += cone(760, 590, 0.9) + cone(430, 590, 0.9)
    return svg(b, SKY)


def drainage_02():
    b = rect(0, 0, 800, 600, "url(#grey)") + cloud(160, 90, 1.1, "#C9CED8") + cloud(330, 60, 0.8, "#D6DAE2") + cloud(640, 100, 1.0, WHITE)
    for x in range(70, 400, 40):
        b += line(x, 120, x - 14, 200, "#7FA3C8", 3, ' stroke-linecap="round"')
    b += skyline(290, "#B9C2D3", "#A3AFC4")
    b += rect(0, 290, 800, 70, GREEN_L)
    # banks, railings, trees
    b += tree(70, 330, 0.55, "green") + tree(730, 330, 0.55, "flame") + tree(560, 320, 0.4, "green")
    b += rect(0, 340, 800, 20, CONC)
    for x in range(0, 801, 40):
        b += line(x, 340, x, 318, NAVY_L, 3)
    b += line(0, 318, 800, 318, NAVY_L, 4) + line(0, 330, 800, 330, NAVY_L, 2)
    # channel section
    b += poly("0,360 800,360 800,600 0,600", "#BDB6A6")
    b += poly("120,360 680,360 600,600 200,600", "#D9D3C5")
    b += poly("0,360 120,360 200,600 0,600", "#C7C0AF") + poly("800,360 680,360 600,600 800,600", "#C7C0AF")
    for y in (410, 460, 510, 560):
        b += line(0, y, 800, y, "#ACA595", 2)
    b += poly("215,470 585,470 600,600 200,600", "url(#water)")
    for x, y, w in [(260, 510, 80), (420, 540, 90), (320, 575, 60)]:
        b += line(x, y, x + w, y, WHITE, 3, ' stroke-linecap="round" stroke-opacity="0.7"')
    # outlet pipes with flow
    for x, y in [(150, 430), (650, 430)]:
        b += circ(x, y, 30, "#8F887A") + circ(x, y, 22, "#4A453D")
    b += path("M170 440 Q215 450 225 490 L205 490 Q200 460 160 448 Z", WATER_L)
    b += path("M630 440 Q585 450 575 490 L595 490 Q600 460 640 448 Z", WATER_L)
    return svg(b, lin("grey", [(0, "#E4E6EA"), (1, "#FFFBF1")]) + lin("water", [(0, WATER_L), (1, WATER)]))


def school_01():
    b = sky() + sun(680, 90, 38) + cloud(170, 80) + cloud(450, 60, 0.6)
    b += rect(0, 430, 800, 170, "#EFE3C6") + rect(0, 420, 800, 16, "#D6C8A5")
    # main block
    b += rect(130, 200, 540, 230, "#F4C85A") + rect(120, 186, 560, 18, RED)
    b += windows(150, 222, 6, 3, 44, 44, 62, 70, "#4E7FAE", WHITE)
    b += windows(542, 222, 2, 3, 44, 44, 62, 70, "#4E7FAE", WHITE)
    for y in (280, 350):
        b += rect(130, y, 540, 8, "#F9E2A6")
    b += rect(346, 150, 110, 280, "#F9D87A") + poly("336,150 401,112 466,150", RED)
    b += circ(401, 180, 18, WHITE) + rect(366, 350, 70, 80, "#8A5A3B") + rect(376, 222, 50, 110, "#4E7FAE", ' stroke="#FFFFFF" stroke-width="3"')
    b += flag(300, 530, 200, 1.0)
    b += tree(70, 520, 1.0, "flame") + tree(740, 520, 0.95, "flame")
    b += rect(280, 530, 40, 14, "#B7A988")
    b += person(500, 560, 0.6, WHITE, pants=NAVY, hat=False) + person(540, 565, 0.6, WHITE, pants="#2F4F8F", hat=False)
    return svg(b, SKY)


def school_02():
    b = sky() + sun(110, 100, 40) + cloud(560, 80) + cloud(360, 50, 0.5)
    b += rect(0, 440, 800, 160, GREEN_XL) + path("M0 440 Q400 410 800 440 L800 450 L0 450 Z", GREEN_L)
    # kindergarten building
    b += rect(80, 260, 210, 190, "#F6B7A8") + poly("66,262 185,160 304,262", RED)
    b += rect(290, 290, 200, 160, "#A7D3E8") + poly("280,292 390,210 500,292", NAVY_L)
    b += circ(185, 225, 20, "#FFF3D6") + circ(185, 225, 12, YELLOW)
    b += rect(120, 300, 50, 50, "#FFF3D6", ' stroke="#FFFFFF" stroke-width="4"') + rect(200, 300, 50, 50, "#FFF3D6")
    b += circ(340, 340, 24, "#FFF3D6") + circ(440, 340, 24, "#FFF3D6")
    b += rect(160, 380, 50, 70, "#8A5A3B", ' rx="6"') + rect(365, 390, 50, 60, YELLOW, ' rx="6"')
    # slide
    b += rect(560, 300, 10, 150, NAVY) + rect(620, 300, 10, 150, NAVY) + rect(556, 300, 78, 10, NAVY)
    for y in (330, 360, 390, 420):
        b += line(560, y, 630, y, NAVY, 5)
    b += path("M630 300 Q690 310 700 390 Q706 440 760 450 L760 430 Q722 424 718 390 Q710 300 630 290 Z", RED)
    b += poly("550,300 595,250 640,300", YELLOW)
    # swing
    b += line(40, 470, 70, 330, NAVY, 6) + line(130, 470, 100, 330, NAVY, 6) + line(60, 330, 110, 330, NAVY, 6)
    b += line(75, 330, 75, 420, "#555", 2) + line(95, 330, 95, 420, "#555", 2) + rect(68, 420, 34, 8, RED)
    b += circ(520, 520, 14, RED) + circ(480, 540, 10, YELLOW) + circ(300, 520, 12, WATER)
    b += tree(740, 560, 0.7, "flame") + round_tree(250, 560, 1.0) + round_tree(610, 580, 1.2, GREEN_D)
    return svg(b, SKY)


def red_cross(x, y, s, bg=WHITE):
    return g(x, y, s, circ(0, 0, 46, bg) + rect(-12, -34, 24, 68, RED) + rect(-34, -12, 68, 24, RED))


def health_01():
    b = sky() + sun(120, 100, 36) + cloud(600, 90) + cloud(250, 60, 0.6)
    b += rect(0, 450, 800, 150, "#E6E1D3") + rect(0, 440, 800, 14, GREEN_L)
    b += rect(150, 230, 460, 220, WHITE) + rect(140, 214, 480, 20, RED) + poly("150,214 380,150 610,214", RED_D)
    b += windows(180, 260, 5, 2, 50, 50, 86, 90, "#7FB2D9", "#D7DDE5")
    b += rect(340, 360, 80, 90, "#7FB2D9", ' stroke="#D7DDE5" stroke-width="4"') + line(380, 360, 380, 450, "#D7DDE5", 3)
    b += rect(320, 340, 120, 14, NAVY_L)
    b += red_cross(380, 100, 0.9)
    b += line(380, 140, 380, 152, "#999", 4)
    # ambulance
    amb = (rect(-110, -100, 150, 80, WHITE, ' rx="8" stroke="#C9CED8" stroke-width="3"')
           + path("M40 -90 L80 -90 L108 -56 L108 -20 L40 -20 Z", WHITE, "#C9CED8", 3)
           + poly("50,-82 76,-82 96,-58 50,-58", "#BFE0F2") + rect(-110, -56, 218, 12, RED)
           + rect(-56, -92, 12, 30, RED) + rect(-65, -83, 30, 12, RED) + rect(-20, -108, 30, 10, "#3E7CB1")
           + circ(-70, -18, 18, "#222") + circ(-70, -18, 7, "#999") + circ(70, -18, 18, "#222") + circ(70, -18, 7, "#999"))
    b += g(620, 560, 1.0, amb)
    b += tree(60, 470, 0.85, "green") + bench(230, 520, 0.8) + round_tree(760, 450, 0.9)
    return svg(b, SKY)


def health_02():
    b = sky() + cloud(150, 100) + cloud(640, 70, 0.7) + sun(700, 150, 30)
    b += rect(0, 470, 800, 130, GREEN_XL) + rect(0, 460, 800, 14, GREEN_L)
    b += rect(230, 150, 340, 320, "#EEF2F6") + rect(220, 138, 360, 16, NAVY_L)
    b += windows(250, 170, 6, 4, 40, 40, 52, 60, "#7FB2D9")
    b += rect(90, 300, 150, 170, "#F7F2E6") + rect(560, 300, 150, 170, "#F7F2E6")
    b += windows(105, 320, 3, 2, 32, 36, 44, 60, "#7FB2D9") + windows(575, 320, 3, 2, 32, 36, 44, 60, "#7FB2D9")
    b += rect(340, 400, 120, 70, "#9FC8E4", ' stroke="#FFFFFF" stroke-width="4"') + poly("320,400 480,400 460,380 340,380", RED)
    b += red_cross(400, 90, 0.9)
    b += path("M470 470 L560 430 L560 470 Z", "#C9C3B2")
    b += tree(40, 480, 0.8, "flame") + tree(770, 480, 0.8, "green")
    b += person(210, 560, 0.75, "#7FB2D9", hat=False) + person(260, 560, 0.7, RED, hat=False)
    b += person(560, 560, 0.7, WHITE, pants="#7FB2D9", hat=False)
    for x, c in [(320, RED), (360, YELLOW), (400, RED_L), (440, YELLOW), (480, RED)]:
        b += circ(x, 530, 9, c) + circ(x + 16, 546, 7, GREEN)
    return svg(b, SKY)


def park_01():
    b = sky() + sun(660, 100, 40) + cloud(200, 90) + cloud(420, 60, 0.5)
    b += path("M0 300 Q200 260 400 290 Q600 250 800 290 L800 320 L0 320 Z", GREEN)
    b += rect(0, 310, 800, 290, "url(#lawn)")
    b += ell(470, 400, 230, 60, WATER) + ell(470, 392, 210, 48, WATER_L) + ell(470, 392, 120, 20, "#A9CDE8")
    b += path("M0 560 Q220 520 320 470 Q420 420 620 440 Q720 450 800 430", stroke=CONC, w=34)
    b += path("M0 560 Q220 520 320 470 Q420 420 620 440 Q720 450 800 430", stroke="#E9E3D3", w=24)
    for x, y, s, k in [(90, 380, 0.7, "flame"), (200, 330, 0.45, "green"), (700, 350, 0.55, "green"), (760, 560, 1.0, "flame"),
                       (560, 330, 0.35, "flame")]:
        b += tree(x, y, s, k)
    b += bench(200, 520, 0.9) + bench(560, 500, 0.8)
    b += lamp(380, 520, 0.55) + lamp(650, 500, 0.5)
    for x, y, c in [(100, 560, RED), (120, 575, YELLOW), (140, 560, RED_L), (460, 560, YELLOW), (480, 575, RED), (500, 560, YELLOW)]:
        b += circ(x, y, 9, c)
    b += person(280, 480, 0.45, RED, hat=False) + person(310, 482, 0.38, YELLOW, hat=False)
    return svg(b, SKY + lin("lawn", [(0, "#9BCB72"), (1, "#6FAE55")]))


def park_02():
    b = sky() + cloud(140, 80) + cloud(620, 110, 0.8) + sun(460, 80, 30)
    b += rect(0, 340, 800, 260, "#9BCB72")
    b += ell(400, 480, 380, 90, "#E9E3D3")
    b += tree(70, 380, 0.9, "flame") + tree(200, 350, 0.6, "green") + tree(610, 350, 0.6, "green") + tree(740, 380, 0.9, "flame")
    # fountain
    b += ell(400, 500, 150, 34, "#B9B2A2") + ell(400, 494, 134, 26, WATER_L)
    b += rect(388, 400, 24, 94, "#D3CCBC") + ell(400, 400, 50, 12, "#B9B2A2") + ell(400, 396, 42, 8, WATER_L)
    for d in ("M400 394 Q360 300 300 480", "M400 394 Q440 300 500 480", "M400 394 Q380 330 350 400", "M400 394 Q420 330 450 400", "M400 394 L400 300"):
        b += path(d, stroke="#6FB6E4", w=6, extra=' stroke-linecap="round"')
    # outdoor gym
    b += line(120, 560, 120, 460, NAVY, 8) + line(200, 560, 200, 460, NAVY, 8) + line(120, 460, 200, 460, NAVY, 8)
    b += circ(160, 500, 22, "none", ' stroke="%s" stroke-width="8"' % RED) + line(160, 460, 160, 478, NAVY, 5)
    b += line(620, 560, 620, 470, NAVY, 8) + line(620, 490, 690, 520, RED, 8) + line(690, 520, 700, 560, RED, 8)
    for x, c in [(40, RED), (290, YELLOW), (520, RED), (760, YELLOW)]:
        b += ell(x, 560, 40, 14, GREEN) + circ(x - 14, 554, 7, c) + circ(x + 2, 550, 7, c) + circ(x + 18, 556, 7, c)
    return svg(b, SKY)


def lighting_01():
    b = rect(0, 0, 800, 600, "url(#dusk)") + circ(620, 300, 60, "#F6B26B") + circ(620, 300, 44, "#F9C98A")
    b += skyline(320, "#2E3B5C", "#26324F")
    for x, y in [(30, 240), (90, 250), (240, 190), (300, 220), (400, 180), (470, 230), (560, 200), (720, 260)]:
        b += rect(x, y, 10, 14, "#FFD56B")
    b += rect(0, 320, 800, 280, "#28344F")
    b += poly("370,320 430,320 760,600 40,600", "#3A4461")
    for y1, y2 in [(330, 342), (362, 384), (414, 450), (494, 550)]:
        w1, w2 = 1 + (y1 - 320) * 0.03, 1 + (y2 - 320) * 0.03
        b += poly("%.1f,%d %.1f,%d %.1f,%d %.1f,%d" % (400 - w1, y1, 400 + w1, y1, 400 + w2, y2, 400 - w2, y2), "#F2D27A")
    for x, y, s in [(340, 340, 0.18), (300, 380, 0.32), (230, 445, 0.55), (100, 570, 1.0)]:
        b += poly("%d,%d %d,%d %d,%d" % (x + 40 * s, y - 200 * s, x - 60 * s, y + 10, x + 200 * s, y + 10), "url(#cone)")
        b += lamp(x, y, s, glow=True)
    for x, y, s in [(460, 340, 0.18), (500, 380, 0.32), (570, 445, 0.55), (700, 570, 1.0)]:
        b += g(x, y, 1, poly("%d,%d %d,%d %d,%d" % (-40 * s, -200 * s, 60 * s, 10, -200 * s, 10), "url(#cone)")
               + '<g transform="scale(-1 1)">%s</g>' % lamp(0, 0, s, glow=True))
    return svg(b, lin("dusk", [(0, "#1F2A44"), (0.45, "#5A4A7A"), (0.55, "#C9687A"), (0.62, "#F2A65A"), (1, "#F2A65A")])
               + rad("glow", [(0, "#FFE9A8", 0.9), (1, "#FFE9A8", 0)])
               + lin("cone", [(0, "#FFE9A8", 0.3), (1, "#FFE9A8", 0.0)]))


def solar_lamp(x, y, s):
    b = (circ(20, -206, 64, "url(#glow)") + rect(-4, -210, 8, 210, "#B8BFCC")
         + rect(-4, -214, 34, 8, "#B8BFCC") + rect(12, -206, 22, 6, "#FFE08A")
         + poly("-40,-234 16,-250 20,-226 -36,-210", "#2C4C8C") + line(-12, -242, -8, -218, "#8FB0E0", 2)
         + line(-38, -222, 18, -238, "#8FB0E0", 2) + rect(-8, -230, 8, 20, "#B8BFCC"))
    return g(x, y, s, b)


def lighting_02():
    b = rect(0, 0, 800, 600, "url(#night)")
    b += circ(640, 110, 42, "#FFF1C1") + circ(660, 96, 38, "#22305A")
    for x, y, r in [(80, 60, 3), (180, 130, 2), (260, 50, 3), (380, 100, 2), (470, 40, 3), (540, 160, 2), (740, 200, 3), (120, 220, 2), (320, 200, 2), (760, 50, 2)]:
        b += circ(x, y, r, "#FFF1C1")
    b += path("M0 330 Q100 280 200 315 Q300 270 400 310 Q520 275 620 312 Q720 285 800 300 L800 340 L0 340 Z", "#1E3A2E")
    b += house(470, 330, 50, 28, "#4A5168", "#3B2F3F") + rect(492, 315, 8, 8, "#FFD56B")
    b += rect(0, 330, 800, 270, "#2D5A3F")
    b += rice_rows(330, 600, 6, "#2D5A3F", "#376B4A")
    b += poly("392,330 408,330 600,600 200,600", "#8F8A80")
    for x, y, s in [(380, 360, 0.22), (350, 400, 0.38), (300, 470, 0.62), (170, 590, 1.05)]:
        b += poly("%d,%d %d,%d %d,%d" % (x + 28 * s, y - 204 * s, x + 10 * s, y + 6, x + 260 * s, y + 6), "url(#cone)")
        b += solar_lamp(x, y, s)
    for x, y, s in [(560, 520, 1.0), (660, 450, 0.7), (110, 420, 0.6)]:
        b += g(x, y, s, path("M0 0 L-14 -34 M0 0 L-5 -40 M0 0 L5 -40 M0 0 L14 -34", stroke="#4E8A5E", w=4))
    return svg(b, lin("night", [(0, "#131C33"), (1, "#34456B")])
               + rad("glow", [(0, "#FFE9A8", 0.85), (1, "#FFE9A8", 0)])
               + lin("cone", [(0, "#FFE9A8", 0.28), (1, "#FFE9A8", 0.0)]))


def digital_01():
    b = sky() + cloud(620, 90) + cloud(150, 130, 0.7)
    b += path("M0 420 Q200 360 420 410 Q600 370 800 400 L800 600 L0 600 Z", GREEN_L)
    b += path("M0 480 Q300 440 800 470 L800 600 L0 600 Z", GREEN)
    # lattice tower, red and white bands
    top, base = 110, 480
    lx0, lx1, rx0, rx1 = 385, 340, 415, 460
    for i in range(6):
        y0 = top + (base - top) * i / 6.0
        y1 = top + (base - top) * (i + 1) / 6.0
        f0, f1 = (y0 - top) / (base - top), (y1 - top) / (base - top)
        a0, a1 = lx0 + (lx1 - lx0) * f0, lx0 + (lx1 - lx0) * f1
        c0, c1 = rx0 + (rx1 - rx0) * f0, rx0 + (rx1 - rx0) * f1
        col = RED if i % 2 == 0 else "#F4F4F4"
        b += line(round(a0, 1), round(y0, 1), round(c1, 1), round(y1, 1), col, 4) + line(round(c0, 1), round(y0, 1), round(a1, 1), round(y1, 1), col, 4)
        b += line(round(a0, 1), round(y0, 1), round(a1, 1), round(y1, 1), col, 7) + line(round(c0, 1), round(y0, 1), round(c1, 1), round(y1, 1), col, 7)
        b += line(round(a1, 1), round(y1, 1), round(c1, 1), round(y1, 1), col, 4)
    b += rect(397, 60, 6, 52, "#999") + circ(400, 58, 6, RED)
    for x, y in [(366, 130), (420, 130), (362, 180), (424, 180)]:
        b += rect(x, y, 14, 40, "#EDEDED", ' stroke="#9AA0A8" stroke-width="2"')
    b += rect(430, 230, 30, 22, "#EDEDED") + circ(475, 240, 18, "#EDEDED", ' stroke="#9AA0A8" stroke-width="2"')
    for r in (60, 100, 140):
        b += path("M%d %d A%d %d 0 0 1 %d %d" % (400 + r, 160 - r * 0.8, r, r, 400 + r, 160 + r * 0.8), stroke=NAVY_L, w=7, extra=' stroke-linecap="round"')
        b += path("M%d %d A%d %d 0 0 0 %d %d" % (400 - r, 160 - r * 0.8, r, r, 400 - r, 160 + r * 0.8), stroke=NAVY_L, w=7, extra=' stroke-linecap="round"')
    b += rect(300, 470, 200, 20, "#C8C1B0")
    b += house(90, 520, 90, 56, "#F4E2B8", RED) + house(620, 520, 100, 60, WHITE, RED_D) + house(220, 560, 70, 44, "#CFE3EE", NAVY_L)
    b += tree(740, 560, 0.6, "flame") + round_tree(40, 560, 0.9) + round_tree(550, 580, 0.9, GREEN_D)
    return svg(b, SKY)


def digital_02():
    b = sky() + cloud(140, 110) + sun(720, 80, 30)
    b += skyline(380, "#C7CEDB", "#B2BCCD")
    b += rect(0, 380, 800, 110, CONC) + rect(0, 490, 800, 110, "#5A606C") + rect(0, 484, 800, 8, "#B9B2A2")
    for x in (40, 200, 360, 520, 680):
        b += rect(x, 548, 90, 10, WHITE)
    # big wifi symbol
    for r, w in [(40, 18), (85, 18), (130, 18)]:
        b += path("M%d %d A%d %d 0 0 1 %d %d" % (400 - r * 0.74, 250 - r * 0.67, r, r, 400 + r * 0.74, 250 - r * 0.67),
                  stroke=RED, w=w, extra=' stroke-linecap="round"')
    b += circ(400, 252, 16, RED)
    # pole with camera and access point
    b += rect(616, 150, 10, 320, NAVY) + rect(570, 160, 56, 8, NAVY)
    b += path("M560 170 L600 170 L604 196 L556 196 Z", "#E9ECF0") + circ(566, 200, 10, NAVY) + circ(566, 200, 4, "#7FB2D9")
    b += rect(626, 230, 26, 38, "#E9ECF0", ' rx="4"') + circ(639, 258, 3, GREEN)
    b += rect(650, 330, 42, 60, "#9AA7BF", ' rx="3"') + line(655, 345, 688, 345, "#7A879F", 2)
    # fibre cables into the ground
    for i, c in enumerate([RED, YELLOW, WATER, GREEN]):
        b += path("M%d 390 Q%d 440 %d 476 L%d 476" % (660 + i * 8, 660 + i * 8, 600 - i * 8, 0), stroke=c, w=4)
    b += person(240, 462, 1.0, "#3C6E9F", hat=False, arms="forward") + rect(262, 384, 14, 22, NAVY, ' rx="2"')
    b += person(120, 466, 1.0, RED, hat=False)
    b += tree(40, 420, 0.6, "flame") + tree(760, 420, 0.6, "green")
    return svg(b, SKY)


def hall(x, y, s):
    b = (rect(-200, -150, 400, 150, "#FFF3D6") + rect(-215, -10, 430, 12, "#D6C8A5")
         + poly("-240,-150 -200,-200 200,-200 240,-150", RED) + poly("-120,-200 0,-270 120,-200", RED_D)
         + poly("-90,-205 0,-256 90,-205", "#F6D58A") + circ(0, -226, 14, RED) + poly(star(0, -226, 10), YELLOW)
         + rect(-140, -150, 280, 16, "#F6D58A"))
    for cx in (-150, -75, 0, 75, 150):
        b += rect(cx - 9, -134, 18, 124, "#E9D8B0")
    b += rect(-40, -110, 80, 100, "#8A5A3B") + rect(-125, -100, 40, 50, "#5B8DB8") + rect(85, -100, 40, 50, "#5B8DB8")
    return g(x, y, s, b)


def welfare_01():
    b = sky() + sun(110, 90, 36) + cloud(600, 80) + cloud(340, 50, 0.5)
    b += rect(0, 420, 800, 180, "#EFE3C6") + rect(0, 410, 800, 14, GREEN_L)
    b += hall(400, 420, 1.1)
    b += flag(690, 500, 220)
    b += tree(60, 470, 0.9, "flame") + round_tree(760, 450, 0.8)
    b += person(300, 560, 0.7, RED) + person(360, 565, 0.7, "#3C6E9F", hat=False) + person(500, 562, 0.7, GREEN)
    return svg(b, SKY)


def welfare_02():
    b = sky() + cloud(200, 80) + cloud(640, 60, 0.6) + sun(700, 120, 32)
    # bamboo
    for x in (20, 45, 70, 730, 760, 785):
        b += line(x, 420, x + 6, 150, GREEN_D, 8)
        b += ell(x + 6, 170, 26, 40, GREEN) + ell(x - 12, 230, 18, 26, GREEN_L)
    b += hall(400, 340, 0.6)
    b += rect(0, 340, 800, 260, "#CFC6B2")
    b += poly("130,380 670,380 760,580 40,580", "#B9CF8F") + poly("130,380 670,380 760,580 40,580", "none", ' stroke="#FFFFFF" stroke-width="5"')
    b += person(330, 440, 0.6, GREEN, hat=False) + person(500, 430, 0.6, "#3C6E9F", hat=False, arms="up")
    b += line(88, 470, 712, 470, WHITE, 4)
    # volleyball net across the middle of the court
    b += line(80, 480, 80, 380, NAVY, 6) + line(720, 480, 720, 380, NAVY, 6)
    b += rect(82, 388, 636, 36, "none", ' stroke="#FFFFFF" stroke-width="3"')
    for x in range(104, 718, 22):
        b += line(x, 390, x, 422, "#FFFFFF", 1.5)
    b += line(82, 400, 718, 400, "#FFFFFF", 1.5) + line(82, 412, 718, 412, "#FFFFFF", 1.5)
    b += circ(430, 330, 14, YELLOW) + path("M418 326 Q430 336 442 326", stroke=WATER, w=3)
    b += person(300, 570, 0.85, RED, hat=False, arms="up") + person(560, 560, 0.85, YELLOW, hat=False)
    return svg(b, SKY)


SCENES = [
    ("road-01", road_01), ("road-02", road_02),
    ("rural-road-01", rural_road_01), ("rural-road-02", rural_road_02),
    ("bridge-01", bridge_01), ("bridge-02", bridge_02),
    ("drainage-01", drainage_01), ("drainage-02", drainage_02),
    ("school-01", school_01), ("school-02", school_02),
    ("health-01", health_01), ("health-02", health_02),
    ("park-01", park_01), ("park-02", park_02),
    ("lighting-01", lighting_01), ("lighting-02", lighting_02),
    ("digital-01", digital_01), ("digital-02", digital_02),
    ("welfare-01", welfare_01), ("welfare-02", welfare_02),
]

FORBIDDEN = ("<text", "<style", "<filter", "<mask", "<clipPath", "<pattern", "<image", "href", "@import")


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, fn in SCENES:
        data = fn().encode("utf-8")
        for bad in FORBIDDEN:
            if bad.encode() in data:
                sys.exit("%s: forbidden construct %s" % (name, bad))
        if len(data) > 12 * 1024:
            sys.exit("%s: %d bytes, over 12 KB" % (name, len(data)))
        with open(os.path.join(OUT, name + ".svg"), "wb") as f:
            f.write(data)
        print("%-16s %6d bytes" % (name + ".svg", len(data)))


if __name__ == "__main__":
    main()
