// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewrows.h"

#include "content/projectcatalog.h"
#include "records/answers.h"
#include "records/flow.h"
#include "records/record.h"
#include "records/recordsummary.h"
#include "text/formatting.h"

namespace {

QString decimal(const QVariant &v, const QString &language)
{
    return Formatting::decimal(v.toDouble(), language);
}

QString longDate(const QVariant &iso, const QString &language)
{
    const QDate d = QDate::fromString(iso.toString(), Qt::ISODate);
    return d.isValid() ? Formatting::longDate(d, language) : QString();
}

QString term(QStringView group, const QString &key, const QString &language)
{
    return RecordVocabulary::label(group, key).in(language);
}

}

QVariantList ReviewRows::of(const Answers &answers, const QStringList &steps, const ProjectCatalog &catalog,
                            const QString &language)
{
    QVariantList out;
    // Each line names the field it shows; the flow's table says which step asks for it.
    const auto add = [&](const QString &label, const QString &value, QStringView field) {
        const QString step = Flow::stepOf(field);
        out.append(QVariantMap{{QStringLiteral("label"), label},
                               {QStringLiteral("value"), value},
                               {QStringLiteral("step"), step},
                               {QStringLiteral("editable"), steps.contains(step)}});
    };
    const auto text = [&](QStringView path) { return answers.value(path).toString(); };
    const QString kind = text(u"kind");
    const bool report = kind == u"report.waste";

    QString kindName;
    if (kind == u"pledge.land")
        kindName = tr("Donate land");
    else if (kind == u"pledge.labour")
        kindName = tr("Give labour days");
    else if (kind == u"pledge.materials")
        kindName = tr("Donate materials");
    else if (report)
        kindName = tr("Report waste");
    add(tr("What"), kindName, report ? u"category" : u"kind");
    if (report) {
        const QString category = text(u"category");
        add(tr("Kind of waste"),
            RecordVocabulary::wasteCategories().contains(category) ? term(u"category", category, language) : QString(),
            u"category");
    }
    const QString projectCode = text(u"projectCode");
    const Project *work = projectCode.isEmpty() ? nullptr : catalog.find(projectCode);
    add(tr("Work"), projectCode.isEmpty() ? tr("None in particular") : work ? work->name.in(language) : projectCode,
        u"projectCode");

    if (kind == u"pledge.land") {
        add(tr("Area"), decimal(answers.value(u"areaM2"), language) + QStringLiteral(" m²"), u"areaM2");
        add(tr("Plot and map sheet"), tr("plot %1, map sheet %2").arg(text(u"plotNo"), text(u"mapSheetNo")), u"plotNo");
        add(tr("Address of the land"), text(u"address"), u"address");
    } else if (kind == u"pledge.labour") {
        add(tr("Labour days"), decimal(answers.value(u"days"), language), u"days");
        add(tr("When"),
            longDate(answers.value(u"availableFrom"), language) + QStringLiteral(" – ")
                    + longDate(answers.value(u"availableTo"), language),
            u"availableFrom");
        QStringList skills;
        const QVariantList keys = answers.value(u"skills").toList();
        for (const QVariant &key : keys)
            skills << RecordSummary::choice(u"skill", key.toString(), text(u"otherSkill"), language);
        add(tr("Work you can do"), skills.join(QStringLiteral(", ")), u"skills");
    } else if (kind == u"pledge.materials") {
        QStringList lines;
        const QVariantList items = answers.value(u"items").toList();
        for (const QVariant &v : items) {
            const QVariantMap item = v.toMap();
            // As the receipt and the phone page write it (RecordSummary): "Xi măng 20 bao".
            lines << RecordSummary::choice(u"item", item.value(QStringLiteral("item")).toString(),
                                           item.value(QStringLiteral("otherItem")).toString(), language)
                             + u' ' + decimal(item.value(QStringLiteral("quantity")), language) + u' '
                             + RecordSummary::choice(u"unit", item.value(QStringLiteral("unit")).toString(),
                                                     item.value(QStringLiteral("otherUnit")).toString(), language);
        }
        add(tr("Materials"), lines.join(QStringLiteral(", ")), u"items");
    } else if (report) {
        add(tr("Place"), text(u"place"), u"place");
        add(tr("What you saw"), text(u"description"), u"description");
        if (steps.contains(Flow::stepOf(u"photo")))
            add(tr("Photo"), text(u"photo").isEmpty() ? tr("No photo") : tr("Yes, one photo"), u"photo");
    }
    if (answers.value(u"anonymous").toBool()) {
        add(tr("Your name"), tr("Anonymous"), u"anonymous");
    } else {
        add(tr("Your name"), text(u"person.fullName"), u"person.fullName");
        add(tr("Phone"), text(u"person.phone"), u"person.phone");
        add(tr("Residential group or village"), text(u"person.residentialGroup"), u"person.residentialGroup");
    }
    return out;
}
