// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "localizedtext.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/** What a record is: three kinds of pledge and the waste report. */
enum class RecordKind { PledgeLand, PledgeLabour, PledgeMaterials, ReportWaste };

namespace RecordKinds {
/** "pledge.land", "pledge.labour", "pledge.materials", "report.waste". */
QString key(RecordKind kind);
std::optional<RecordKind> fromKey(QStringView key);
/** The kind's name for people, e.g. "Hiến đất" / "Land pledge". */
LocalizedText name(RecordKind kind);
bool isPledge(RecordKind kind);
}

/** A problem with one field of a draft, for the UI to show next to that field. `field` is a
    path into the JSON form: "person.phone", "items[2].quantity", "skills", "consent.given";
    "" for the record as a whole. */
struct FieldProblem
{
    QString field;
    LocalizedText message;
    bool operator==(const FieldProblem &o) const { return field == o.field && message.vi == o.message.vi; }
};

/** One line of materials pledged. */
struct MaterialItem
{
    QString item;       // cement, sand, stone, bricks, steel, other
    QString otherItem;  // what, when item is "other"
    double quantity = 0;
    QString unit;       // bao, m3, vien, kg, tan, cay, other
    QString otherUnit;  // which, when unit is "other"
};

/** Who made a record; kept apart from the payload so it can be wiped once the city has it. */
struct PersonDetails
{
    QString fullName;
    QString phone;
    QString residentialGroup;  // tổ dân phố / thôn
    bool isEmpty() const { return fullName.isEmpty() && phone.isEmpty() && residentialGroup.isEmpty(); }
};

/** The consent the person gave: the exact text they were shown and its version. */
struct ConsentRecord
{
    bool given = false;
    QString textVersion;
    QString text;
    bool isEmpty() const { return !given && textVersion.isEmpty() && text.isEmpty(); }
};

/** A pledge or waste report as entered, before it is checked and stored. The kiosk UI fills
    one from the resident's answers (usually through fromJson, the same JSON kioskctl reads);
    Validation::check says what is wrong; RecordStore::submit stores it. Only the fields of
    the draft's kind are read; the others are ignored. */
struct RecordDraft
{
    /** Version of the payload layout written with each record. */
    static constexpr int SchemaVersion = 1;

    RecordKind kind = RecordKind::PledgeLand;
    QString projectCode;  // optional: the work it is for (pledges) or is about (waste reports)
    bool anonymous = false;
    PersonDetails person;
    ConsentRecord consent;

    // pledge.land
    double areaM2 = 0;
    QString plotNo;      // thửa đất số
    QString mapSheetNo;  // tờ bản đồ số
    QString address;

    // pledge.labour
    double days = 0;
    QDate availableFrom;
    QDate availableTo;
    QStringList skills;  // digging, masonry, carpentry, driving, cooking, other
    QString otherSkill;

    // pledge.materials
    QList<MaterialItem> items;

    // report.waste
    QString category;  // idle_works, delay, materials_wasted, public_land_misused, energy_water_waste, overspending, other
    QString place;
    QString description;
    QByteArray photoJpeg;

    /** Reads the JSON form documented in deploy/RECORDS-JSON.md. Wrong types, unknown keys and
        an unknown kind become problems (when problems is given), never a crash; the draft
        holds whatever could be read. */
    static RecordDraft fromJson(const QJsonObject &json, QList<FieldProblem> *problems = nullptr);

    /** The stored form: every text through TextFold::clean (NFC, controls and bidi marks
        out, white space collapsed; the description keeps its line breaks), the phone in its
        normalised form when it is valid, the project code upper-cased, skills and items
        de-duplicated in order, "other" texts dropped when "other" is not chosen. */
    RecordDraft normalized() const;

    /** The non-personal part sent to the city and shown on receipts: the kind's fields and
        projectCode / anonymous. Never contains person or consent. */
    QJsonObject toPayloadJson() const;
    /** The personal part (person and consent), or an empty object for anonymous records. */
    QJsonObject toPersonalJson() const;
    /** The full JSON form, as fromJson reads it (photo as base64). */
    QJsonObject toJson() const;
};

namespace RecordVocabulary {
QStringList skills();
QStringList materialItems();
QStringList materialUnits();
QStringList wasteCategories();
/** People's names for the keys above, e.g. label("unit", "m3") = {"m³", "m³"}. group is
    "skill", "item", "unit" or "category". Unknown keys come back as themselves. */
LocalizedText label(QStringView group, QStringView key);
}
