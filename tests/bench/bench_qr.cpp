// SPDX-License-Identifier: GPL-3.0-or-later
// bench_qr: cost of a QR code on screen — libqrencode's matrix and the kiosk's painter.
// Prints figures; fails only when a code cannot be encoded or drawn.
#include "benchstats.h"
#include "qr/qrencoder.h"
#include "qrpainter.h"

#include <QGuiApplication>
#include <QImage>

#include <chrono>
#include <cstdio>

namespace {

constexpr int Runs = 2'000;
constexpr int Side = 360;

using Clock = std::chrono::steady_clock;

double usBetween(Clock::time_point a, Clock::time_point b)
{
    return std::chrono::duration<double, std::micro>(b - a).count();
}

void printStats(const char *label, const BenchStats &s)
{
    std::printf("  %-16s median %8.1f us   p99 %8.1f us   max %8.1f us\n", label, s.median(), s.percentile(99), s.max());
}

}

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);

    struct Case
    {
        const char *label;
        QString text;
    };
    QString longUrl = QStringLiteral("https://congxay.haiphong.gov.vn/p/HB-001?lang=vi&from=kiosk&q=");
    while (longUrl.size() < 200)
        longUrl += QStringLiteral("duong-to-hieu-");
    longUrl.truncate(200);
    const QList<Case> cases{
        {"work URL", QStringLiteral("https://congxay.haiphong.gov.vn/p/HB-001")},
        {"receipt URL", QStringLiteral("https://congxay.haiphong.gov.vn/r/HP7-K3M9-X")},
        {"200-char URL", longUrl},
    };

    std::printf("bench_qr: %d runs per case, error correction M, %d px target\n", Runs, Side);
    volatile int sink = 0;
    for (const Case &c : cases) {
        // Warm-up, and the check that the thing measured works at all.
        const QrMatrix probe = QrMatrix::encode(c.text);
        const QImage probeImage = QrPainter::toImage(probe, Side);
        if (probe.isNull() || probeImage.isNull() || probeImage.width() > Side) {
            std::fprintf(stderr, "bench_qr: cannot encode or draw the %s\n", c.label);
            return 1;
        }
        QList<double> encodeUs, renderUs, bothUs;
        encodeUs.reserve(Runs);
        renderUs.reserve(Runs);
        bothUs.reserve(Runs);
        for (int i = 0; i < Runs; ++i) {
            const auto t0 = Clock::now();
            const QrMatrix m = QrMatrix::encode(c.text);
            const auto t1 = Clock::now();
            const QImage image = QrPainter::toImage(m, Side);
            const auto t2 = Clock::now();
            sink = sink + m.size() + image.width();
            encodeUs.append(usBetween(t0, t1));
            renderUs.append(usBetween(t1, t2));
            bothUs.append(usBetween(t0, t2));
        }
        std::printf("%s (%lld chars, version %d, %d modules, image %d px):\n", c.label,
                    static_cast<long long>(c.text.size()), probe.version(), probe.size(), probeImage.width());
        printStats("encode", BenchStats(encodeUs));
        printStats("render", BenchStats(renderUs));
        printStats("encode+render", BenchStats(bothUs));
    }
    return 0;
}
