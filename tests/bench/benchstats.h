// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QList>

#include <algorithm>
#include <cmath>
#include <cstdio>

/** Order statistics of a set of timings, for benchmarks that print figures and never fail on
    them. Percentiles use the nearest-rank method. */
class BenchStats
{
public:
    explicit BenchStats(QList<double> samples) : m_samples(std::move(samples))
    {
        std::sort(m_samples.begin(), m_samples.end());
    }

    qsizetype count() const { return m_samples.size(); }
    /** The p-th percentile (0–100), or 0 when there are no samples. */
    double percentile(double p) const
    {
        if (m_samples.isEmpty())
            return 0;
        const auto rank = qsizetype(std::ceil(p / 100.0 * double(m_samples.size())));
        return m_samples.at(std::clamp<qsizetype>(rank - 1, 0, m_samples.size() - 1));
    }
    double median() const { return percentile(50); }
    double min() const { return m_samples.isEmpty() ? 0 : m_samples.constFirst(); }
    double max() const { return m_samples.isEmpty() ? 0 : m_samples.constLast(); }
    double mean() const
    {
        double sum = 0;
        for (const double s : m_samples)
            sum += s;
        return m_samples.isEmpty() ? 0 : sum / double(m_samples.size());
    }

private:
    QList<double> m_samples;
};
